import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../domain/random.ts';
import { decodeOsmPbf } from './decodePbf.ts';
import { dijkstraRow } from './dijkstra.ts';
import { RoadNetwork, RoadNetworkError } from './roadNetwork.ts';
import { encodeTestPbf, type TestOsmData, type TestPbfOptions } from './testing/encodeTestPbf.ts';

const BALTIMORE = '/work/shared/data/osm/baltimore.osm.pbf';

function decodeError(bytes: Uint8Array): RoadNetworkError {
  try {
    decodeOsmPbf(bytes);
  } catch (error) {
    if (error instanceof RoadNetworkError) return error;
    throw error;
  }
  throw new Error('expected a RoadNetworkError');
}

/** A few streets, a shop, an untagged multipolygon member, a way with a node missing from the file. */
const SMALL_TOWN: TestOsmData = {
  nodes: [
    { id: 10, lat: 39.29, lon: -76.61 },
    { id: 11, lat: 39.291, lon: -76.61 },
    { id: 12, lat: 39.291, lon: -76.609 },
    { id: 13, lat: 39.2905, lon: -76.6085, tags: { shop: 'supermarket', name: 'Fresh & Co' } },
    { id: 14, lat: 39.2899, lon: -76.6077, tags: { created_by: 'an editor' } },
    { id: 20, lat: 39.28, lon: -76.6 },
    { id: 21, lat: 39.281, lon: -76.6 },
    { id: 22, lat: 39.281, lon: -76.599 },
    { id: 30, lat: 39.27, lon: -76.62 },
    { id: 31, lat: 39.271, lon: -76.62 },
  ],
  ways: [
    { id: 100, refs: [10, 11, 12], tags: { highway: 'residential', name: 'Charles Street', oneway: 'yes' } },
    { id: 101, refs: [20, 21, 22, 20] },
    { id: 102, refs: [30, 31, 99, 10], tags: { highway: 'primary', maxspeed: '30 mph' } },
    { id: 103, refs: [14, 10], tags: { power: 'line' } },
  ],
  relations: [
    {
      id: 500,
      members: [
        { type: 1, ref: 101, role: 'outer' },
        { type: 0, ref: 13, role: 'label' },
        { type: 1, ref: 777, role: 'inner' },
      ],
      tags: { type: 'multipolygon', natural: 'water', name: 'Harbor', source: 'survey' },
    },
    { id: 501, members: [{ type: 1, ref: 103, role: 'outer' }], tags: { type: 'route' } },
  ],
};

describe('decodeOsmPbf on files it wrote itself', () => {
  const variants: [string, TestPbfOptions][] = [
    ['dense nodes, zlib', {}],
    ['plain nodes, raw blobs', { dense: false, zlib: false }],
    ['granularity and offsets', { granularity: 1000, latOffset: 5_000_000, lonOffset: 7_000_000 }],
  ];
  for (const [name, options] of variants) {
    it(`keeps what routing and the basemap need (${name})`, () => {
      const extract = decodeOsmPbf(encodeTestPbf(SMALL_TOWN, options));
      // Node 14 (only on a power line) is dropped; the shop stays as a point feature.
      expect([...extract.nodeIds]).toEqual([10, 11, 12, 13, 20, 21, 22, 30, 31]);
      const tolerance = (options.granularity ?? 100) * 1e-9;
      expect(Math.abs(extract.lats[1]! - 39.291)).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(extract.lons[2]! - -76.609)).toBeLessThanOrEqual(tolerance);

      const byId = (id: number) => extract.ways.filter((w) => w.id === id);
      expect(byId(100)).toEqual([
        {
          id: 100,
          nodes: [0, 1, 2],
          tags: { highway: 'residential', name: 'Charles Street', oneway: 'yes' },
        },
      ]);
      // Way 102 refers to node 99, which the file lacks: split there, not joined
      // across the gap (the piece after it is a lone node, so it goes).
      expect(byId(102).map((w) => w.nodes)).toEqual([[7, 8]]);
      expect(byId(103)).toEqual([]);
      // The untagged ring is kept because the water multipolygon needs it.
      const ring = extract.ways.findIndex((w) => w.id === 101);
      expect(extract.ways[ring]!.nodes).toEqual([4, 5, 6, 4]);
      expect(extract.relations).toEqual([
        {
          id: 500,
          members: [
            { way: ring, role: 'outer' },
            { way: -1, role: 'inner' },
          ],
          tags: { type: 'multipolygon', natural: 'water', name: 'Harbor' },
        },
      ]);
      expect(extract.pois).toEqual([{ id: 13, node: 3, tags: { shop: 'supermarket', name: 'Fresh & Co' } }]);
    });
  }

  it('refuses history files', () => {
    const bytes = encodeTestPbf(SMALL_TOWN, {
      requiredFeatures: ['OsmSchema-V0.6', 'HistoricalInformation'],
    });
    expect(decodeError(bytes).code).toBe('unsupported-pbf');
  });
});

