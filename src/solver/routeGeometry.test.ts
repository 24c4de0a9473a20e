import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateExtractDay } from '../domain/extractDay.ts';
import { unpackLegs } from '../domain/routeGeometry.ts';
import type { LngLat } from '../domain/scenario.ts';
import { loadNetwork } from './activeNetwork.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { routeGeometry } from './routeGeometry.ts';
import { solveScenario } from './solveScenario.ts';
import { tinyScenario } from './testing/tinyScenario.ts';
import { haversineMetres } from './travel/road/geo.ts';

const mip = mipInThread(await highsLoader());
const CITY = { kind: 'builtin-city', seed: 1 } as const;
const { active, loaded } = loadNetwork(CITY);

const metres = (points: readonly LngLat[]) =>
  points
    .slice(1)
    .reduce((sum, p, i) => sum + haversineMetres(points[i]!.lat, points[i]!.lng, p.lat, p.lng), 0);

describe('routeGeometry', () => {
  it('draws each leg of a road plan door to door along the roads it was timed on', async () => {
    const scenario = generateExtractDay(loaded.extract, CITY, { seed: 3, orderCount: 15, shopperCount: 3 });
    const { plan } = await solveScenario(
      scenario,
      { timeLimitSeconds: 0.3, seed: 1 },
      { mip, network: active },
    );
    const drawn = routeGeometry(scenario, plan.routes, active.roads);
    expect(drawn.map((g) => g.shopperId)).toEqual(plan.routes.map((r) => r.shopperId));
    drawn.forEach((geometry, r) => {
      const legs = unpackLegs(geometry);
      const { shopperId } = geometry;
      const route = plan.routes[r]!;
      const stops = route.trips.flatMap((trip) => trip.stops);
      expect(legs).toHaveLength(stops.length);
      let from = scenario.shoppers.find((s) => s.id === shopperId)!.start;
      let onRoads = 0;
      legs.forEach((leg, i) => {
        expect(leg[0]).toEqual(from);
        expect(leg.at(-1)).toEqual(stops[i]!.location);
        // The road part: without the steps from the doors to the roads.
        onRoads += metres(leg.slice(1, -1));
        from = stops[i]!.location;
      });
      expect(onRoads).toBeCloseTo(route.distance, 0);
    });
  });

  it('draws straight legs on straight-line travel', async () => {
    const scenario = tinyScenario();
    const { plan } = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    const drawn = routeGeometry(scenario, plan.routes, null);
    for (const geometry of drawn) for (const leg of unpackLegs(geometry)) expect(leg).toHaveLength(2);
  });
});
