/**
 * Routes as drawn on the map: each leg of a plan along the streets the
 * shopper drives (the fastest path on the road network), or a straight line
 * on straight-line travel.
 */
import type { ShopperRoute } from '../domain/plan.ts';
import { packRoute, type RouteGeometry } from '../domain/routeGeometry.ts';
import type { LngLat } from '../domain/scenario.ts';
import type { RouteDay } from '../domain/solve.ts';
import type { RoadNetwork } from './travel/road/roadNetwork.ts';
import { snapNamed } from './travel/snapNamed.ts';

/** `roads` is the scenario's network (see `roadsFor`), null on straight-line travel. */
export function routeGeometry(
  day: RouteDay,
  routes: readonly ShopperRoute[],
  roads: RoadNetwork | null,
): RouteGeometry[] {
  const starts = new Map(day.shoppers.map((s) => [s.id, s.start] as const));
  return routes.map((route) => {
    const start = starts.get(route.shopperId);
    if (!start)
      throw new Error(`the plan has a route for shopper "${route.shopperId}", who is not in the scenario`);
    const stops = route.trips.flatMap((trip) => trip.stops);
    const points = [start, ...stops.map((stop) => stop.location)];
    const names = [
      `shopper "${route.shopperId}"`,
      ...stops.map((stop) =>
        stop.kind === 'pickup' ? `store "${stop.storeId}"` : `order "${stop.orderId}"`,
      ),
    ];
    return packRoute(route.shopperId, roads ? streetLegs(roads, points, names) : straightLegs(points));
  });
}

const straightLegs = (points: readonly LngLat[]): LngLat[][] =>
  points.slice(1).map((to, i) => [points[i]!, to]);

/** Door to door: the snapped legs, joined to the locations they start and end beside. */
function streetLegs(roads: RoadNetwork, points: readonly LngLat[], names: readonly string[]): LngLat[][] {
  const snapped = snapNamed(roads, points, names);
  return snapped.slice(1).map((to, i) => [points[i]!, ...roads.leg(snapped[i]!, to).points, points[i + 1]!]);
}
