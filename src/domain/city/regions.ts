/**
 * Areas that roads are cut against: the river (streets stop at the bank), the
 * ring road's corridor, junction zones, the city's edge. A region answers two
 * questions exactly for its polygon, so cutting a street at its boundary and
 * later testing the cut pieces agree.
 */
import type { Box, Vec } from './geometry.ts';
import {
  add,
  boundingBox,
  boxesOverlap,
  cumulativeLengths,
  direction,
  distance,
  distanceToSegment,
  lerp,
  scale,
  segmentCrossing,
} from './geometry.ts';

export interface Region {
  /** A box holding the whole region, when it is bounded: lines clear of it need not ask. */
  box?: Box;
  contains(p: Vec): boolean;
  /** Pushes the parameters t in [0, 1] where segment ab crosses the region's boundary. */
  crossings(a: Vec, b: Vec, out: number[]): void;
}

/** A convex counter-clockwise polygon as a region, with a bounding-box shortcut. */
export function convexRegion(polygon: readonly Vec[]): Region {
  const xs = polygon.map((p) => p.x);
  const ys = polygon.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const n = polygon.length;
  return {
    box: { minX, minY, maxX, maxY },
    contains: (p) => {
      if (p.x < minX || p.x > maxX || p.y < minY || p.y > maxY) return false;
      for (let i = 0; i < n; i++) {
        const a = polygon[i]!;
        const b = polygon[(i + 1) % n]!;
        if ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) < 0) return false;
      }
      return true;
    },
    crossings: (a, b, out) => {
      if (Math.max(a.x, b.x) < minX || Math.min(a.x, b.x) > maxX) return;
      if (Math.max(a.y, b.y) < minY || Math.min(a.y, b.y) > maxY) return;
      for (let i = 0; i < n; i++) {
        const hit = segmentCrossing(a, b, polygon[i]!, polygon[(i + 1) % n]!);
        if (hit) out.push(hit.t);
      }
    },
  };
}

/**
 * A polygon that is star-shaped around `centre`, with vertex k at angle
 * `2πk/n` and distance `radii[k]`: the ring road and its corridor. Both
 * questions only look at the sectors a point or segment falls in.
 */
export interface StarPolygon {
  readonly centre: Vec;
  readonly radii: readonly number[];
}

export function starVertices(star: StarPolygon): Vec[] {
  const n = star.radii.length;
  return star.radii.map((r, k) => add(star.centre, scale(direction((2 * Math.PI * k) / n), r)));
}

export function starRegion(star: StarPolygon): Region {
  const vertices = starVertices(star);
  const n = vertices.length;
  const sectorWidth = (2 * Math.PI) / n;
  // A chord dips inside its end points' circle by at most (1 - cos(half the sector)).
  const inscribed = Math.min(...star.radii) * Math.cos(sectorWidth / 2);
  const circumscribed = Math.max(...star.radii);
  const sector = (p: Vec) => {
    const angle = Math.atan2(p.y - star.centre.y, p.x - star.centre.x);
    return Math.min(n - 1, Math.floor((angle < 0 ? angle + 2 * Math.PI : angle) / sectorWidth));
  };
  const { x, y } = star.centre;
  return {
    box: {
      minX: x - circumscribed,
      minY: y - circumscribed,
      maxX: x + circumscribed,
      maxY: y + circumscribed,
    },
    contains: (p) => {
      const k = sector(p);
      const a = vertices[k]!;
      const b = vertices[(k + 1) % n]!;
      return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) > 0;
    },
    crossings: (a, b, out) => {
      // No crossing for a segment inside the disc the polygon surely covers, or outside the one covering it.
      const c = star.centre;
      if (Math.max(distance(a, c), distance(b, c)) < inscribed) return;
      if (distanceToSegment(c, a, b) > circumscribed) return;
      const ka = sector(a);
      const kb = sector(b);
      // Walk the sectors the segment sweeps, the short way round.
      const forward = (kb - ka + n) % n <= n / 2;
      for (let k = ka; ; k = (k + (forward ? 1 : n - 1)) % n) {
        const hit = segmentCrossing(a, b, vertices[k]!, vertices[(k + 1) % n]!);
        if (hit) out.push(hit.t);
        if (k === kb) break;
      }
    },
  };
}

