import { describe, expect, it, vi } from 'vitest';
import { generateExtractDay } from '../../domain/extractDay.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { loadNetwork } from '../activeNetwork.ts';
import { compileScenario } from '../compileScenario.ts';
import { RoadNetworkError } from './road/roadNetwork.ts';
import { roadTravel } from './roadTravel.ts';
import { travelDistance, travelTime } from './travelMatrix.ts';

const CITY = { kind: 'builtin-city', seed: 1 } as const;
const { active, loaded } = loadNetwork(CITY);
const day = (): Scenario =>
  generateExtractDay(loaded.extract, CITY, { seed: 4, orderCount: 60, shopperCount: 8 });

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected an error');
}

describe('compileScenario with road travel on the built-in city', () => {
  const scenario = day();
  scenario.shoppers[0]!.vehicle = 'car';
  scenario.shoppers[1]!.vehicle = 'ebike';
  scenario.shoppers[2]!.vehicle = 'car';
  scenario.shoppers[2]!.speedFactor = 0.5;
  const { model, locations } = compileScenario(scenario, roadTravel(active.roads, scenario.travel.speedsKmh));
  const m = model.travel;
  const n = scenario.stores.length + scenario.orders.length + scenario.shoppers.length;
  const profile = (k: number) => model.vehicles[k]!.profile;
  const start = (k: number) => model.vehicles[k]!.startLocation;

  it('times every location of the scenario, each pair one way and the other', () => {
    expect(m.size).toBe(n);
    expect(locations).toHaveLength(n);
    expect(m.distance).toHaveLength(n * n);
    let asymmetric = 0;
    for (let i = 0; i < n; i++) {
      expect(travelTime(m, profile(0), i, i)).toBe(0);
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        expect(travelTime(m, profile(0), i, j)).toBeGreaterThan(0);
        expect(travelDistance(m, i, j)).toBeGreaterThan(0);
        if (Math.abs(travelTime(m, profile(0), i, j) - travelTime(m, profile(0), j, i)) > 1e-6) asymmetric++;
      }
    }
    // One-way streets and roundabouts: some pairs differ by direction.
    expect(asymmetric).toBeGreaterThan(0);
  });

  it("drives cars at the network's speeds, e-bikes at theirs along the same path, each at the shopper's own pace", () => {
    const from = start(0);
    const to = 0;
    const matrix = active.roads.matrix(active.roads.snap([locations[from]!, locations[to]!]));
    expect(travelTime(m, profile(0), from, to)).toBeCloseTo(matrix.timeS[1]!, 6);
    expect(travelDistance(m, from, to)).toBeCloseTo(matrix.lengthM[1]!, 6);
    const ebikeMs = scenario.travel.speedsKmh.ebike / 3.6;
    expect(travelTime(m, profile(1), from, to)).toBeCloseTo(matrix.lengthM[1]! / ebikeMs, 6);
    expect(travelTime(m, profile(2), from, to)).toBeCloseTo(2 * matrix.timeS[1]!, 6);
  });
});

describe('compileScenario road errors', () => {
  it('names the order, store or shopper that is too far from every road', () => {
    const cases: [string, (s: Scenario) => void][] = [
      [
        'order "o3"',
        (s) => {
          s.orders[2]!.location = { lng: 10, lat: 10 };
        },
      ],
      [
        'store "s2"',
        (s) => {
          s.stores[1]!.location = { ...s.stores[1]!.location, lat: s.stores[1]!.location.lat + 0.2 };
        },
      ],
      [
        'shopper "p5"',
        (s) => {
          s.shoppers[4]!.start = { lng: -20, lat: 41 };
        },
      ],
    ];
    for (const [name, move] of cases) {
      const scenario = day();
      move(scenario);
      const error = thrown(() =>
        compileScenario(scenario, roadTravel(active.roads, scenario.travel.speedsKmh)),
      );
      expect(error).toBeInstanceOf(RoadNetworkError);
      expect((error as RoadNetworkError).code).toBe('too-far-from-road');
      expect(error.message).toMatch(new RegExp(`^${name}: .* from the nearest road; the limit is 1000 m$`));
    }
  });

  it('says that a road scenario needs its network when compiled without one', () => {
    expect(thrown(() => compileScenario(day())).message).toBe(
      'the scenario travels on the roads of the built-in city (seed 1): compiling it needs that road network',
    );
  });

  it('keeps the matrix of the last locations: a repeat is not routed again, and other speeds give other times', () => {
    const scenario = day();
    scenario.shoppers[0]!.vehicle = 'ebike';
    // Locations no earlier test compiled.
    scenario.orders[1]!.location = {
      ...scenario.orders[1]!.location,
      lat: scenario.orders[1]!.location.lat + 0.0007,
    };
    const matrix = vi.spyOn(active.roads, 'matrix');
    try {
      const first = compileScenario(scenario, roadTravel(active.roads, scenario.travel.speedsKmh)).model;
      const again = compileScenario(scenario, roadTravel(active.roads, scenario.travel.speedsKmh)).model;
      expect(matrix).toHaveBeenCalledTimes(1);
      expect(again.travel.distance).toBe(first.travel.distance);
      expect(again.travel.time).toEqual(first.travel.time);

      const faster = { ...scenario.travel.speedsKmh, ebike: scenario.travel.speedsKmh.ebike * 2 };
      const ebike = first.vehicles[0]!.profile;
      const quick = compileScenario(scenario, roadTravel(active.roads, faster)).model;
      expect(matrix).toHaveBeenCalledTimes(1);
      expect(quick.travel.time[ebike]![1]).toBeCloseTo(first.travel.time[ebike]![1]! / 2, 9);

      const moved = structuredClone(scenario);
      moved.orders[0]!.location = {
        ...moved.orders[0]!.location,
        lng: moved.orders[0]!.location.lng + 0.001,
      };
      compileScenario(moved, roadTravel(active.roads, moved.travel.speedsKmh));
      expect(matrix).toHaveBeenCalledTimes(2);
    } finally {
      matrix.mockRestore();
    }
  });
});
