/**
 * The street geometry of routes already drawn, so that a plan asks the
 * worker only for the routes whose stops changed, and a plan a solve streamed
 * with its changed routes' streets needs no asking at all. Between
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

export interface RouteGeometryCache {
  /**
   * Every route's geometry, in the plan's order, asking the worker only for
   * the routes not already known.
   */
  fetch: GeometryOfRoutes;
  /**
   * Every route's geometry without asking: `streets` (what the worker sent
   * with the plan) for the routes they are of, what is known for the rest;
   * null, learning nothing, when some route is in neither.
   */
  take(scenario: Scenario, plan: Plan, streets: readonly RouteGeometry[]): RouteGeometry[] | null;
}

/**
 * Wraps `askWorker` (the worker's `routeGeometry`) as described above. Only
 * the last plan's routes are kept.
 */
export function cachedRouteGeometry(askWorker: GeometryOfRoutes): RouteGeometryCache {
  let known = new Map<string, RouteGeometry>();
  let knownTravel: string | null = null;

  /** What is known on the scenario's network, by route key. */
  const knownOn = (scenario: Scenario) =>
    travelKey(scenario) === knownTravel ? known : new Map<string, RouteGeometry>();
  /** Each route of the plan with its key and its geometry: known (`had`), else `given` for its shopper. */
  const lookUp = (
    scenario: Scenario,
    plan: Plan,
    had: Map<string, RouteGeometry>,
    given: readonly RouteGeometry[],
  ) => {
    const starts = new Map(scenario.shoppers.map((s) => [s.id, `${s.start.lng},${s.start.lat}`] as const));
    const byShopper = new Map(given.map((g) => [g.shopperId, g] as const));
    return plan.routes.map((route) => {
      const key = routeKey(route, starts.get(route.shopperId));
      return { route, key, geometry: had.get(key) ?? byShopper.get(route.shopperId) };
    });
  };
  const remember = (scenario: Scenario, routes: { key: string; geometry: RouteGeometry }[]) => {
    known = new Map(routes.map(({ key, geometry }) => [key, geometry] as const));
    knownTravel = travelKey(scenario);
    return routes.map(({ geometry }) => geometry);
  };

  return {
    async fetch(scenario, plan) {
      const routes = lookUp(scenario, plan, knownOn(scenario), []);
      const missing = routes.flatMap(({ route, geometry }) => (geometry ? [] : [route]));
      const fetched = missing.length > 0 ? await askWorker(scenario, { ...plan, routes: missing }) : [];
      const byShopper = new Map(fetched.map((g) => [g.shopperId, g] as const));
      return remember(
        scenario,
        routes.map(({ route, key, geometry = byShopper.get(route.shopperId) }) => {
          if (!geometry) throw new Error(`no street geometry came back for shopper "${route.shopperId}"`);
          return { key, geometry };
        }),
      );
    },
    take(scenario, plan, streets) {
      const routes = lookUp(scenario, plan, knownOn(scenario), streets);
      if (!routes.every((r): r is typeof r & { geometry: RouteGeometry } => r.geometry !== undefined))
        return null;
      return remember(scenario, routes);
    },
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
