/**
 * Rings → GeoJSON polygons. Each inner ring becomes a hole of the smallest
 * outer ring around it (an inner ring inside none is dropped); rings are
 * wound as RFC 7946 asks, outer counter-clockwise and holes clockwise.
 * Lon/lat are treated as planar: at city scale that decides containment and
 * winding correctly.
 */
import type { Polygon, Position } from 'geojson';

export interface NodeCoordinates {
  lats: Float64Array;
  lons: Float64Array;
}

/** A ring of node indices as coordinates, first position repeated last. */
export function nodeRing(indices: readonly number[], nodes: NodeCoordinates): Position[] {
  return indices.map((i) => [nodes.lons[i]!, nodes.lats[i]!]);
}

export function ringsToPolygons(outer: readonly Position[][], inner: readonly Position[][]): Polygon[] {
  const outers = outer.map((r) => wound(r, true));
  const holes: Position[][][] = outers.map(() => []);
  for (const r of inner) {
    const hole = wound(r, false);
    const around = smallestAround(outers, hole.coordinates[0]!);
    if (around >= 0) holes[around]!.push(hole.coordinates);
  }
  return outers.map((o, i) => ({ type: 'Polygon', coordinates: [o.coordinates, ...holes[i]!] }));
}

/** Twice the signed area in square degrees, positive when counter-clockwise (shoelace). */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let k = 1; k < ring.length; k++) {
    const [x0, y0] = ring[k - 1]!;
    const [x1, y1] = ring[k]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum;
}

interface Wound {
  coordinates: Position[];
  area: number;
}

function wound(ring: Position[], counterClockwise: boolean): Wound {
  const area2 = signedArea2(ring);
  return { coordinates: area2 > 0 === counterClockwise ? ring : ring.toReversed(), area: Math.abs(area2) };
}

/** Index of the smallest outer ring containing `point`, or -1. */
function smallestAround(outers: readonly Wound[], point: Position): number {
  let best = -1;
  for (let i = 0; i < outers.length; i++) {
    const o = outers[i]!;
    if (!contains(o.coordinates, point)) continue;
    if (best < 0 || o.area < outers[best]!.area) best = i;
  }
  return best;
}

/** Even-odd ray casting. */
function contains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let k = 1; k < ring.length; k++) {
    const [x0, y0] = ring[k - 1]!;
    const [x1, y1] = ring[k]!;
    if (y0! > y! !== y1! > y! && x! < ((x1! - x0!) * (y! - y0!)) / (y1! - y0!) + x0!) inside = !inside;
  }
  return inside;
}
