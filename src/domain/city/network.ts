/**
 * Turns road polylines into a network with shared nodes, as OSM has it:
 * wherever two roads at the same level cross or one ends on another, both
 * ways pass through the same node. A bridge's segments are a level up, so
 * roads underneath cross it without a junction; its two ends are on the
 * ground and join the roads there.
 */
import type { Vec } from './geometry.ts';
import type { RoadLine } from './roads.ts';

export interface NetworkWay {
  /** Indices into the network's coordinates, in the road's direction. */
  nodes: number[];
  road: RoadLine;
}

export interface RoadNetwork {
  xs: number[];
  ys: number[];
  ways: NetworkWay[];
}

/** Points closer than this are one node, and a road ending this close to another joins it. */
const SNAP = 0.5;
/** Cell size of the spatial hash that finds candidate crossings. */
const CELL = 150;

interface Split {
  t: number;
  point: Vec;
}

export function buildNetwork(roads: readonly RoadLine[]): RoadNetwork {
  const segments = flattenSegments(roads);
  const splits = findSplits(segments);
  const nodes = createNodeRegistry();
  const ways: NetworkWay[] = [];
  let segment = 0;
  for (const road of roads) {
    const last = road.points.length - 1;
    // A bridge stands on the ground only at its ends.
    const layerOf = (vertex: number) => (road.bridge && vertex > 0 && vertex < last ? 1 : 0);
    const ids: number[] = [];
    const push = (id: number) => {
      if (ids.at(-1) !== id) ids.push(id);
    };
    for (let i = 0; i < last; i++, segment++) {
      push(nodes.at(road.points[i]!, layerOf(i)));
      const own = splits.get(segment);
      if (own) {
        own.sort((x, y) => x.t - y.t);
        for (const split of own) push(nodes.at(split.point, road.bridge ? 1 : 0));
      }
    }
    push(nodes.at(road.points[last]!, 0));
    if (ids.length >= 2) ways.push({ nodes: ids, road });
  }
  return { xs: nodes.xs, ys: nodes.ys, ways };
}

/** Every road segment as plain numbers: ends (x0, y0)–(x1, y1), the road it belongs to and its level. */
interface Segments {
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  road: Int32Array;
  layer: Uint8Array;
}

function flattenSegments(roads: readonly RoadLine[]): Segments {
  const count = roads.reduce((sum, road) => sum + road.points.length - 1, 0);
  const segments: Segments = {
    x0: new Float64Array(count),
    y0: new Float64Array(count),
    x1: new Float64Array(count),
    y1: new Float64Array(count),
    road: new Int32Array(count),
    layer: new Uint8Array(count),
  };
  let s = 0;
  roads.forEach((road, r) => {
    for (let i = 0; i + 1 < road.points.length; i++, s++) {
      segments.x0[s] = road.points[i]!.x;
      segments.y0[s] = road.points[i]!.y;
      segments.x1[s] = road.points[i + 1]!.x;
      segments.y1[s] = road.points[i + 1]!.y;
      segments.road[s] = r;
      segments.layer[s] = road.bridge ? 1 : 0;
    }
  });
  return segments;
}

/**
 * For every pair of segments at the same level that meet, where each must be
 * split: at a proper crossing both are; where one ends on the other, only the
 * other. Each meeting is handled by the one hash cell that contains it. Plain
 * numbers throughout: this sees every pair of nearby segments in the city.
 */
