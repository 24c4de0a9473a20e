/**
 * A hand-made OSM extract small enough to compute every travel time by hand.
 * Positions are metres east (x) and north (y) of a corner in Baltimore.
 *
 *   D(0,100) ─── E(100,100) ─── F(200,100) ─── R3(300,100)
 *   │             ▲              │            ↙        ↖
 *   │         one-way B→E        │        R4(250,50)  R2(350,50)
 *   │             │              │            ↘        ↗
 *   A(0,0) ───── B(100,0) ───── C(200,0) ──── R1(300,0)
 *
 * Every street is residential (25 km/h: 100 m in 14.4 s) and two-way unless
 * drawn with an arrow. R1 → R2 → R3 → R4 → R1 is a roundabout (one-way by
 * implication). A footway A–F and a private road B–F would be shortcuts if
 * a car could use them; I1–I2, 5 km east, is an island.
 */
import type { OsmExtract, OsmTags, OsmWay } from '../../../../domain/osm.ts';
import type { LngLat } from '../../../../domain/scenario.ts';
import { METRES_PER_DEGREE } from '../geo.ts';

const ORIGIN_LAT = 39.28;
const ORIGIN_LNG = -76.6;

/** Metres east/north of the fixture's origin to a position. */
export function at(x: number, y: number): LngLat {
  return {
    lat: ORIGIN_LAT + y / METRES_PER_DEGREE,
    lng: ORIGIN_LNG + x / (METRES_PER_DEGREE * Math.cos((ORIGIN_LAT * Math.PI) / 180)),
  };
}

/** Residential speed in m/s. */
export const RESIDENTIAL_MS = 25 / 3.6;

const NODES: Record<string, [number, number]> = {
  A: [0, 0],
  B: [100, 0],
  C: [200, 0],
  D: [0, 100],
  E: [100, 100],
  F: [200, 100],
  R1: [300, 0],
  R2: [350, 50],
  R3: [300, 100],
  R4: [250, 50],
  I1: [5000, 0],
  I2: [5100, 0],
  /** On no way: a shop, not a road. */
  Shop: [50, 50],
};

export const NODE_NAMES = Object.keys(NODES);

export function tinyTown(): OsmExtract {
  const names = NODE_NAMES;
  const index = (name: string) => names.indexOf(name);
  const lats = new Float64Array(names.length);
  const lons = new Float64Array(names.length);
  names.forEach((name, i) => {
    const [x, y] = NODES[name]!;
    const p = at(x, y);
    lats[i] = p.lat;
    lons[i] = p.lng;
  });
  let nextId = 100;
  const way = (nodes: string[], tags: OsmTags): OsmWay => ({ id: nextId++, nodes: nodes.map(index), tags });
  const residential = { highway: 'residential' };
  return {
    nodeIds: Float64Array.from(names, (_, i) => 1000 + i),
    lats,
    lons,
    ways: [
      way(['A', 'B', 'C'], { ...residential, name: 'Front Street' }),
      way(['D', 'E', 'F'], residential),
      way(['A', 'D'], residential),
      way(['C', 'F'], residential),
      way(['B', 'E'], { ...residential, oneway: 'yes' }),
      way(['C', 'R1'], residential),
      way(['F', 'R3'], residential),
      way(['R1', 'R2', 'R3', 'R4', 'R1'], { highway: 'residential', junction: 'roundabout' }),
      way(['A', 'F'], { highway: 'footway' }),
      way(['B', 'F'], { highway: 'residential', access: 'private' }),
      way(['I1', 'I2'], residential),
      way(['D', 'E', 'F', 'C', 'B', 'A', 'D'], { landuse: 'residential' }),
    ],
    relations: [],
    pois: [{ id: 1, node: index('Shop'), tags: { shop: 'supermarket', name: 'Corner Shop' } }],
  };
}
