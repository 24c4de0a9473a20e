/**
 * Street geometry for the plans that arrive without it: a solve's first and
 * last, and any its streets failed for. Incumbents can arrive
 * faster than the worker draws them, so at most one request is in flight:
 * plans arriving meanwhile, or in the same task, are coalesced and only the
 * latest is asked for next. Every answer is delivered, even one already overtaken, because the
 * map still uses it for the routes that have not changed since.
 */
import type { Plan } from '../domain/plan.ts';
import type { RouteGeometry } from '../domain/routeGeometry.ts';
import type { Scenario } from '../domain/scenario.ts';
import { SolverRestartedError } from './workerSession.ts';

export type GeometryFetch = (scenario: Scenario, plan: Plan) => Promise<RouteGeometry[]>;
export type GeometryDelivery = (scenario: Scenario, routes: RouteGeometry[]) => void;

/** Returns `request(scenario, plan)`, to call with every plan that arrives. */
export function createRouteGeometryRequests(
  fetchGeometry: GeometryFetch,
  deliver: GeometryDelivery,
): (scenario: Scenario, plan: Plan) => void {
  let next: { scenario: Scenario; plan: Plan } | null = null;
  let inFlight = false;

  const drain = async () => {
    inFlight = true;
    while (next) {
      const { scenario, plan } = next;
      next = null;
      try {
        deliver(scenario, await fetchGeometry(scenario, plan));
      } catch (error) {
        // The map keeps straight lines for this plan; a restarted worker is no news to report.
        if (!(error instanceof SolverRestartedError)) console.warn('No street geometry for the plan:', error);
      }
    }
    inFlight = false;
  };

  return (scenario, plan) => {
    next = { scenario, plan };
    if (inFlight) return;
    inFlight = true;
    // Asked in a task of its own: a plan arrives in a task that has just decoded it, and sending its routes to
    // the worker is as much work again (together 50 ms when a re-solve moved every route of a 2,000-order day).
    setTimeout(() => void drain(), 0);
  };
}
