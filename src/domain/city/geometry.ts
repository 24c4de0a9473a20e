/**
 * Plane geometry in local metres (x east, y north) for laying out the city.
 * Everything is generated in this plane and projected to degrees only when the
 * extract is written, so distances and angles here are true metres.
 */

export interface Vec {
  readonly x: number;
  readonly y: number;
}

/**
 * A rotated coordinate system: `u` along the direction at `angle`, `v` to its
 * left. Used to lay out a river along its own axis or a street grid along its
 * own orientation.
 */
export interface Frame {
  readonly origin: Vec;
  readonly cos: number;
  readonly sin: number;
}

/** An axis-aligned bounding box. */
export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export const vec = (x: number, y: number): Vec => ({ x, y });
export const add = (a: Vec, b: Vec): Vec => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Vec, b: Vec): Vec => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Vec, k: number): Vec => ({ x: a.x * k, y: a.y * k });
export const dot = (a: Vec, b: Vec): number => a.x * b.x + a.y * b.y;
export const cross = (a: Vec, b: Vec): number => a.x * b.y - a.y * b.x;
export const norm = (a: Vec): number => Math.hypot(a.x, a.y);
export const distance = (a: Vec, b: Vec): number => Math.hypot(a.x - b.x, a.y - b.y);
export const lerp = (a: Vec, b: Vec, t: number): Vec => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});
/** The unit vector at `angle` radians from east, counter-clockwise. */
export const direction = (angle: number): Vec => ({ x: Math.cos(angle), y: Math.sin(angle) });
/** `a` turned a quarter turn counter-clockwise: the left-hand normal of a direction. */
export const left = (a: Vec): Vec => ({ x: -a.y, y: a.x });

export function unit(a: Vec): Vec {
  const n = norm(a);
  return n === 0 ? a : { x: a.x / n, y: a.y / n };
}

export function makeFrame(origin: Vec, angle: number): Frame {
  return { origin, cos: Math.cos(angle), sin: Math.sin(angle) };
}

/** Frame coordinates (u, v) to plane coordinates. */
export function fromFrame(f: Frame, u: number, v: number): Vec {
  return { x: f.origin.x + u * f.cos - v * f.sin, y: f.origin.y + u * f.sin + v * f.cos };
}

/** Plane coordinates to frame coordinates, as a Vec with x = u and y = v. */
export function toFrame(f: Frame, p: Vec): Vec {
  const dx = p.x - f.origin.x;
  const dy = p.y - f.origin.y;
  return { x: dx * f.cos + dy * f.sin, y: -dx * f.sin + dy * f.cos };
}

/**
 * Where segments ab and cd cross: `t` along ab and `u` along cd, both in
 * [0, 1]; undefined when they miss or are parallel.
 */
export function segmentCrossing(a: Vec, b: Vec, c: Vec, d: Vec): { t: number; u: number } | undefined {
  const rx = b.x - a.x;
  const ry = b.y - a.y;
  const sx = d.x - c.x;
  const sy = d.y - c.y;
  const den = rx * sy - ry * sx;
  if (den === 0) return undefined;
  const qx = c.x - a.x;
  const qy = c.y - a.y;
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : undefined;
}

/** The parameter in [0, 1] of the point of segment ab closest to p. */
function closestParameter(p: Vec, a: Vec, b: Vec): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  return Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
}

export function distanceToSegment(p: Vec, a: Vec, b: Vec): number {
  return distance(p, lerp(a, b, closestParameter(p, a, b)));
}

export function boundingBox(points: readonly Vec[]): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, minY, maxX, maxY };
}

export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** Running length along a polyline: `result[i]` is the distance from the start to vertex i. */
export function cumulativeLengths(line: readonly Vec[]): number[] {
  const lengths = [0];
  for (let i = 1; i < line.length; i++) lengths.push(lengths[i - 1]! + distance(line[i - 1]!, line[i]!));
  return lengths;
}

/** The point at distance `s` along a polyline (clamped to its ends). */
export function pointAlong(line: readonly Vec[], lengths: readonly number[], s: number): Vec {
  const i = segmentAt(lengths, s);
  const a = line[i]!;
  const span = lengths[i + 1]! - lengths[i]!;
  return span === 0 ? a : lerp(a, line[i + 1]!, Math.min(1, Math.max(0, (s - lengths[i]!) / span)));
}

/** The index of the segment holding distance `s` (binary search). */
function segmentAt(lengths: readonly number[], s: number): number {
  let lo = 0;
  let hi = lengths.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lengths[mid]! <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The part of a polyline between distances s0 < s1 along it. */
export function slice(line: readonly Vec[], lengths: readonly number[], s0: number, s1: number): Vec[] {
  const points = [pointAlong(line, lengths, s0)];
  for (let i = 1; i < line.length - 1; i++) {
    if (lengths[i]! > s0 && lengths[i]! < s1) points.push(line[i]!);
  }
  points.push(pointAlong(line, lengths, s1));
  return points;
}

/** The intervals sorted, with those that overlap (or come within `tolerance` of each other) joined. */
export function mergeIntervals(intervals: readonly [number, number][], tolerance = 0): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s0, s1] of sorted) {
    const last = merged.at(-1);
    if (last && s0 <= last[1] + tolerance) last[1] = Math.max(last[1], s1);
    else merged.push([s0, s1]);
  }
  return merged;
}

/**
 * Cuts a polyline at sorted, non-overlapping intervals of distance along it:
 * the pieces alternate between outside and inside the intervals, and each
 * piece starts exactly where the previous one ends.
 */
export function splitAtIntervals(
  line: readonly Vec[],
  intervals: readonly (readonly [number, number])[],
): { points: Vec[]; inside: boolean }[] {
  const lengths = cumulativeLengths(line);
  const total = lengths.at(-1)!;
  const pieces: { points: Vec[]; inside: boolean }[] = [];
  let s = 0;
  const push = (end: number, inside: boolean) => {
    if (end - s > 1e-6) {
      const points = slice(line, lengths, s, end);
      if (pieces.length > 0) points[0] = pieces.at(-1)!.points.at(-1)!;
      pieces.push({ points, inside });
    }
    s = end;
  };
  for (const [start, end] of intervals) {
    push(Math.max(s, Math.min(total, start)), false);
    push(Math.max(s, Math.min(total, end)), true);
  }
  push(total, false);
  return pieces;
}

/**
 * Where the line from a to b runs inside a convex counter-clockwise polygon:
 * the parameters [t0, t1] (Cyrus–Beck), or undefined when it stays outside.
 */
export function clipToConvex(a: Vec, b: Vec, polygon: readonly Vec[]): [number, number] | undefined {
  let t0 = 0;
  let t1 = 1;
  const d = sub(b, a);
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const edge = sub(polygon[(i + 1) % polygon.length]!, p);
    // Inside is to the left of every edge: cross(edge, x - p) >= 0.
    const num = cross(edge, sub(a, p));
    const den = cross(edge, d);
    if (den === 0) {
      if (num < 0) return undefined;
    } else {
      const t = -num / den;
      if (den > 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return undefined;
    }
  }
  return [t0, t1];
}

/** A regular polygon, counter-clockwise, its first vertex at `startAngle`. */
export function regularPolygon(centre: Vec, radius: number, sides: number, startAngle = 0): Vec[] {
  return Array.from({ length: sides }, (_, k) =>
    add(centre, scale(direction(startAngle + (2 * Math.PI * k) / sides), radius)),
  );
}

/** Even–odd point-in-polygon test; the ring may or may not repeat its first vertex. */
export function pointInPolygon(p: Vec, ring: readonly Vec[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
