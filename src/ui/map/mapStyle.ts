import type { StyleSpecification } from 'maplibre-gl';

/**
 * A plain, fully offline style: no tiles, no glyphs, no sprites, so the map
 * makes no request of its own. A loaded street map adds its basemap to it
 * (`basemap/`), with glyphs from the app's own origin; without one, the
 * scenario's layers carry the picture.
 */
export const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8ecef' } }],
};
