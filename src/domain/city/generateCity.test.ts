import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OsmExtract, OsmWay } from '../osm.ts';
import type { GeneratedCity } from './generateCity.ts';
import { CITY_SIZE, DEFAULT_CITY_CENTRE, generateCity } from './generateCity.ts';
import type { Vec } from './geometry.ts';
import { distanceToSegment, segmentCrossing } from './geometry.ts';
import { localProjection } from './projection.ts';

// Checks written against the extract alone, the way a consumer sees it: they
// do not use the generator's own network or regions.

const city = generateCity();

const isRoad = (way: OsmWay) => way.tags.highway !== undefined;
const isOneway = (way: OsmWay) => way.tags.oneway === 'yes' || way.tags.junction === 'roundabout';

/** Node positions in local metres around the city's centre. */
function metres(c: GeneratedCity): (node: number) => Vec {
  const projection = localProjection(c.city.centre);
  return (node) => projection.toMetres({ lat: c.lats[node]!, lon: c.lons[node]! });
}

/** Whether every road node can reach every other, driving one-way streets only forwards (BFS both ways). */
function stronglyConnected(extract: OsmExtract): boolean {
  const forward = new Map<number, number[]>();
  const backward = new Map<number, number[]>();
  const link = (graph: Map<number, number[]>, a: number, b: number) => {
    const list = graph.get(a);
    if (list) list.push(b);
    else graph.set(a, [b]);
  };
  for (const way of extract.ways.filter(isRoad)) {
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      const [a, b] = [way.nodes[i]!, way.nodes[i + 1]!];
      link(forward, a, b);
      link(backward, b, a);
      if (!isOneway(way)) {
        link(forward, b, a);
        link(backward, a, b);
      }
    }
  }
  const nodes = new Set(extract.ways.filter(isRoad).flatMap((w) => w.nodes));
  const reach = (graph: Map<number, number[]>) => {
    const start = nodes.values().next().value!;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const next of graph.get(queue.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen.size;
  };
  return reach(forward) === nodes.size && reach(backward) === nodes.size;
}

/** The water polygons: multipolygon rings stitched from their member ways, and closed water ways. */
function waterPolygons(c: GeneratedCity): Vec[][] {
  const at = metres(c);
  const rings: number[][] = [];
  for (const relation of c.relations.filter((r) => r.tags.natural === 'water')) {
    const pending = relation.members.map((m) => [...c.ways[m.way]!.nodes]);
    while (pending.length > 0) {
      const ring = pending.shift()!;
      while (ring[0] !== ring.at(-1)) {
        const i = pending.findIndex((w) => w[0] === ring.at(-1) || w.at(-1) === ring.at(-1));
        expect(i).toBeGreaterThanOrEqual(0);
        const next = pending.splice(i, 1)[0]!;
        ring.push(...(next[0] === ring.at(-1) ? next : next.reverse()).slice(1));
      }
      rings.push(ring);
    }
  }
  for (const way of c.ways.filter((w) => w.tags.natural === 'water')) rings.push(way.nodes);
  return rings.map((ring) => ring.map(at));
}

/**
 * A test for "does segment ab touch water?": an end inside a water polygon or
 * a crossing of its edge. Edges are bucketed by x, and inside-ness counts the
 * edges above the point (a vertical ray), which are all in its bucket.
 */
function waterTest(polygons: readonly Vec[][]): (a: Vec, b: Vec) => boolean {
  const BUCKET = 100;
  const buckets = new Map<number, [Vec, Vec][]>();
  for (const polygon of polygons) {
    polygon.forEach((a, i) => {
      const b = polygon[(i + 1) % polygon.length]!;
      for (
        let k = Math.floor(Math.min(a.x, b.x) / BUCKET);
        k <= Math.floor(Math.max(a.x, b.x) / BUCKET);
        k++
      ) {
        buckets.set(k, [...(buckets.get(k) ?? []), [a, b]]);
      }
    });
  }
  const inside = (p: Vec) => {
    let above = 0;
    for (const [a, b] of buckets.get(Math.floor(p.x / BUCKET)) ?? []) {
      if (a.x > p.x !== b.x > p.x && a.y + ((p.x - a.x) * (b.y - a.y)) / (b.x - a.x) > p.y) above++;
    }
    return above % 2 === 1;
  };
  const crosses = (a: Vec, b: Vec) => {
    for (let k = Math.floor(Math.min(a.x, b.x) / BUCKET); k <= Math.floor(Math.max(a.x, b.x) / BUCKET); k++) {
      if ((buckets.get(k) ?? []).some(([c, d]) => segmentCrossing(a, b, c, d) !== undefined)) return true;
    }
    return false;
  };
  return (a, b) => inside(a) || inside(b) || crosses(a, b);
}