/** Everything outside `region` (the crossings are the same). */
export function outsideOf(region: Region): Region {
  return { contains: (p) => !region.contains(p), crossings: region.crossings };
}

/** Points in both regions (a corridor: inside the outer ring and outside the inner one). */
export function intersection(a: Region, b: Region): Region {
  return {
    ...(a.box ? { box: a.box } : {}),
    contains: (p) => a.contains(p) && b.contains(p),
    crossings: (p, q, out) => {
      a.crossings(p, q, out);
      b.crossings(p, q, out);
    },
  };
}

/** Pieces of a polyline whose `inside` flag says whether they run inside any of the regions. */
export interface Piece {
  points: Vec[];
  inside: boolean;
}

/**
 * Splits a polyline where it enters or leaves any of the regions. Each segment
 * is cut at every boundary crossing and each part is classified by its
 * midpoint, so the classification is exact for the regions' polygons.
 */
export function splitByRegions(line: readonly Vec[], allRegions: readonly Region[]): Piece[] {
  const box = boundingBox(line);
  const regions = allRegions.filter((r) => r.box === undefined || boxesOverlap(r.box, box));
  const pieces: Piece[] = [];
  let current: Piece | undefined;
  const ts: number[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    ts.length = 0;
    ts.push(0, 1);
    for (const region of regions) region.crossings(a, b, ts);
    ts.sort((x, y) => x - y);
    for (let k = 0; k + 1 < ts.length; k++) {
      const t0 = ts[k]!;
      const t1 = ts[k + 1]!;
      if (t1 - t0 < 1e-9) continue;
      const mid = lerp(a, b, (t0 + t1) / 2);
      const inside = regions.some((r) => r.contains(mid));
      if (current === undefined || current.inside !== inside) {
        current = { points: [lerp(a, b, t0)], inside };
        pieces.push(current);
      }
      current.points.push(t1 === 1 ? b : lerp(a, b, t1));
    }
  }
  // Consecutive pieces share their boundary point exactly.
  for (let k = 1; k < pieces.length; k++) pieces[k]!.points[0] = pieces[k - 1]!.points.at(-1)!;
  return pieces;
}

/** The parts of a polyline outside every region, dropping scraps shorter than `minLength` metres. */
export function cutOut(line: readonly Vec[], regions: readonly Region[], minLength = 0): Vec[][] {
  return splitByRegions(line, regions)
    .filter((piece) => !piece.inside && cumulativeLengths(piece.points).at(-1)! >= minLength)
    .map((piece) => piece.points);
}

/** Whether any point of a polyline lies in `region`: a vertex inside it, or a segment crossing its boundary. */
export function enters(line: readonly Vec[], region: Region): boolean {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    if (region.contains(a)) return true;
    if (i + 1 < line.length) region.crossings(a, line[i + 1]!, out);
    if (out.length > 0) return true;
  }
  return false;
}

/** Whether a polygon's outline touches `region`. */
export const touches = (region: Region, polygon: readonly Vec[]): boolean =>
  enters([...polygon, polygon[0]!], region);

/** The stretches of a polyline inside a region, as [start, end] distances along it. */
export function insideIntervals(line: readonly Vec[], region: Region): [number, number][] {
  const intervals: [number, number][] = [];
  let s = 0;
  for (const piece of splitByRegions(line, [region])) {
    const length = cumulativeLengths(piece.points).at(-1)!;
    if (piece.inside) intervals.push([s, s + length]);
    s += length;
  }
  return intervals;
}
