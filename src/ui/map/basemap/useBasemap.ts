/** The basemap of an extract on a MapLibre map, kept in step with React state. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import type { OsmExtract } from '../../../domain/osm.ts';
import { removeBasemap, showBasemap } from './applyBasemap.ts';
import { basemapFeatures } from './basemapFeatures.ts';

/**
 * Draws `extract` under the app's layers; a new extract replaces it, null
 * removes it. Call once the map's style has loaded (MapView's `map` state).
 * It never moves the camera: fit it with `extractBounds`.
 */
export function useBasemap(map: MapLibreMap | null, extract: OsmExtract | null): void {
  const features = useMemo(() => (extract ? basemapFeatures(extract) : null), [extract]);
  useEffect(() => {
    if (!map) return;
    if (features) showBasemap(map, features);
    else removeBasemap(map);
  }, [map, features]);
}