describe('decodeOsmPbf on bad input', () => {
  it('says random bytes are not a PBF file', () => {
    const random = createRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const bytes = Uint8Array.from({ length: 64 + trial * 50 }, () => random.int(0, 255));
      const error = decodeError(bytes);
      expect(error.code).toBe('not-pbf');
      expect(error.message).toMatch(/^not an OpenStreetMap PBF file/);
    }
  });

  it('says a text file is not a PBF file', () => {
    const text = new TextEncoder().encode('<?xml version="1.0"?>\n<osm version="0.6"><node id="1"/></osm>\n');
    expect(decodeError(text).code).toBe('not-pbf');
    expect(decodeError(new Uint8Array(0)).code).toBe('not-pbf');
    expect(decodeError(new TextEncoder().encode('{"type":"FeatureCollection"}')).code).toBe('not-pbf');
  });

  it('says a truncated file is damaged', () => {
    const bytes = encodeTestPbf(SMALL_TOWN);
    const error = decodeError(bytes.subarray(0, bytes.length - 10));
    expect(error.code).toBe('corrupt-pbf');
  });
});

describe.skipIf(!existsSync(BALTIMORE))(
  `decodeOsmPbf on ${BALTIMORE} (skipped when /work/shared is absent)`,
  () => {
    const bytes = existsSync(BALTIMORE) ? readFileSync(BALTIMORE) : new Uint8Array(0);
    const extract = decodeOsmPbf(bytes);

    it('decodes plausible counts within Baltimore', () => {
      expect(extract.nodeIds.length).toBeGreaterThan(10_000);
      expect(extract.ways.length).toBeGreaterThan(1_000);
      expect(extract.ways.filter((w) => w.tags.highway).length).toBeGreaterThan(1_000);
      expect(extract.ways.filter((w) => w.tags.building).length).toBeGreaterThan(100);
      expect(extract.pois.length).toBeGreaterThan(10);
      expect(Math.min(...extract.lats)).toBeGreaterThan(39);
      expect(Math.max(...extract.lats)).toBeLessThan(39.6);
      expect(Math.min(...extract.lons)).toBeGreaterThan(-76.9);
      expect(Math.max(...extract.lons)).toBeLessThan(-76.3);
      const nodeCount = extract.nodeIds.length;
      const used = new Uint8Array(nodeCount);
      for (const way of extract.ways) {
        expect(way.nodes.length).toBeGreaterThanOrEqual(2);
        for (const node of way.nodes) used[node] = 1;
      }
      for (const poi of extract.pois) used[poi.node] = 1;
      expect(used.every((u) => u === 1)).toBe(true);
      for (const relation of extract.relations) {
        for (const member of relation.members) expect(member.way).toBeLessThan(extract.ways.length);
      }
    });

    it('builds a network whose matrix matches plain Dijkstra', () => {
      const network = RoadNetwork.fromExtract(extract);
      expect(network.stats.junctions).toBeGreaterThan(1_000);
      const random = createRandom(7);
      const g = network.graph;
      const locations = Array.from({ length: 40 }, () => {
        const p = random.int(0, g.pointLat.length - 1);
        return {
          lat: g.pointLat[p]! + random.uniform(-3e-4, 3e-4),
          lng: g.pointLon[p]! + random.uniform(-3e-4, 3e-4),
        };
      });
      const snapped = network.snap(locations);
      const matrix = network.matrix(snapped);
      for (let i = 0; i < 5; i++) {
        const row = dijkstraRow(g, snapped[i]!, snapped);
        for (let j = 0; j < snapped.length; j++) {
          expect(matrix.timeS[i * snapped.length + j]).toBeCloseTo(row.timeS[j]!, 6);
        }
      }
    });
  },
);
