import { describe, expect, it } from 'vitest';
import type { OsmExtract } from '../../../domain/osm.ts';
import { dijkstraRow } from './dijkstra.ts';
import { haversineMetres } from './geo.ts';
import { RoadNetwork, RoadNetworkError, toTravelMatrix } from './roadNetwork.ts';
import { at, RESIDENTIAL_MS, tinyTown } from './testing/tinyTown.ts';

/** One side of the roundabout (R1 → R2 and so on), metres. */
const ROUNDABOUT_SIDE = Math.SQRT2 * 50;
/** Seconds to drive `metres` of residential street. */
const residential = (metres: number) => metres / RESIDENTIAL_MS;

/** Named positions (metres east, north) in the tiny town. */
const PLACES = {
  A: at(0, 0),
  B: at(100, 0),
  E: at(100, 100),
  /** Half-way along roundabout piece R1 → R2. */
  P: at(325, 25),
  /** Half-way along roundabout piece R4 → R1. */
  Q: at(275, 25),
  /** 10 m north of Front Street, between A and B. */
  nearFront: at(50, 10),
};

function thrown(run: () => unknown): RoadNetworkError {
  try {
    run();
  } catch (error) {
    if (error instanceof RoadNetworkError) return error;
    throw error;
  }
  throw new Error('expected a RoadNetworkError');
}

describe('RoadNetwork on the tiny town', () => {
  const network = RoadNetwork.fromExtract(tinyTown());
  const names = Object.keys(PLACES) as (keyof typeof PLACES)[];
  const snapped = network.snap(names.map((name) => PLACES[name]));
  const index = (name: keyof typeof PLACES) => names.indexOf(name);
  const matrix = network.matrix(snapped);
  const time = (from: keyof typeof PLACES, to: keyof typeof PLACES) =>
    matrix.timeS[index(from) * matrix.size + index(to)]!;
  const length = (from: keyof typeof PLACES, to: keyof typeof PLACES) =>
    matrix.lengthM[index(from) * matrix.size + index(to)]!;

  it('keeps the junctions and chains a car can use, nothing else', () => {
    // Junctions B, C, E, F, R1, R3 (A and D only join two streets); the
    // footway, the private road and the island are gone.
    expect(network.stats).toMatchObject({ junctions: 6, chains: 9, arcs: 15 });
  });

  it('drops the island', () => {
    const islandLng = at(4000, 0).lng;
    expect(network.graph.pointLon.every((lng) => lng < islandLng)).toBe(true);
  });

  it('gives hand-computed shortest times', () => {
    expect(time('B', 'E')).toBeCloseTo(residential(100), 1);
    expect(time('A', 'B')).toBeCloseTo(residential(100), 1);
    // Around the block: E → D → A → B (or E → F → C → B), 300 m.
    expect(time('E', 'B')).toBeCloseTo(residential(300), 1);
    expect(length('E', 'B')).toBeCloseTo(300, 0);
    // A → B → C → F → R3, then round to Q.
    expect(time('A', 'Q')).toBeCloseTo(residential(400 + 1.5 * ROUNDABOUT_SIDE), 1);
  });

  it('respects one-way streets and the roundabout direction', () => {
    expect(time('E', 'B')).toBeGreaterThan(time('B', 'E') * 2.9);
    expect(time('Q', 'P')).toBeCloseTo(residential(ROUNDABOUT_SIDE), 1);
    expect(time('P', 'Q')).toBeCloseTo(residential(3 * ROUNDABOUT_SIDE), 1);
  });

  it('ignores the footway and the private road', () => {
    // Straight over the footway A → F would be 224 m; by road it is 300 m.
    const [a, f] = network.snap([at(0, 0), at(200, 100)]);
    expect(network.matrix([a!, f!]).lengthM[1]).toBeCloseTo(300, 0);
  });

  it('snaps onto the nearest road part-way along it', () => {
    const front = snapped[index('nearFront')]!;
    expect(front.snapDistanceM).toBeCloseTo(10, 1);
    expect(haversineMetres(front.lat, front.lng, at(50, 0).lat, at(50, 0).lng)).toBeLessThan(0.01);
    expect(time('nearFront', 'B')).toBeCloseTo(residential(50), 1);
    expect(time('A', 'nearFront')).toBeCloseTo(residential(50), 1);
  });

  it('equals plain Dijkstra and satisfies the triangle inequality', () => {
    const n = matrix.size;
    for (let i = 0; i < n; i++) {
      const row = dijkstraRow(network.graph, snapped[i]!, snapped);
      for (let j = 0; j < n; j++) {
        expect(matrix.timeS[i * n + j]).toBeCloseTo(row.timeS[j]!, 9);
        expect(matrix.lengthM[i * n + j]).toBeCloseTo(row.lengthM[j]!, 6);
        for (let k = 0; k < n; k++) {
          expect(matrix.timeS[i * n + k]!).toBeLessThanOrEqual(
            matrix.timeS[i * n + j]! + matrix.timeS[j * n + k]! + 1e-9,
          );
        }
      }
      expect(matrix.timeS[i * n + i]).toBe(0);
    }
  });

  it('converts to the engine TravelMatrix', () => {
    const travel = toTravelMatrix(matrix);
    expect(travel.size).toBe(names.length);
    expect(travel.time).toHaveLength(1);
    expect(travel.distance).toBe(matrix.lengthM);
  });

  it('draws legs along the roads with the matrix time and length', () => {
    const leg = network.leg(snapped[index('A')]!, snapped[index('Q')]!);
    expect(leg.timeS).toBeCloseTo(time('A', 'Q'), 9);
    expect(leg.lengthM).toBeCloseTo(length('A', 'Q'), 6);
    const first = leg.points[0]!;
    const last = leg.points[leg.points.length - 1]!;
    expect(haversineMetres(first.lat, first.lng, PLACES.A.lat, PLACES.A.lng)).toBeLessThan(0.01);
    expect(haversineMetres(last.lat, last.lng, PLACES.Q.lat, PLACES.Q.lng)).toBeLessThan(0.01);
    let drawn = 0;
    for (let p = 1; p < leg.points.length; p++) {
      const a = leg.points[p - 1]!;
      const b = leg.points[p]!;
      drawn += haversineMetres(a.lat, a.lng, b.lat, b.lng);
    }
    expect(drawn).toBeCloseTo(leg.lengthM, 1);
    // The roundabout leg goes the long way round: R3, R4, then Q.
    const oneWay = network.leg(snapped[index('P')]!, snapped[index('Q')]!);
    expect(oneWay.points).toHaveLength(5);
  });

  it('draws a leg within one street', () => {
    const leg = network.leg(snapped[index('nearFront')]!, snapped[index('B')]!);
    expect(leg.points).toHaveLength(2);
    expect(leg.timeS).toBeCloseTo(residential(50), 1);
  });
});

