/**
 * Label glyphs come from the app's own origin: `vite.config.ts` renders SDF
 * glyph ranges from an npm font (dev: on request; build: every range into
 * `dist/glyphs/`). Imported by `vite.config.ts` too, so no DOM at module level.
 */

/** Where the ranges are served: `/glyphs/{fontstack}/{range}.pbf`. */
export const GLYPHS_PATH = '/glyphs';

/** The one font stack the basemap labels with; `vite.config.ts` maps it to its font file. */
export const LABEL_FONT = 'Open Sans Regular';

/** MapLibre needs an absolute URL template; the page's own origin keeps it offline. */
export function glyphsUrl(origin: string): string {
  return `${origin}${GLYPHS_PATH}/{fontstack}/{range}.pbf`;
}
