import type { StyleSpecification } from 'maplibre-gl';

/**
 * A plain, fully offline style: no tiles, no glyphs, no sprites, so the map
 * makes no request at all. The street basemap arrives with the road-network
 * work; until then the scenario's own layers carry the picture.
 */
export const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8ecef' } }],
};