/** Road segments (in metres) that touch water. */
function wetSegments(c: GeneratedCity, ways: readonly OsmWay[]): [Vec, Vec][] {
  const at = metres(c);
  const wet = waterTest(waterPolygons(c));
  const found: [Vec, Vec][] = [];
  for (const way of ways) {
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      const [a, b] = [at(way.nodes[i]!), at(way.nodes[i + 1]!)];
      if (wet(a, b)) found.push([a, b]);
    }
  }
  return found;
}

function checkWellFormed(c: GeneratedCity) {
  const n = c.lats.length;
  expect(c.lons.length).toBe(n);
  expect(c.nodeIds.length).toBe(n);
  const isNode = (node: number) => Number.isInteger(node) && node >= 0 && node < n;
  expect(c.ways.every((way) => way.nodes.length >= 2 && way.nodes.every(isNode))).toBe(true);
  expect(c.relations.every((r) => r.members.every((m) => m.way >= 0 && m.way < c.ways.length))).toBe(true);
  expect(c.pois.every((poi) => isNode(poi.node) && poi.id === c.nodeIds[poi.node])).toBe(true);
  for (const ids of [[...c.nodeIds], c.ways.map((w) => w.id), c.relations.map((r) => r.id)]) {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => Number.isSafeInteger(id) && id > 0)).toBe(true);
  }
}

