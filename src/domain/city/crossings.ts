/**
 * Where polylines cross, with the distance along each: arterials meeting
 * arterials (junctions, roundabout sites) and the ring road (overpasses,
 * interchanges). Long polylines are compared chunk by chunk, skipping chunks
 * whose boxes miss.
 */
import type { Box, Vec } from './geometry.ts';
import { boundingBox, boxesOverlap, cumulativeLengths, lerp, segmentCrossing } from './geometry.ts';

export interface Crossing {
  point: Vec;
  /** Indices of the two roads that cross (-1 for the ring road), and the distance along each. */
  first: number;
  second: number;
  along: number;
  alongSecond: number;
}

/** Every point where two different roads of the list cross. */
export function crossingsBetween(roads: readonly { points: readonly Vec[] }[]): Crossing[] {
  const crossings: Crossing[] = [];
  roads.forEach((a, i) => {
    roads.forEach((b, j) => {
      if (j > i) crossings.push(...polylineCrossings(a.points, b.points, i, j));
    });
  });
  return crossings;
}

/** Where polylines a (road i) and b (road j) cross, with the distance along each. */
export function polylineCrossings(a: readonly Vec[], b: readonly Vec[], i: number, j: number): Crossing[] {
  const crossings: Crossing[] = [];
  const la = cumulativeLengths(a);
  const lb = cumulativeLengths(b);
  const chunksB = chunkBoxes(b);
  for (const ca of chunkBoxes(a)) {
    for (const cb of chunksB) {
      if (!boxesOverlap(ca, cb)) continue;
      for (let p = ca.first; p < ca.end; p++) {
        for (let q = cb.first; q < cb.end; q++) {
          const hit = segmentCrossing(a[p]!, a[p + 1]!, b[q]!, b[q + 1]!);
          if (!hit) continue;
          crossings.push({
            point: lerp(a[p]!, a[p + 1]!, hit.t),
            first: i,
            second: j,
            along: la[p]! + hit.t * (la[p + 1]! - la[p]!),
            alongSecond: lb[q]! + hit.u * (lb[q + 1]! - lb[q]!),
          });
        }
      }
    }
  }
  return crossings;
}

/** Segments per chunk when comparing long polylines: chunks whose boxes miss are skipped whole. */
const CHUNK = 8;

/** Bounding boxes of runs of `CHUNK` segments: segments `first` to `end - 1`. */
function chunkBoxes(line: readonly Vec[]): (Box & { first: number; end: number })[] {
  const chunks: (Box & { first: number; end: number })[] = [];
  for (let first = 0; first + 1 < line.length; first += CHUNK) {
    const end = Math.min(first + CHUNK, line.length - 1);
    chunks.push({ first, end, ...boundingBox(line.slice(first, end + 1)) });
  }
  return chunks;
}
