import { describe, expect, it } from 'vitest';
import type { GeneratedCity } from '../domain/city/generateCity.ts';
import { generateGroceryDay } from '../domain/generator.ts';
import type { NetworkRef, Scenario } from '../domain/scenario.ts';
import { type ActiveNetwork, loadNetwork, roadsFor } from './activeNetwork.ts';
import { RoadNetworkError } from './travel/road/roadNetwork.ts';
import { encodeTestPbf } from './travel/road/testing/encodeTestPbf.ts';

describe('loadNetwork', () => {
  const { active, loaded } = loadNetwork({ kind: 'builtin-city', seed: 2 });

  it('builds and contracts the built-in city, and describes it', () => {
    const city = (loaded.extract as GeneratedCity).city;
    expect(active.id).toEqual({ kind: 'builtin-city', seed: 2 });
    expect(loaded.id).toEqual(active.id);
    expect(loaded.stats).toEqual(active.roads.stats);
    expect(loaded.stats.shortcuts).toBeGreaterThan(0);
    expect(loaded.summary.name).toBe(city.name);
    expect(loaded.summary.groceryShops).toBeGreaterThanOrEqual(10);
    expect(loaded.summary.roadKm).toBeGreaterThan(50);
    const { south, west, north, east } = loaded.summary.bounds;
    expect(south).toBeLessThan(north);
    expect(west).toBeLessThan(east);
    expect(south).toBeGreaterThanOrEqual(city.bounds.south - 0.01);
    // What crosses the worker boundary must survive structured cloning.
    expect(structuredClone(loaded)).toEqual(loaded);
  });

  it('rejects bytes that are not a map, and a map without drivable roads, with the road error', () => {
    const notPbf = new TextEncoder().encode('<osm version="0.6"></osm>').buffer as ArrayBuffer;
    expect(() => loadNetwork({ kind: 'pbf', name: 'map.osm', bytes: notPbf })).toThrow(RoadNetworkError);
    const footpaths = encodeTestPbf({
      nodes: [
        { id: 1, lat: 39.3, lon: -76.6 },
        { id: 2, lat: 39.301, lon: -76.6 },
      ],
      ways: [{ id: 10, refs: [1, 2], tags: { highway: 'footway' } }],
      relations: [],
    });
    const bytes = footpaths.slice().buffer;
    expect(() => loadNetwork({ kind: 'pbf', name: 'park.osm.pbf', bytes })).toThrow(
      /no roads a car may drive on/,
    );
  });
});

describe('roadsFor', () => {
  const fake = { id: { kind: 'pbf', name: 'baltimore' } } as ActiveNetwork;
  const straight = generateGroceryDay({ orderCount: 1, shopperCount: 1 });
  const onRoads = (network: NetworkRef): Scenario => ({
    ...straight,
    travel: { model: 'road' as const, network, speedsKmh: straight.travel.speedsKmh },
  });

  it('gives straight-line scenarios no roads, and a road scenario the network it names', () => {
    expect(roadsFor(straight, fake)).toBeNull();
    expect(roadsFor(straight, null)).toBeNull();
    expect(roadsFor(onRoads({ kind: 'sample', name: 'baltimore' }), fake)).toBe(fake.roads);
    expect(roadsFor(onRoads({ kind: 'file', name: 'baltimore' }), fake)).toBe(fake.roads);
  });

  it('says which network a road scenario wants when another or none is loaded', () => {
    expect(() => roadsFor(onRoads({ kind: 'builtin-city', seed: 1 }), null)).toThrow(
      'the scenario travels on the roads of the built-in city (seed 1), but no road network is loaded',
    );
    expect(() => roadsFor(onRoads({ kind: 'file', name: 'home.osm.pbf' }), fake)).toThrow(
      'the scenario travels on the roads of the map file "home.osm.pbf", but the road network loaded is the map "baltimore"',
    );
  });
});
