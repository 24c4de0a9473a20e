/**
 * The streets a route drives, packed: every leg's points in one array of
 * numbers and where each leg starts in another. Derived data the worker
 * computes for drawing; packed so that crossing to the app transfers two
 * buffers per route instead of cloning an object per point (on a
 * 2,000-order day an answer held over 100,000 points, and reading them back
 * was a 70 ms task on the page's main thread).
 */
import type { LngLat } from './scenario.ts';

export interface RouteGeometry {
  shopperId: string;
  /**
   * Every leg's points, leg after leg, as longitude, latitude pairs. One leg
   * per stop, in order: the leg that arrives there (the first from the
   * shift's start). Each runs door to door: the location, its position on
   * the road, the streets, then the next location.
   */
  coordinates: Float64Array;
  /** Where each leg's first point is, counted in points; one entry more than legs, the last the number of points. */
  legStarts: Uint32Array;
}

/** The route's legs, packed. */
export function packRoute(shopperId: string, legs: readonly (readonly LngLat[])[]): RouteGeometry {
  const legStarts = new Uint32Array(legs.length + 1);
  legs.forEach((leg, i) => {
    legStarts[i + 1] = legStarts[i]! + leg.length;
  });
  const coordinates = new Float64Array(2 * legStarts[legs.length]!);
  let k = 0;
  for (const leg of legs) {
    for (const { lng, lat } of leg) {
      coordinates[k++] = lng;
      coordinates[k++] = lat;
    }
  }
  return { shopperId, coordinates, legStarts };
}

export const legCount = (geometry: RouteGeometry): number => geometry.legStarts.length - 1;

/** Point `k` of the whole route (legs one after another). */
export const pointAt = (geometry: RouteGeometry, k: number): LngLat => ({
  lng: geometry.coordinates[2 * k]!,
  lat: geometry.coordinates[2 * k + 1]!,
});

/** The legs as lists of points again. */
export function unpackLegs(geometry: RouteGeometry): LngLat[][] {
  const { legStarts } = geometry;
  return Array.from({ length: legCount(geometry) }, (_, leg) =>
    Array.from({ length: legStarts[leg + 1]! - legStarts[leg]! }, (_, i) =>
      pointAt(geometry, legStarts[leg]! + i),
    ),
  );
}

/** The buffers to transfer with the routes (each route has buffers of its own). */
export const routeBuffers = (geometry: readonly RouteGeometry[]): ArrayBuffer[] =>
  geometry.flatMap((g) => [g.coordinates.buffer as ArrayBuffer, g.legStarts.buffer as ArrayBuffer]);
