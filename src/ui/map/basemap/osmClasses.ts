/** OpenStreetMap tags → what the basemap draws: a road class, an area kind, or nothing. */
import type { OsmTags } from '../../../domain/osm.ts';
import type { AreaKind, RoadClass } from './basemapTypes.ts';

const ROAD_CLASS_OF_HIGHWAY: Readonly<Record<string, RoadClass>> = {
  motorway: 'motorway',
  motorway_link: 'motorway',
  trunk: 'trunk',
  trunk_link: 'trunk',
  primary: 'primary',
  primary_link: 'primary',
  secondary: 'secondary',
  secondary_link: 'secondary',
  tertiary: 'tertiary',
  tertiary_link: 'tertiary',
  residential: 'residential',
  unclassified: 'residential',
  living_street: 'residential',
  road: 'residential',
  service: 'service',
};

/** Highways that are not (or no longer) on the ground, or not lines at all. */
const NOT_DRAWN: ReadonlySet<string> = new Set([
  'abandoned',
  'construction',
  'disused',
  'planned',
  'platform',
  'proposed',
  'razed',
  'rest_area',
  'services',
]);

const PARK_LANDUSE: ReadonlySet<string> = new Set(['grass', 'recreation_ground', 'forest']);

/** Footways, paths, tracks and the like fall into 'other'. */
export function roadClass(tags: OsmTags): RoadClass | null {
  const highway = tags.highway;
  if (highway === undefined || NOT_DRAWN.has(highway)) return null;
  return ROAD_CLASS_OF_HIGHWAY[highway] ?? 'other';
}

/** A building wins over water and parks: a building on a pier is still drawn as a building. */
export function areaKind(tags: OsmTags): AreaKind | null {
  if (tags.building !== undefined && tags.building !== 'no') return 'building';
  if (
    tags.natural === 'water' ||
    tags.water !== undefined ||
    tags.waterway === 'riverbank' ||
    tags.landuse === 'reservoir'
  ) {
    return 'water';
  }
  if (tags.leisure === 'park' || PARK_LANDUSE.has(tags.landuse ?? '')) return 'park';
  return null;
}

/** `oneway=-1` is one-way too, against the way's direction. */
export function isOneway(tags: OsmTags): boolean {
  const oneway = tags.oneway;
  return (
    oneway === 'yes' ||
    oneway === '1' ||
    oneway === 'true' ||
    oneway === '-1' ||
    tags.junction === 'roundabout'
  );
}

export function isBridge(tags: OsmTags): boolean {
  return tags.bridge !== undefined && tags.bridge !== 'no';
}

/** Drawn faded: a tunnel under the harbour is not a road across the water. */
export function isTunnel(tags: OsmTags): boolean {
  return tags.tunnel !== undefined && tags.tunnel !== 'no';
}
