/**
 * The street geometry of routes already drawn, so that each plan a solve
 * streams in asks the worker only for the routes whose stops changed. Between
 * two incumbents most routes are the same, and a route's geometry (tens of
 * thousands of points on a large day) is the biggest thing that crosses from
 * the worker: sent whole, its copy alone kept the main thread busy past 50 ms.
 *
 * A route's geometry depends only on the network it travels on, its shopper's
 * start and its stops' locations in order: that is its key. Unchanged routes
 * get back the very same `RouteGeometry` object, so whatever the map derives
 * from one can be kept by identity.
 */
import type { Plan, ShopperRoute } from '../domain/plan.ts';
import type { RouteGeometry } from '../domain/routeGeometry.ts';
import type { Scenario } from '../domain/scenario.ts';

export type GeometryOfRoutes = (scenario: Scenario, plan: Plan) => Promise<RouteGeometry[]>;

/**
 * Wraps `askWorker` (the worker's `routeGeometry`) so that it is asked only for
 * the routes not already known; the answer still holds every route of the
 * plan, in its order. Only the last plan's routes are kept.
 */
export function cachedRouteGeometry(askWorker: GeometryOfRoutes): GeometryOfRoutes {
  let known = new Map<string, RouteGeometry>();
  let knownTravel: string | null = null;

  return async (scenario, plan) => {
    const travel = travelKey(scenario);
    const had = travel === knownTravel ? known : new Map<string, RouteGeometry>();
    const starts = new Map(scenario.shoppers.map((s) => [s.id, `${s.start.lng},${s.start.lat}`] as const));
    const keys = plan.routes.map((route) => routeKey(route, starts.get(route.shopperId)));
    const missing = plan.routes.filter((_, i) => !had.has(keys[i]!));

    const fetched = missing.length > 0 ? await askWorker(scenario, { ...plan, routes: missing }) : [];
    const byShopper = new Map(fetched.map((g) => [g.shopperId, g] as const));
    const next = new Map<string, RouteGeometry>();
    const geometry = plan.routes.map((route, i) => {
      const key = keys[i]!;
      const g = had.get(key) ?? byShopper.get(route.shopperId);
      if (!g) throw new Error(`no street geometry came back for shopper "${route.shopperId}"`);
      next.set(key, g);
      return g;
    });
    known = next;
    knownTravel = travel;
    return geometry;
  };
}

/** The network a scenario travels on (its geometry is another on another network). */
function travelKey(scenario: Scenario): string {
  return JSON.stringify(scenario.travel.model === 'road' ? scenario.travel.network : scenario.travel.model);
}

/** The shopper, where the day starts, and every stop's location in order. */
function routeKey(route: ShopperRoute, start: string | undefined): string {
  const stops = route.trips.flatMap((trip) => trip.stops.map((s) => `${s.location.lng},${s.location.lat}`));
  return `${route.shopperId}@${start}:${stops.join(';')}`;
}