describe('RoadNetwork errors', () => {
  const network = RoadNetwork.fromExtract(tinyTown());

  it('names a location farther than 1 km from any road, and how far', () => {
    const error = thrown(() => network.snap([at(0, 0), at(0, 1300)]));
    expect(error.code).toBe('too-far-from-road');
    expect(error.locationIndex).toBe(1);
    expect(error.message).toMatch(/location 1 .*1200 m from the nearest road/);
    // The island's roads are dropped, so a location on it is far from every road.
    const island = thrown(() => network.snap([at(5050, 0)], { ids: ['order-7'] }));
    expect(island.message).toMatch(/location 0 \("order-7"\).* 4700 m from the nearest road/);
  });

  it('snaps a location just under 1 km away', () => {
    const [far] = network.snap([at(0, 1050)]);
    expect(far!.snapDistanceM).toBeCloseTo(950, 0);
  });

  it('refuses positions that are not numbers', () => {
    expect(thrown(() => network.snap([{ lat: Number.NaN, lng: 0 }])).code).toBe('invalid-location');
  });

  it('refuses an extract with no drivable roads', () => {
    const town = tinyTown();
    const walkable: OsmExtract = {
      ...town,
      ways: town.ways.map((way) => ({ ...way, tags: { ...way.tags, highway: 'footway' } })),
    };
    const error = thrown(() => RoadNetwork.fromExtract(walkable));
    expect(error.code).toBe('no-drivable-roads');
    expect(thrown(() => RoadNetwork.fromExtract({ ...town, ways: [] })).code).toBe('no-drivable-roads');
  });

  it('refuses ways that point at missing nodes', () => {
    const town = tinyTown();
    const broken = { ...town, ways: [{ id: 9, nodes: [0, 99], tags: { highway: 'residential' } }] };
    const error = thrown(() => RoadNetwork.fromExtract(broken));
    expect(error.code).toBe('invalid-extract');
    expect(error.message).toMatch(/way 9 .*node index 99/);
  });
});
