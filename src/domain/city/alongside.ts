/**
 * A neighbourhood grid knows nothing of the arterials laid over it, so a grid
 * line can end up running a few metres beside one, which no town has. Such
 * stretches are removed: wherever a local street runs roughly parallel to a
 * main road, within `RADIUS` of it, for more than `MAX_ALONGSIDE`, that
 * stretch goes. Streets that cross a main road are left alone.
 */
import type { Vec } from './geometry.ts';
import { cumulativeLengths, mergeIntervals, splitAtIntervals } from './geometry.ts';
import type { RoadLine } from './roads.ts';

/** "Beside a main road": within this many metres of its centreline. */
const RADIUS = 35;
/** Shorter parallel stretches stay (a street bending away, a short link). */
const MAX_ALONGSIDE = 120;
/** Roughly parallel: within 25° of the main road's direction. */
const SIN_PARALLEL = Math.sin((25 * Math.PI) / 180);
/** Cell size of the index of main-road segments, metres. */
const CELL = 250;

interface MajorSegment {
  ax: number;
  ay: number;
  /** Unit direction and length. */
  ux: number;
  uy: number;
  length: number;
}

/**
 * Returns a function that cuts the stretches of a local street running
 * alongside any of `majorRoads` and drops leftover scraps shorter than
 * `minLength`.
 */
export function alongsideCutter(
  majorRoads: readonly RoadLine[],
  minLength: number,
): (points: readonly Vec[]) => Vec[][] {
  const segments: MajorSegment[] = [];
  const cells = new Map<number, number[]>();
  const key = (cx: number, cy: number) => (cx + 1000) * 2000 + (cy + 1000);
  for (const road of majorRoads) {
    for (let i = 0; i + 1 < road.points.length; i++) {
      const [a, b] = [road.points[i]!, road.points[i + 1]!];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length === 0) continue;
      const s =
        segments.push({ ax: a.x, ay: a.y, ux: (b.x - a.x) / length, uy: (b.y - a.y) / length, length }) - 1;
      forCells(a, b, RADIUS, (cx, cy) => {
        const list = cells.get(key(cx, cy));
        if (list) list.push(s);
        else cells.set(key(cx, cy), [s]);
      });
    }
  }
  // Which segments this query has seen already (they sit in several cells).
  const seen = new Int32Array(segments.length).fill(-1);
  let query = 0;
  return (points) => {
    const near: [number, number][] = [];
    let offset = 0;
    for (let i = 0; i + 1 < points.length; i++) {
      const [p, q] = [points[i]!, points[i + 1]!];
      const length = Math.hypot(q.x - p.x, q.y - p.y);
      query++;
      forCells(p, q, RADIUS, (cx, cy) => {
        for (const s of cells.get(key(cx, cy)) ?? []) {
          if (seen[s] === query) continue;
          seen[s] = query;
          const stretch = besideStretch(p, q, length, segments[s]!);
          if (stretch) near.push([offset + stretch[0] * length, offset + stretch[1] * length]);
        }
      });
      offset += length;
    }
    // Stretches beside consecutive segments of a main road join up (within a metre: its bends leave slivers).
    const long = mergeIntervals(near, 1).filter(([s0, s1]) => s1 - s0 > MAX_ALONGSIDE);
    if (long.length === 0) return [[...points]];
    return splitAtIntervals(points, long)
      .filter((piece) => !piece.inside && cumulativeLengths(piece.points).at(-1)! >= minLength)
      .map((piece) => piece.points);
  };
}

/**
 * The part [t0, t1] of segment pq (as fractions of it) that runs roughly
 * parallel to main-road segment m within `RADIUS` of it, or undefined.
 */
function besideStretch(p: Vec, q: Vec, length: number, m: MajorSegment): [number, number] | undefined {
  if (length === 0) return undefined;
  const [dx, dy] = [(q.x - p.x) / length, (q.y - p.y) / length];
  if (Math.abs(dx * m.uy - dy * m.ux) > SIN_PARALLEL) return undefined;
  // Along pq, the offset from m's line and the position along m both change linearly.
  const offsetAt = (x: number, y: number) => m.ux * (y - m.ay) - m.uy * (x - m.ax);
  const alongAt = (x: number, y: number) => m.ux * (x - m.ax) + m.uy * (y - m.ay);
  let [t0, t1] = [0, 1];
  for (const [start, end, low, high] of [
    [offsetAt(p.x, p.y), offsetAt(q.x, q.y), -RADIUS, RADIUS],
    [alongAt(p.x, p.y), alongAt(q.x, q.y), 0, m.length],
  ] as const) {
    // Where start + t (end - start) lies in [low, high].
    const change = end - start;
    if (change === 0) {
      if (start < low || start > high) return undefined;
      continue;
    }
    const [a, b] = [(low - start) / change, (high - start) / change];
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 < t1 ? [t0, t1] : undefined;
}

/** Visits the index cells that the box of segment ab, widened by `margin`, covers. */
function forCells(a: Vec, b: Vec, margin: number, visit: (cx: number, cy: number) => void) {
  const [x0, x1] = [
    Math.floor((Math.min(a.x, b.x) - margin) / CELL),
    Math.floor((Math.max(a.x, b.x) + margin) / CELL),
  ];
  const [y0, y1] = [
    Math.floor((Math.min(a.y, b.y) - margin) / CELL),
    Math.floor((Math.max(a.y, b.y) + margin) / CELL),
  ];
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cx, cy);
}
