/** The basemap's GeoJSON: what `basemapFeatures` produces and `basemapLayers` styles. */
import type { FeatureCollection, LineString, Polygon } from 'geojson';

/** Road importance, most important first; drawing order and widths follow it. */
export const ROAD_CLASSES = [
  'motorway',
  'trunk',
  'primary',
  'secondary',
  'tertiary',
  'residential',
  'service',
  'other',
] as const;

export type RoadClass = (typeof ROAD_CLASSES)[number];

export interface RoadProps {
  class: RoadClass;
  /** The street name, '' when the way has none. */
  name: string;
  oneway: boolean;
  bridge: boolean;
  tunnel: boolean;
}

/** Areas carry no properties: their collection says what they are. */
export type AreaProps = Record<string, never>;

export type AreaKind = 'water' | 'park' | 'building';

export interface BasemapFeatures {
  roads: FeatureCollection<LineString, RoadProps>;
  water: FeatureCollection<Polygon, AreaProps>;
  parks: FeatureCollection<Polygon, AreaProps>;
  buildings: FeatureCollection<Polygon, AreaProps>;
}
