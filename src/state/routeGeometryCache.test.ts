import { describe, expect, it, vi } from 'vitest';
import type { Plan, ShopperRoute } from '../domain/plan.ts';
import { packRoute, type RouteGeometry, unpackLegs } from '../domain/routeGeometry.ts';
import type { LngLat, Scenario } from '../domain/scenario.ts';
import { cachedRouteGeometry } from './routeGeometryCache.ts';

// Only what the cache reads: the shoppers' starts, the travel, and each route's stops in order.
const at = (lng: number): LngLat => ({ lng, lat: 0 });
const scenarioOn = (network: string, p2Start = at(0)) =>
  ({
    travel: { model: 'road', network: { kind: 'sample', name: network } },
    shoppers: [
      { id: 'p1', start: at(0) },
      { id: 'p2', start: p2Start },
    ],
  }) as unknown as Scenario;
const route = (shopperId: string, ...stops: number[]) =>
  ({ shopperId, trips: [{ stops: stops.map((lng) => ({ location: at(lng) })) }] }) as unknown as ShopperRoute;
const planOf = (...routes: ShopperRoute[]) => ({ routes, unassigned: [] }) as unknown as Plan;

/** A worker stand-in: one straight leg per stop, and a note of the routes it was asked for. */
function fakeWorker() {
  return vi.fn(
    async (scenario: Scenario, plan: Plan): Promise<RouteGeometry[]> =>
      plan.routes.map((r) => {
        const start = scenario.shoppers.find((s) => s.id === r.shopperId)!.start;
        const points = [start, ...r.trips.flatMap((t) => t.stops.map((s) => s.location))];
        return packRoute(
          r.shopperId,
          points.slice(1).map((to, i) => [points[i]!, to]),
        );
      }),
  );
}

const askedFor = (fetch: ReturnType<typeof fakeWorker>, call: number) =>
  fetch.mock.calls[call]![1].routes.map((r) => r.shopperId);

describe('cachedRouteGeometry', () => {
  it('asks only for the routes whose stops changed, and answers every route in plan order', async () => {
    const fetch = fakeWorker();
    const geometry = cachedRouteGeometry(fetch).fetch;
    const scenario = scenarioOn('a');

    const first = await geometry(scenario, planOf(route('p1', 1, 2), route('p2', 3)));
    expect(askedFor(fetch, 0)).toEqual(['p1', 'p2']);

    const second = await geometry(scenario, planOf(route('p2', 3, 4), route('p1', 1, 2)));
    expect(askedFor(fetch, 1)).toEqual(['p2']);
    expect(second.map((g) => g.shopperId)).toEqual(['p2', 'p1']);
    // The unchanged route's geometry is the very object drawn before.
    expect(second[1]).toBe(first[0]);
    expect(unpackLegs(second[0]!).at(-1)).toEqual([at(3), at(4)]);
  });

  it('does not ask at all when no route changed', async () => {
    const fetch = fakeWorker();
    const geometry = cachedRouteGeometry(fetch).fetch;
    const plan = planOf(route('p1', 1));
    await geometry(scenarioOn('a'), plan);
    await geometry(scenarioOn('a'), planOf(route('p1', 1)));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks again for a route whose shopper starts elsewhere, or on another network', async () => {
    const fetch = fakeWorker();
    const geometry = cachedRouteGeometry(fetch).fetch;
    const plan = planOf(route('p1', 1), route('p2', 2));
    await geometry(scenarioOn('a'), plan);
    await geometry(scenarioOn('a', at(9)), plan);
    expect(askedFor(fetch, 1)).toEqual(['p2']);
    await geometry(scenarioOn('b', at(9)), plan);
    expect(askedFor(fetch, 2)).toEqual(['p1', 'p2']);
  });

  it('keeps only the last plan’s routes', async () => {
    const fetch = fakeWorker();
    const geometry = cachedRouteGeometry(fetch).fetch;
    const scenario = scenarioOn('a');
    await geometry(scenario, planOf(route('p1', 1)));
    await geometry(scenario, planOf(route('p1', 2)));
    await geometry(scenario, planOf(route('p1', 1)));
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('takes the streets a solve sent with a plan for its routes, and what it knows for the others', async () => {
    const fetch = fakeWorker();
    const cache = cachedRouteGeometry(fetch);
    const scenario = scenarioOn('a');
    const [p1] = await cache.fetch(scenario, planOf(route('p1', 1, 2)));
    const sent = (await fakeWorker()(scenario, planOf(route('p2', 3))))[0]!;

    const taken = cache.take(scenario, planOf(route('p2', 3), route('p1', 1, 2)), [sent]);
    expect(taken).toEqual([sent, p1]);
    expect(taken![1]).toBe(p1);
    // Learnt: asking for that plan again goes nowhere.
    await cache.fetch(scenario, planOf(route('p1', 1, 2), route('p2', 3)));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes nothing, and forgets nothing, when a route has neither streets sent nor known', async () => {
    const fetch = fakeWorker();
    const cache = cachedRouteGeometry(fetch);
    const scenario = scenarioOn('a');
    await cache.fetch(scenario, planOf(route('p1', 1)));
    const sent = (await fakeWorker()(scenario, planOf(route('p1', 2))))[0]!;

    expect(cache.take(scenario, planOf(route('p1', 2), route('p2', 4)), [sent])).toBeNull();
    await cache.fetch(scenario, planOf(route('p1', 1)));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps a known route’s geometry rather than a copy sent again for it', async () => {
    const fetch = fakeWorker();
    const cache = cachedRouteGeometry(fetch);
    const scenario = scenarioOn('a');
    const [p1] = await cache.fetch(scenario, planOf(route('p1', 1)));
    const again = (await fakeWorker()(scenario, planOf(route('p1', 1))))[0]!;
    expect(cache.take(scenario, planOf(route('p1', 1)), [again])![0]).toBe(p1);
  });
});
