import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import type { Vec } from './geometry.ts';
import {
  clipToConvex,
  cumulativeLengths,
  pointInPolygon,
  segmentCrossing,
  splitAtIntervals,
  vec,
} from './geometry.ts';
import {
  convexRegion,
  cutOut,
  insideIntervals,
  splitByRegions,
  starRegion,
  starVertices,
} from './regions.ts';
import { generateRiver, riverOutline, riverRegion } from './water.ts';

const point = fc.record({
  x: fc.double({ min: -3500, max: 3500, noNaN: true }),
  y: fc.double({ min: -3500, max: 3500, noNaN: true }),
});

describe('geometry', () => {
  it('finds where two segments cross, and not where they miss', () => {
    expect(segmentCrossing(vec(0, 0), vec(10, 0), vec(5, -5), vec(5, 5))).toEqual({ t: 0.5, u: 0.5 });
    expect(segmentCrossing(vec(0, 0), vec(10, 0), vec(15, -5), vec(15, 5))).toBeUndefined();
    expect(segmentCrossing(vec(0, 0), vec(10, 0), vec(0, 1), vec(10, 1))).toBeUndefined();
  });

  it('clips a line to a convex polygon', () => {
    const square = [vec(0, 0), vec(10, 0), vec(10, 10), vec(0, 10)];
    expect(clipToConvex(vec(-10, 5), vec(20, 5), square)).toEqual([1 / 3, 2 / 3]);
    expect(clipToConvex(vec(-10, 20), vec(20, 20), square)).toBeUndefined();
  });

  it('cuts a polyline at intervals into pieces that join end to start', () => {
    const line = [vec(0, 0), vec(100, 0), vec(100, 100)];
    const pieces = splitAtIntervals(line, [[50, 150]]);
    expect(pieces.map((p) => p.inside)).toEqual([false, true, false]);
    expect(pieces.map((p) => cumulativeLengths(p.points).at(-1))).toEqual([50, 100, 50]);
    expect(pieces[1]!.points).toEqual([vec(50, 0), vec(100, 0), vec(100, 50)]);
    expect(pieces[1]!.points[0]).toBe(pieces[0]!.points.at(-1));
  });
});

describe('regions', () => {
  it('agree with the point-in-polygon test of their own polygon (river, ring)', () => {
    const river = generateRiver(createRandom(3), 'River Test', 3000);
    const riverPolygon = riverOutline(river);
    const water = riverRegion(river);
    const star = {
      centre: vec(0, 0),
      radii: Array.from({ length: 96 }, (_, k) => 2300 + 60 * Math.sin(k / 7)),
    };
    const ring = starRegion(star);
    const ringPolygon = starVertices(star);
    fc.assert(
      fc.property(point, (p) => {
        expect(water.contains(p)).toBe(pointInPolygon(p, riverPolygon));
        expect(ring.contains(p)).toBe(pointInPolygon(p, ringPolygon));
      }),
      { numRuns: 2000 },
    );
  });

  it('cut a street exactly at the boundary, classifying each piece correctly', () => {
    const river = generateRiver(createRandom(5), 'River Test', 3000);
    const water = riverRegion(river);
    fc.assert(
      fc.property(point, point, (a, b) => {
        const pieces = splitByRegions([a, b], [water]);
        for (const piece of pieces) {
          const [p, q] = [piece.points[0]!, piece.points.at(-1)!];
          expect(water.contains(mid(p, q))).toBe(piece.inside);
        }
        const dry = cutOut([a, b], [water]);
        expect(
          dry.every((points) => points.every((p, i) => i === 0 || !water.contains(mid(points[i - 1]!, p)))),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('measures the stretch of a line inside a convex region', () => {
    const box = convexRegion([vec(10, -5), vec(20, -5), vec(20, 5), vec(10, 5)]);
    const intervals = insideIntervals([vec(0, 0), vec(100, 0)], box);
    expect(intervals).toHaveLength(1);
    expect(intervals[0]![0]).toBeCloseTo(10);
    expect(intervals[0]![1]).toBeCloseTo(20);
  });
});

const mid = (p: Vec, q: Vec): Vec => vec((p.x + q.x) / 2, (p.y + q.y) / 2);
