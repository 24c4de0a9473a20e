import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OsmExtract, OsmWay } from '../../../domain/osm.ts';
import { dijkstraRow } from './dijkstra.ts';
import { RoadNetwork, RoadNetworkError } from './roadNetwork.ts';
import { at } from './testing/tinyTown.ts';

type Direction = 'none' | 'both' | 'forward' | 'backward';

interface RandomCity {
  columns: number;
  rows: number;
  /** Per node: jitter (metres) of its grid position. */
  jitter: [number, number][];
  /** Horizontal then vertical streets, then diagonals: direction and class. */
  streets: { direction: Direction; highway: string }[];
  locations: [number, number][];
}

const SPACING_M = 120;
const HIGHWAYS = ['residential', 'primary', 'service', 'tertiary', 'living_street'];

const randomCity = (directions: readonly Direction[]) =>
  fc
    .record({ columns: fc.integer({ min: 2, max: 5 }), rows: fc.integer({ min: 2, max: 5 }) })
    .chain(({ columns, rows }) => {
      const nodes = columns * rows;
      const streets = (columns - 1) * rows + columns * (rows - 1) + (columns - 1) * (rows - 1);
      return fc.record({
        columns: fc.constant(columns),
        rows: fc.constant(rows),
        jitter: fc.array(fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 })), {
          minLength: nodes,
          maxLength: nodes,
        }),
        streets: fc.array(
          fc.record({ direction: fc.constantFrom(...directions), highway: fc.constantFrom(...HIGHWAYS) }),
          { minLength: streets, maxLength: streets },
        ),
        locations: fc.array(
          fc.tuple(
            fc.double({ min: -60, max: (columns - 1) * SPACING_M + 60, noNaN: true }),
            fc.double({ min: -60, max: (rows - 1) * SPACING_M + 60, noNaN: true }),
          ),
          { minLength: 2, maxLength: 9 },
        ),
      });
    });

/** A jittered grid of streets (with some diagonals) as an OSM extract. */
function cityExtract(city: RandomCity): OsmExtract {
  const { columns, rows } = city;
  const node = (c: number, r: number) => r * columns + c;
  const lats = new Float64Array(columns * rows);
  const lons = new Float64Array(columns * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const [dx, dy] = city.jitter[node(c, r)]!;
      const p = at(c * SPACING_M + dx, r * SPACING_M + dy);
      lats[node(c, r)] = p.lat;
      lons[node(c, r)] = p.lng;
    }
  }
  const pairs: [number, number][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c + 1 < columns; c++) pairs.push([node(c, r), node(c + 1, r)]);
  for (let r = 0; r + 1 < rows; r++)
    for (let c = 0; c < columns; c++) pairs.push([node(c, r), node(c, r + 1)]);
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c + 1 < columns; c++) pairs.push([node(c, r), node(c + 1, r + 1)]);
  }
  const ways: OsmWay[] = [];
  pairs.forEach(([a, b], i) => {
    const { direction, highway } = city.streets[i]!;
    if (direction === 'none') return;
    const oneway = direction === 'forward' ? 'yes' : direction === 'backward' ? '-1' : 'no';
    ways.push({ id: i + 1, nodes: [a, b], tags: { highway, oneway } });
  });
  return {
    nodeIds: Float64Array.from(lats, (_, i) => i + 1),
    lats,
    lons,
    ways,
    relations: [],
    pois: [],
  };
}

/** The network of a random city, or null when no street survives (all one-way dead ends). */
function build(city: RandomCity): RoadNetwork | null {
  try {
    return RoadNetwork.fromExtract(cityExtract(city));
  } catch (error) {
    if (error instanceof RoadNetworkError && error.code === 'no-drivable-roads') return null;
    throw error;
  }
}

function close(a: number, b: number, relative: number): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(b));
}

describe('contraction hierarchy matrix', () => {
  it('equals plain Dijkstra on random cities, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(randomCity(['none', 'both', 'both', 'forward', 'backward']), (city) => {
        const network = build(city);
        fc.pre(network !== null);
        const snapped = network!.snap(city.locations.map(([x, y]) => at(x, y)));
        const matrix = network!.matrix(snapped);
        const n = matrix.size;
        for (let i = 0; i < n; i++) {
          const row = dijkstraRow(network!.graph, snapped[i]!, snapped);
          for (let j = 0; j < n; j++) {
            const cell = i * n + j;
            if (!close(matrix.timeS[cell]!, row.timeS[j]!, 1e-9)) return false;
            if (!close(matrix.lengthM[cell]!, row.lengthM[j]!, 1e-6)) return false;
            for (let k = 0; k < n; k++) {
              if (matrix.timeS[i * n + k]! > matrix.timeS[cell]! + matrix.timeS[j * n + k]! + 1e-9)
                return false;
            }
          }
        }
        return true;
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('is symmetric when every street is two-way', () => {
    fc.assert(
      fc.property(randomCity(['none', 'both', 'both']), (city) => {
        const network = build(city);
        fc.pre(network !== null);
        const snapped = network!.snap(city.locations.map(([x, y]) => at(x, y)));
        const { size, timeS, lengthM } = network!.matrix(snapped);
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < i; j++) {
            if (!close(timeS[i * size + j]!, timeS[j * size + i]!, 1e-9)) return false;
            if (!close(lengthM[i * size + j]!, lengthM[j * size + i]!, 1e-6)) return false;
          }
        }
        return true;
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('draws legs whose time and length match the matrix', () => {
    fc.assert(
      fc.property(randomCity(['none', 'both', 'forward', 'backward']), (city) => {
        const network = build(city);
        fc.pre(network !== null);
        const snapped = network!.snap(city.locations.map(([x, y]) => at(x, y)));
        const { size, timeS, lengthM } = network!.matrix(snapped);
        for (let i = 0; i < size; i++) {
          for (let j = 0; j < size; j++) {
            const leg = network!.leg(snapped[i]!, snapped[j]!);
            if (!close(leg.timeS, timeS[i * size + j]!, 1e-9)) return false;
            if (!close(leg.lengthM, lengthM[i * size + j]!, 1e-6)) return false;
            if (leg.points.length < 1) return false;
          }
        }
        return true;
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('survives contraction with tiny witness limits (more shortcuts, same answers)', () => {
    const city = fc.sample(randomCity(['both', 'forward', 'backward']), { numRuns: 1, seed: 3 })[0]!;
    const network = build(city);
    if (!network) return;
    network.contract({ simulationSettleLimit: 1, contractionSettleLimit: 1 });
    const snapped = network.snap(city.locations.map(([x, y]) => at(x, y)));
    const matrix = network.matrix(snapped);
    for (let i = 0; i < matrix.size; i++) {
      const row = dijkstraRow(network.graph, snapped[i]!, snapped);
      for (let j = 0; j < matrix.size; j++)
        expect(matrix.timeS[i * matrix.size + j]).toBeCloseTo(row.timeS[j]!, 9);
    }
  });
});
