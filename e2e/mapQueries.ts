/** Questions the tests ask the live map, answered in the page. */
import type { Page } from '@playwright/test';
import { BASEMAP_SOURCES } from '../src/ui/map/basemap/basemapLayers.ts';

/** How many features these layers have rendered in the current view. */
export async function renderedCount(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate(
    (layers) => window.dispatchStudioMap!.queryRenderedFeatures({ layers: [...layers] }).length,
    layers,
  );
}

/**
 * How far the drawn route lines stray from the basemap's roads: for every
 * vertex of every line in the `routes` source, the distance to the nearest
 * segment of the road source, in metres. Computed in the page from the
 * sources' own data (not the rendered tiles, which clip and quantise).
 */
export async function routeDistanceToRoads(page: Page) {
  return page.evaluate(async (roadSource) => {
    const map = window.dispatchStudioMap!;
    type Lines = GeoJSON.FeatureCollection<GeoJSON.LineString>;
    const data = async (id: string) =>
      (await map.getSource<import('maplibre-gl').GeoJSONSource>(id)!.getData()) as Lines;
    const [roads, routes] = await Promise.all([data(roadSource), data('routes')]);

    // Flat metres around the map's latitude: over a city, the scale is off by well under a part in a thousand.
    const lat0 = (map.getCenter().lat * Math.PI) / 180;
    const kx = (Math.PI / 180) * 6_371_008.8 * Math.cos(lat0);
    const ky = (Math.PI / 180) * 6_371_008.8;
    // Segments hashed into cells larger than any distance that passes, so only the 3 × 3 cells around a vertex matter.
    const CELL = 25;
    const segments: number[][] = [];
    const cells = new Map<string, number[]>();
    for (const road of roads.features) {
      const line = road.geometry.coordinates.map(([lng, lat]) => [lng! * kx, lat! * ky] as const);
      for (let i = 1; i < line.length; i++) {
        const [x1, y1] = line[i - 1]!;
        const [x2, y2] = line[i]!;
        const s = segments.push([x1, y1, x2, y2]) - 1;
        for (let cx = Math.floor(Math.min(x1, x2) / CELL); cx <= Math.floor(Math.max(x1, x2) / CELL); cx++) {
          for (
            let cy = Math.floor(Math.min(y1, y2) / CELL);
            cy <= Math.floor(Math.max(y1, y2) / CELL);
            cy++
          ) {
            const key = `${cx},${cy}`;
            const list = cells.get(key);
            if (list) list.push(s);
            else cells.set(key, [s]);
          }
        }
      }
    }
    const toSegment = (x: number, y: number, [x1, y1, x2, y2]: number[]) => {
      const dx = x2! - x1!;
      const dy = y2! - y1!;
      const t =
        dx === 0 && dy === 0
          ? 0
          : Math.max(0, Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - (x1! + t * dx), y - (y1! + t * dy));
    };

    let vertices = 0;
    let worst = { metres: 0, lng: 0, lat: 0 };
    for (const route of routes.features) {
      for (const [lng, lat] of route.geometry.coordinates) {
        vertices++;
        const x = lng! * kx;
        const y = lat! * ky;
        let nearest = Infinity;
        for (let cx = Math.floor(x / CELL) - 1; cx <= Math.floor(x / CELL) + 1; cx++) {
          for (let cy = Math.floor(y / CELL) - 1; cy <= Math.floor(y / CELL) + 1; cy++) {
            for (const s of cells.get(`${cx},${cy}`) ?? [])
              nearest = Math.min(nearest, toSegment(x, y, segments[s]!));
          }
        }
        if (nearest > worst.metres) worst = { metres: nearest, lng: lng!, lat: lat! };
      }
    }
    return { routes: routes.features.length, vertices, roadSegments: segments.length, worst };
  }, BASEMAP_SOURCES.roads);
}
