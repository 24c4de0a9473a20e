/**
 * Puts the basemap on a map, replaces its data, or takes it off, touching
 * nothing else: the app's layers keep their order and stay above it, and the
 * camera stays where the caller put it.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { TILE_BUFFER_PX } from '../drawCost.ts';
import { BASEMAP_LAYER_IDS, BASEMAP_LAYERS, BASEMAP_SOURCES } from './basemapLayers.ts';
import type { BasemapFeatures } from './basemapTypes.ts';
import { glyphsUrl } from './glyphs.ts';

/** ODbL asks for this wherever OpenStreetMap data is shown. */
export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors';

const BASEMAP_IDS: ReadonlySet<string> = new Set(BASEMAP_LAYER_IDS);

type SourceKey = keyof typeof BASEMAP_SOURCES;
const SOURCE_KEYS = Object.keys(BASEMAP_SOURCES) as SourceKey[];

/** Shows `features`: adds the sources and layers the first time, then only swaps the data. */
export function showBasemap(map: MapLibreMap, features: BasemapFeatures): void {
  if (map.getSource(BASEMAP_SOURCES.roads)) {
    for (const key of SOURCE_KEYS)
      (map.getSource(BASEMAP_SOURCES[key]) as GeoJSONSource).setData(features[key]);
    return;
  }
  const glyphs = glyphsUrl(location.origin);
  if (map.getGlyphs() !== glyphs) map.setGlyphs(glyphs);
  for (const key of SOURCE_KEYS) {
    map.addSource(BASEMAP_SOURCES[key], {
      type: 'geojson',
      data: features[key],
      attribution: OSM_ATTRIBUTION,
      buffer: TILE_BUFFER_PX,
    });
  }
  const beforeId = lowestAppLayer(map);
  for (const layer of BASEMAP_LAYERS) map.addLayer(layer, beforeId);
}

export function removeBasemap(map: MapLibreMap): void {
  for (const id of BASEMAP_LAYER_IDS) if (map.getLayer(id)) map.removeLayer(id);
  for (const key of SOURCE_KEYS)
    if (map.getSource(BASEMAP_SOURCES[key])) map.removeSource(BASEMAP_SOURCES[key]);
}

/**
 * The first layer that is the app's own (not a background, not the basemap):
 * the basemap goes just below it, so stores, orders and routes stay on top
 * whichever was added first.
 */
function lowestAppLayer(map: MapLibreMap): string | undefined {
  return map.getLayersOrder().find((id) => !BASEMAP_IDS.has(id) && map.getLayer(id)?.type !== 'background');
}
