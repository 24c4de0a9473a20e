import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../domain/plan.ts';
import { packRoute, type RouteGeometry } from '../domain/routeGeometry.ts';
import type { Scenario } from '../domain/scenario.ts';
import { createRouteGeometryRequests } from './routeGeometryRequests.ts';
import { SolverRestartedError } from './workerSession.ts';

const scenario = {} as Scenario;
const plan = (n: number) => ({ cost: { total: n } }) as Plan;
const geometryOf = (n: number): RouteGeometry[] => [packRoute(`plan ${n}`, [])];

/** A fetch whose answers the test releases one at a time. */
function controlledFetch() {
  const pending: { plan: Plan; answer: (routes: RouteGeometry[]) => void; fail: (e: Error) => void }[] = [];
  const fetch = vi.fn(
    (_scenario: Scenario, plan: Plan) =>
      new Promise<RouteGeometry[]>((answer, fail) => {
        pending.push({ plan, answer, fail });
      }),
  );
  return { fetch, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createRouteGeometryRequests', () => {
  it('keeps one request in flight and asks next for the latest plan only', async () => {
    const { fetch, pending } = controlledFetch();
    const delivered: RouteGeometry[][] = [];
    const request = createRouteGeometryRequests(fetch, (_s, routes) => delivered.push(routes));

    // Asked in a task of its own, after the one the plan arrived in.
    request(scenario, plan(1));
    expect(fetch).not.toHaveBeenCalled();
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);

    request(scenario, plan(2));
    request(scenario, plan(3));
    pending[0]!.answer(geometryOf(1));
    await settle();
    // Plan 2 was overtaken while waiting; plan 1's answer still arrives.
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(pending[1]!.plan).toEqual(plan(3));
    expect(delivered).toEqual([geometryOf(1)]);

    pending[1]!.answer(geometryOf(3));
    await settle();
    expect(delivered).toEqual([geometryOf(1), geometryOf(3)]);

    request(scenario, plan(4));
    request(scenario, plan(5));
    await settle();
    // Plans in the same task: only the last is asked for.
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(pending[2]!.plan).toEqual(plan(5));
  });

  it('goes on after a failed request', async () => {
    const { fetch, pending } = controlledFetch();
    const delivered: RouteGeometry[][] = [];
    const request = createRouteGeometryRequests(fetch, (_s, routes) => delivered.push(routes));

    request(scenario, plan(1));
    await settle();
    request(scenario, plan(2));
    pending[0]!.fail(new SolverRestartedError());
    await settle();
    pending[1]!.answer(geometryOf(2));
    await settle();
    expect(delivered).toEqual([geometryOf(2)]);
  });
});