function findSplits(segments: Segments): Map<number, Split[]> {
  const { x0, y0, x1, y1, road, layer } = segments;
  const cells = new Map<number, number[]>();
  const cellKey = (cx: number, cy: number) => (cx + 32768) * 65536 + (cy + 32768);
  for (let s = 0; s < x0.length; s++) {
    cellsAlong(x0[s]!, y0[s]!, x1[s]!, y1[s]!, (cx, cy) => {
      const key = cellKey(cx, cy);
      const list = cells.get(key);
      if (list) list.push(s);
      else cells.set(key, [s]);
    });
  }
  const splits = new Map<number, Split[]>();
  const add = (s: number, t: number, x: number, y: number) => {
    const list = splits.get(s);
    const split = { t, point: { x, y } };
    if (list) list.push(split);
    else splits.set(s, [split]);
  };
  // The cell being scanned: a meeting point is handled only by the cell it lies in.
  let cellX = 0;
  let cellY = 0;
  const owns = (x: number, y: number) => Math.floor(x / CELL) === cellX && Math.floor(y / CELL) === cellY;
  /** Whether p is within `SNAP` of segment `other`; if so (and p is inside it), that segment is split at p. */
  const touch = (px: number, py: number, other: number) => {
    const t = snapParameter(px, py, x0[other]!, y0[other]!, x1[other]!, y1[other]!);
    if (t < 0) return false;
    if (t > 0 && t < 1 && owns(px, py)) add(other, t, px, py);
    return true;
  };
  for (const [key, list] of cells) {
    cellX = Math.floor(key / 65536) - 32768;
    cellY = (key % 65536) - 32768;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const ax = x0[s]!;
      const ay = y0[s]!;
      const bx = x1[s]!;
      const by = y1[s]!;
      for (let j = i + 1; j < list.length; j++) {
        const q = list[j]!;
        if (road[s] === road[q] || layer[s] !== layer[q]) continue;
        const cx = x0[q]!;
        const cy = y0[q]!;
        const dx = x1[q]!;
        const dy = y1[q]!;
        if (Math.min(ax, bx) > Math.max(cx, dx) + SNAP || Math.min(cx, dx) > Math.max(ax, bx) + SNAP)
          continue;
        if (Math.min(ay, by) > Math.max(cy, dy) + SNAP || Math.min(cy, dy) > Math.max(ay, by) + SNAP)
          continue;
        // Signed distances (times the other segment's length) of each end from the other segment's line.
        const [rx, ry, sx, sy] = [bx - ax, by - ay, dx - cx, dy - cy];
        const sideC = rx * (cy - ay) - ry * (cx - ax);
        const sideD = rx * (dy - ay) - ry * (dx - ax);
        const sideA = sx * (ay - cy) - sy * (ax - cx);
        const sideB = sx * (by - cy) - sy * (bx - cx);
        const nearAB = SNAP * Math.sqrt(rx * rx + ry * ry);
        const nearCD = SNAP * Math.sqrt(sx * sx + sy * sy);
        // One segment ending on the other: split the other at that end point.
        let touching = false;
        if (Math.abs(sideA) <= nearCD && touch(ax, ay, q)) touching = true;
        if (Math.abs(sideB) <= nearCD && touch(bx, by, q)) touching = true;
        if (Math.abs(sideC) <= nearAB && touch(cx, cy, s)) touching = true;
        if (Math.abs(sideD) <= nearAB && touch(dx, dy, s)) touching = true;
        // Otherwise a proper crossing: each segment's ends on opposite sides of the other.
        if (touching || sideA > 0 === sideB > 0 || sideC > 0 === sideD > 0) continue;
        const t = sideA / (sideA - sideB);
        const px = ax + t * rx;
        const py = ay + t * ry;
        if (!owns(px, py)) continue;
        add(s, t, px, py);
        add(q, sideC / (sideC - sideD), px, py);
      }
    }
  }
  return splits;
}

/** The parameter along segment (x0, y0)–(x1, y1) of the point nearest p, or -1 when p is farther than `SNAP`. */
function snapParameter(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / len2));
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey <= SNAP * SNAP ? t : -1;
}

/**
 * Visits the hash cells that segment ab, widened by `SNAP`, passes through:
 * column by column, the rows its stretch in that column spans. Long diagonal
 * streets would otherwise fill their whole bounding box.
 */
function cellsAlong(ax: number, ay: number, bx: number, by: number, visit: (cx: number, cy: number) => void) {
  const dx = bx - ax;
  const dy = by - ay;
  const x0 = Math.floor((Math.min(ax, bx) - SNAP) / CELL);
  const x1 = Math.floor((Math.max(ax, bx) + SNAP) / CELL);
  for (let cx = x0; cx <= x1; cx++) {
    let yLow = Math.min(ay, by);
    let yHigh = Math.max(ay, by);
    if (dx !== 0) {
      const tA = (cx * CELL - SNAP - ax) / dx;
      const tB = ((cx + 1) * CELL + SNAP - ax) / dx;
      const t0 = Math.max(0, Math.min(tA, tB));
      const t1 = Math.min(1, Math.max(tA, tB));
      yLow = Math.min(ay + t0 * dy, ay + t1 * dy);
      yHigh = Math.max(ay + t0 * dy, ay + t1 * dy);
    }
    const y0 = Math.floor((yLow - SNAP) / CELL);
    const y1 = Math.floor((yHigh + SNAP) / CELL);
    for (let cy = y0; cy <= y1; cy++) visit(cx, cy);
  }
}

/** Nodes by position and level: a point within `SNAP` of an existing node at its level is that node. */
function createNodeRegistry() {
  const xs: number[] = [];
  const ys: number[] = [];
  const byCell = new Map<number, number[]>();
  const cellKey = (cx: number, cy: number, layer: number) =>
    ((cx + 16384) * 32768 + (cy + 16384)) * 2 + layer;
  return {
    xs,
    ys,
    at(p: Vec, layer: number): number {
      const cx = Math.floor(p.x);
      const cy = Math.floor(p.y);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = byCell.get(cellKey(cx + dx, cy + dy, layer));
          if (list === undefined) continue;
          for (const id of list) {
            if ((xs[id]! - p.x) ** 2 + (ys[id]! - p.y) ** 2 <= SNAP * SNAP) return id;
          }
        }
      }
      const id = xs.length;
      xs.push(p.x);
      ys.push(p.y);
      const key = cellKey(cx, cy, layer);
      const list = byCell.get(key);
      if (list) list.push(id);
      else byCell.set(key, [id]);
      return id;
    },
  };
}
