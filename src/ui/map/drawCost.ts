/**
 * What keeps the map cheap to draw when no GPU helps. In a software renderer
 * (SwiftShader: the browser tests, and machines without a usable GPU) a line
 * layer costs about in proportion to the vertices it sends; its width hardly
 * matters. Measured with `npm run bench:pan` (Baltimore, every route drawn).
 * Neither choice here can be told apart on screen.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * The margin, in pixels of a 512 px tile, that each GeoJSON tile repeats of
 * its neighbours. MapLibre's default, 128, is a quarter of a tile on each
 * side, so a tile holds 2.25 times its own area, all of it drawn and then
 * clipped away: twice the vertices of what shows. 16 is still more than half
 * the widest line (a motorway with its casing, about 20 px), so no cut end
 * shows at a tile's edge, and as many street names are placed.
 */
export const TILE_BUFFER_PX = 16;

/** From this zoom lines are wide enough for the shape of a join or an end to show. */
const ROUND_LINES_FROM_ZOOM = 14;

/**
 * Round joins and ends take about twice the vertices of mitred joins and flat
 * ends; on a line one to three pixels wide they look the same.
 */
export const LINE_JOIN: ExpressionSpecification = ['step', ['zoom'], 'miter', ROUND_LINES_FROM_ZOOM, 'round'];
export const LINE_CAP: ExpressionSpecification = ['step', ['zoom'], 'butt', ROUND_LINES_FROM_ZOOM, 'round'];