describe('generateCity', () => {
  it('is the same city for the same seed and another for another seed', () => {
    expect(generateCity({ seed: 7 })).toEqual(generateCity({ seed: 7 }));
    const other = generateCity({ seed: 8 });
    expect(other.lats).not.toEqual(city.lats);
    expect(other.city.name === city.city.name && other.ways.length === city.ways.length).toBe(false);
  });

  it('refers only to nodes and ways that exist, with unique positive ids', () => {
    checkWellFormed(city);
  });

  it('fills a 6 km square around the requested centre', () => {
    expect(city.city.centre).toEqual(DEFAULT_CITY_CENTRE);
    const at = metres(city);
    const roadNodes = new Set(city.ways.filter(isRoad).flatMap((w) => w.nodes));
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const node of roadNodes) {
      const p = at(node);
      [minX, maxX, minY, maxY] = [
        Math.min(minX, p.x),
        Math.max(maxX, p.x),
        Math.min(minY, p.y),
        Math.max(maxY, p.y),
      ];
    }
    // Roads reach the edges (within a block) and never pass them.
    for (const edge of [-minX, maxX, -minY, maxY]) {
      expect(edge).toBeLessThanOrEqual(CITY_SIZE / 2 + 0.01);
      expect(edge).toBeGreaterThan(CITY_SIZE / 2 - 300);
    }
    const moved = generateCity({ centre: { lat: -33.9, lon: 151.2 } });
    expect(moved.city.bounds.south).toBeLessThan(-33.9);
    expect(moved.city.bounds.north).toBeGreaterThan(-33.9);
    expect(moved.city.bounds.west).toBeLessThan(151.2);
    expect(moved.city.bounds.east).toBeGreaterThan(151.2);
  });

  it('rejects a seed that is not an integer and a city that would run off the map', () => {
    expect(() => generateCity({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateCity({ centre: { lat: 91, lon: 0 } })).toThrow(RangeError);
    expect(() => generateCity({ centre: { lat: 0, lon: 179.99 } })).toThrow(RangeError);
  });

  it('is one strongly connected road network, one-way streets included', () => {
    expect(stronglyConnected(city)).toBe(true);
    expect(city.ways.filter((w) => w.tags.oneway === 'yes').length).toBeGreaterThan(10);
  });

  it('shares a node wherever streets meet, instead of repeating coordinates', () => {
    const roadNodes = [...new Set(city.ways.filter(isRoad).flatMap((w) => w.nodes))];
    const positions = new Set(roadNodes.map((n) => `${city.lats[n]},${city.lons[n]}`));
    expect(positions.size).toBe(roadNodes.length);
    const uses = new Map<number, number>();
    for (const way of city.ways.filter(isRoad)) {
      for (const node of new Set(way.nodes)) uses.set(node, (uses.get(node) ?? 0) + 1);
    }
    expect([...uses.values()].filter((u) => u >= 2).length).toBeGreaterThan(1000);
  });

  it('never lets two roads at ground level cross without a junction', () => {
    const at = metres(city);
    const BUCKET = 200;
    const buckets = new Map<string, { a: number; b: number }[]>();
    for (const way of city.ways.filter((w) => isRoad(w) && w.tags.bridge !== 'yes')) {
      for (let i = 0; i + 1 < way.nodes.length; i++) {
        const segment = { a: way.nodes[i]!, b: way.nodes[i + 1]! };
        const [p, q] = [at(segment.a), at(segment.b)];
        for (
          let x = Math.floor(Math.min(p.x, q.x) / BUCKET);
          x <= Math.floor(Math.max(p.x, q.x) / BUCKET);
          x++
        ) {
          for (
            let y = Math.floor(Math.min(p.y, q.y) / BUCKET);
            y <= Math.floor(Math.max(p.y, q.y) / BUCKET);
            y++
          ) {
            buckets.set(`${x},${y}`, [...(buckets.get(`${x},${y}`) ?? []), segment]);
          }
        }
      }
    }
    let unjoined = 0;
    for (const list of buckets.values()) {
      list.forEach((s, i) => {
        for (const t of list.slice(i + 1)) {
          // Segments that share a node meet there; any other meeting is a crossing without a junction.
          if (s.a === t.a || s.a === t.b || s.b === t.a || s.b === t.b) continue;
          if (segmentCrossing(at(s.a), at(s.b), at(t.a), at(t.b)) !== undefined) unjoined++;
        }
      });
    }
    expect(unjoined).toBe(0);
  });

  it('keeps streets out of the water except on bridges, and has bridges', () => {
    const roads = city.ways.filter(isRoad);
    expect(
      wetSegments(
        city,
        roads.filter((w) => w.tags.bridge !== 'yes'),
      ),
    ).toEqual([]);
    const bridges = roads.filter((w) => w.tags.bridge === 'yes');
    expect(bridges.every((w) => w.tags.layer === '1')).toBe(true);
    const overWater = bridges.filter((w) => wetSegments(city, [w]).length > 0);
    expect(overWater.length).toBeGreaterThanOrEqual(2);
    // A bridge stands on land at both ends.
    const at = metres(city);
    const wet = waterTest(waterPolygons(city));
    for (const bridge of overWater) {
      for (const end of [at(bridge.nodes[0]!), at(bridge.nodes.at(-1)!)]) expect(wet(end, end)).toBe(false);
    }
  });

  it('has a river as a multipolygon and a centreline, parks and buildings as closed ways', () => {
    const river = city.relations.find((r) => r.tags.water === 'river');
    expect(river?.tags).toMatchObject({ type: 'multipolygon', natural: 'water' });
    expect(city.ways.some((w) => w.tags.waterway === 'river')).toBe(true);
    const closed = (w: OsmWay) => w.nodes.length >= 4 && w.nodes[0] === w.nodes.at(-1);
    const parks = city.ways.filter((w) => w.tags.leisure === 'park');
    const buildings = city.ways.filter((w) => w.tags.building === 'yes');
    expect(parks.length).toBeGreaterThanOrEqual(3);
    expect(parks.every(closed)).toBe(true);
    expect(buildings.length).toBeGreaterThan(3000);
    expect(buildings.length).toBeLessThanOrEqual(15_000);
    expect(buildings.every(closed)).toBe(true);
  });

  it('has a street hierarchy, a ring road with slip roads, and a roundabout', () => {
    const count = (highway: string) => city.ways.filter((w) => w.tags.highway === highway).length;
    for (const highway of ['trunk', 'trunk_link', 'primary', 'secondary', 'tertiary', 'residential']) {
      expect(count(highway), highway).toBeGreaterThan(0);
    }
    expect(count('residential')).toBeGreaterThan(count('tertiary'));
    const roundabouts = city.ways.filter((w) => w.tags.junction === 'roundabout');
    expect(roundabouts.length).toBeGreaterThanOrEqual(1);
    for (const r of roundabouts) expect(r.nodes.length >= 5 && r.nodes[0] === r.nodes.at(-1)).toBe(true);
  });

  it('names every road, and each arterial keeps one name along its length', () => {
    const roads = city.ways.filter(isRoad);
    expect(roads.every((w) => (w.tags.name ?? '').length > 0)).toBe(true);
    const arterialNames = new Set(
      roads
        .filter((w) => w.tags.highway === 'primary' || w.tags.highway === 'secondary')
        .map((w) => w.tags.name),
    );
    // A handful of arterials plus the roundabouts on them.
    expect(arterialNames.size).toBeLessThanOrEqual(8);
  });

  it('has 10–15 grocery stores, each within 30 m of an arterial and more of them near the centre', () => {
    const at = metres(city);
    const stores = city.pois.filter((p) => p.tags.shop !== undefined);
    expect(stores.length).toBeGreaterThanOrEqual(10);
    expect(stores.length).toBeLessThanOrEqual(15);
    expect(stores.every((s) => ['supermarket', 'convenience', 'greengrocer'].includes(s.tags.shop!))).toBe(
      true,
    );
    expect(stores.every((s) => (s.tags.name ?? '').length > 0)).toBe(true);
    const arterials = city.ways.filter((w) => w.tags.highway === 'primary' || w.tags.highway === 'secondary');
    for (const store of stores) {
      const p = at(store.node);
      const gap = Math.min(
        ...arterials.flatMap((w) =>
          w.nodes.slice(1).map((n, i) => distanceToSegment(p, at(w.nodes[i]!), at(n))),
        ),
      );
      expect(gap).toBeLessThanOrEqual(30);
    }
    // The central third of the area (within 1.7 km) holds well over a third of the stores.
    const central = stores.filter((s) => Math.hypot(at(s.node).x, at(s.node).y) < 1700).length;
    expect(central / stores.length).toBeGreaterThan(0.35);
  });

  it('has smaller blocks (more junctions per km²) in the centre than at the edge', () => {
    const at = metres(city);
    const neighbours = new Map<number, Set<number>>();
    for (const way of city.ways.filter(isRoad)) {
      for (let i = 0; i + 1 < way.nodes.length; i++) {
        const [a, b] = [way.nodes[i]!, way.nodes[i + 1]!];
        if (!neighbours.has(a)) neighbours.set(a, new Set());
        if (!neighbours.has(b)) neighbours.set(b, new Set());
        neighbours.get(a)!.add(b);
        neighbours.get(b)!.add(a);
      }
    }
    const junctions = [...neighbours].filter(([, n]) => n.size >= 3).map(([node]) => at(node));
    const centre = junctions.filter((p) => Math.hypot(p.x, p.y) < 1000).length / (Math.PI * 1);
    // The corners beyond 2.6 km: the square's area minus the 2.6 km disc, in km².
    const edgeArea = (CITY_SIZE / 1000) ** 2 - Math.PI * 2.6 ** 2;
    const edge = junctions.filter((p) => Math.hypot(p.x, p.y) > 2600).length / edgeArea;
    expect(centre).toBeGreaterThan(3 * edge);
  });

  it('says how many households live along each street, more per metre in the centre', () => {
    const { households, neighbourhoods } = city.city;
    expect(households.length).toBe(city.ways.length);
    const at = metres(city);
    const perMetre = { centre: [0, 0], edge: [0, 0] };
    city.ways.forEach((way, i) => {
      if (households[i]! === 0) return;
      expect(['primary', 'secondary', 'tertiary', 'residential']).toContain(way.tags.highway);
      const points = way.nodes.map(at);
      const length = points
        .slice(1)
        .reduce((sum, p, k) => sum + Math.hypot(p.x - points[k]!.x, p.y - points[k]!.y), 0);
      const middle = points[points.length >> 1]!;
      const r = Math.hypot(middle.x, middle.y);
      const band = r < 1000 ? perMetre.centre : r > 2600 ? perMetre.edge : undefined;
      if (band) {
        band[0]! += households[i]!;
        band[1]! += length;
      }
    });
    expect(perMetre.centre[0]! / perMetre.centre[1]!).toBeGreaterThan(
      5 * (perMetre.edge[0]! / perMetre.edge[1]!),
    );
    const densest = neighbourhoods.reduce((a, b) => (a.density > b.density ? a : b));
    const sparsest = neighbourhoods.reduce((a, b) => (a.density < b.density ? a : b));
    expect(densest.blockSize).toBeLessThan(sparsest.blockSize);
  });

  it('keeps its guarantees for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = generateCity({ seed });
        checkWellFormed(c);
        expect(stronglyConnected(c)).toBe(true);
        const roads = c.ways.filter(isRoad);
        expect(
          wetSegments(
            c,
            roads.filter((w) => w.tags.bridge !== 'yes'),
          ),
        ).toEqual([]);
        expect(
          roads.filter((w) => w.tags.bridge === 'yes' && wetSegments(c, [w]).length > 0).length,
        ).toBeGreaterThanOrEqual(2);
        expect(roads.some((w) => w.tags.junction === 'roundabout')).toBe(true);
        expect(roads.every((w) => (w.tags.name ?? '').length > 0)).toBe(true);
      }),
      { numRuns: 5 },
    );
  });
});
