import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendRunPoint, type SolverRunPoint } from './solverRunHistory.ts';

const at = (elapsedMs: number, objective: number, bound: number | null = null): SolverRunPoint => ({
  elapsedMs,
  objective,
  bound,
});

const appendAll = (points: SolverRunPoint[], limit?: number) =>
  points.reduce<SolverRunPoint[]>((kept, p) => appendRunPoint(kept, p, limit), []);

describe('appendRunPoint', () => {
  it('keeps the points where the objective or the bound changed, and the latest', () => {
    const kept = appendAll([
      at(0, 10),
      at(100, 10),
      at(200, 10),
      at(300, 8),
      at(400, 8, 7),
      at(500, 8, 7),
      at(600, 8, 7),
    ]);
    expect(kept).toEqual([at(0, 10), at(200, 10), at(300, 8), at(400, 8, 7), at(600, 8, 7)]);
  });

  it('leaves the points it was given as they were', () => {
    const points = [at(0, 10), at(100, 10)];
    appendRunPoint(points, at(200, 10));
    expect(points).toEqual([at(0, 10), at(100, 10)]);
  });

  it('stays within its limit, keeping the first and the latest point, in time order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }),
        (limit, objectives) => {
          const points = objectives.map((objective, i) => at(i * 10, objective));
          const kept = appendAll(points, limit);
          expect(kept.length).toBeLessThanOrEqual(limit);
          if (points.length === 0) return;
          expect(kept[0]).toEqual(points[0]);
          expect(kept.at(-1)).toEqual(points.at(-1));
          for (let i = 1; i < kept.length; i++)
            expect(kept[i]!.elapsedMs).toBeGreaterThan(kept[i - 1]!.elapsedMs);
        },
      ),
    );
  });
});
