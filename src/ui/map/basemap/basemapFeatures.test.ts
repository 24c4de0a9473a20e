import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapFeatures } from './basemapFeatures.ts';
import { signedArea2 } from './polygons.ts';
import { testExtract } from './testExtract.ts';

/** Even-odd test, independent of the code under test's own. */
function inside(polygon: Polygon, [x, y]: Position): boolean {
  let count = 0;
  for (const ring of polygon.coordinates) {
    for (let k = 1; k < ring.length; k++) {
      const [x0, y0] = ring[k - 1]!;
      const [x1, y1] = ring[k]!;
      if (y0! > y! !== y1! > y! && x! < ((x1! - x0!) * (y! - y0!)) / (y1! - y0!) + x0!) count++;
    }
  }
  return count % 2 === 1;
}

describe('roads', () => {
  const line: number[] = [0, 1];
  const roads = basemapFeatures(
    testExtract(
      [
        [0, 0],
        [1, 1],
      ],
      [
        { nodes: line, tags: { highway: 'motorway_link', name: 'I-95', oneway: 'yes' } },
        { nodes: line, tags: { highway: 'unclassified' } },
        { nodes: line, tags: { highway: 'footway' } },
        { nodes: line, tags: { highway: 'construction' } },
        { nodes: line, tags: { highway: 'primary', bridge: 'viaduct', oneway: '-1' } },
        { nodes: line, tags: { highway: 'service', tunnel: 'yes', bridge: 'no' } },
        { nodes: line, tags: { waterway: 'stream' } },
      ],
    ),
  ).roads.features;

  it('classes every drawn highway and skips what is not on the ground', () => {
    expect(roads.map((r) => r.properties.class)).toEqual([
      'motorway',
      'residential',
      'other',
      'primary',
      'service',
    ]);
  });

  it('keeps name, one-way, bridge and tunnel', () => {
    expect(roads[0]!.properties).toEqual({
      class: 'motorway',
      name: 'I-95',
      oneway: true,
      bridge: false,
      tunnel: false,
    });
    expect(roads[1]!.properties.name).toBe('');
    expect(roads[3]!.properties).toMatchObject({ oneway: true, bridge: true });
    expect(roads[4]!.properties).toMatchObject({ oneway: false, bridge: false, tunnel: true });
  });

  it('draws each road along its nodes as [lon, lat]', () => {
    expect(roads[0]!.geometry.coordinates).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('water multipolygons', () => {
  // A 4×4 lake whose shore is split into two ways (one drawn backwards), with a 1×1 island.
  const nodes: [number, number][] = [
    [0, 0],
    [4, 0],
    [4, 4],
    [0, 4],
    [1, 1],
    [2, 1],
    [2, 2],
    [1, 2],
  ];
  const ways = [{ nodes: [0, 1, 2] }, { nodes: [0, 3, 2] }, { nodes: [4, 5, 6, 7, 4] }];
  const lake = {
    tags: { type: 'multipolygon', natural: 'water' },
    members: [
      { way: 0, role: 'outer' },
      { way: 1, role: 'outer' },
      { way: 2, role: 'inner' },
    ],
  };

  it('joins split outer ways into one ring and cuts the inner ring out as a hole', () => {
    const [water, ...others] = basemapFeatures(testExtract(nodes, ways, [lake])).water.features;
    expect(others).toEqual([]);
    const [outer, hole, ...rest] = water!.geometry.coordinates;
    expect(rest).toEqual([]);
    expect(outer).toHaveLength(5);
    expect(outer![0]).toEqual(outer![4]);
    expect(new Set(outer!.map(String))).toEqual(new Set(['0,0', '4,0', '4,4', '0,4']));
    expect(hole).toHaveLength(5);
    expect(inside(water!.geometry, [3, 3])).toBe(true);
    expect(inside(water!.geometry, [1.5, 1.5])).toBe(false);
  });

  it('winds outer rings counter-clockwise and holes clockwise', () => {
    const [outer, hole] = basemapFeatures(testExtract(nodes, ways, [lake])).water.features[0]!.geometry
      .coordinates;
    expect(signedArea2(outer!)).toBeGreaterThan(0);
    expect(signedArea2(hole!)).toBeLessThan(0);
  });

  it('skips a ring that does not close (a member missing from the extract) without throwing', () => {
    const clipped = {
      ...lake,
      members: [{ way: 0, role: 'outer' }, { way: -1, role: 'outer' }, lake.members[2]!],
    };
    expect(basemapFeatures(testExtract(nodes, ways, [clipped])).water.features).toEqual([]);
  });

  it('takes an untagged role for an outer ring', () => {
    const old = {
      ...lake,
      members: [
        { way: 0, role: '' },
        { way: 1, role: '' },
      ],
    };
    expect(basemapFeatures(testExtract(nodes, ways, [old])).water.features).toHaveLength(1);
  });
});

describe('areas from closed ways', () => {
  const square: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const closed = [0, 1, 2, 3, 0];

  it('sorts them into water, parks and buildings', () => {
    const features = basemapFeatures(
      testExtract(square, [
        { nodes: closed, tags: { natural: 'water' } },
        { nodes: closed, tags: { water: 'pond' } },
        { nodes: closed, tags: { waterway: 'riverbank' } },
        { nodes: closed, tags: { leisure: 'park' } },
        { nodes: closed, tags: { landuse: 'forest' } },
        { nodes: closed, tags: { landuse: 'recreation_ground' } },
        { nodes: closed, tags: { landuse: 'grass' } },
        { nodes: closed, tags: { building: 'yes', natural: 'water' } },
        { nodes: closed, tags: { building: 'no' } },
        { nodes: closed, tags: { landuse: 'industrial' } },
      ]),
    );
    expect(features.water.features).toHaveLength(3);
    expect(features.parks.features).toHaveLength(4);
    expect(features.buildings.features).toHaveLength(1);
  });

  it('skips an area way that does not close', () => {
    const features = basemapFeatures(
      testExtract(square, [{ nodes: [0, 1, 2, 3], tags: { leisure: 'park' } }]),
    );
    expect(features.parks.features).toEqual([]);
  });
});

describe('sea from coastlines', () => {
  // Bounds 0..10 both ways (the corner nodes); the coast crosses west to east at y = 5, sea on its right (south).
  const nodes: [number, number][] = [
    [0, 0],
    [10, 10],
    [0.2, 5],
    [5, 5.5],
    [9.8, 5],
    [4, 2],
    [5, 2],
    [5, 3],
    [4, 3],
  ];
  const coast = { natural: 'coastline' };
  const island = { nodes: [5, 6, 7, 8, 5], tags: coast };

  it('closes the water along the bounds on the right of the coast, islands cut out', () => {
    const water = basemapFeatures(
      testExtract(nodes, [{ nodes: [3, 4], tags: coast }, { nodes: [2, 3], tags: coast }, island]),
    ).water.features;
    expect(water).toHaveLength(1);
    const sea = water[0]!.geometry;
    expect(inside(sea, [1, 1])).toBe(true);
    expect(inside(sea, [9, 4])).toBe(true);
    expect(inside(sea, [5, 8])).toBe(false);
    expect(inside(sea, [4.5, 2.5])).toBe(false);
  });

  it('closes one body of water between two coasts that each cross the extract', () => {
    // A strait: land north of y = 7 (coast drawn west to east) and south of y = 3 (drawn east to west).
    const strait = basemapFeatures(
      testExtract(
        [
          [0, 0],
          [10, 10],
          [0, 7],
          [10, 7],
          [10, 3],
          [0, 3],
        ],
        [
          { nodes: [2, 3], tags: coast },
          { nodes: [4, 5], tags: coast },
        ],
      ),
    ).water.features;
    expect(strait).toHaveLength(1);
    expect(inside(strait[0]!.geometry, [5, 5])).toBe(true);
    expect(inside(strait[0]!.geometry, [5, 9])).toBe(false);
    expect(inside(strait[0]!.geometry, [5, 1])).toBe(false);
  });

  it('draws no sea when the coast stops in the middle of the extract', () => {
    const water = basemapFeatures(testExtract(nodes, [{ nodes: [2, 3], tags: coast }])).water.features;
    expect(water).toEqual([]);
  });
});
