import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SolverRunPoint } from '../../state/solverRunHistory.ts';
import { boundBelowChart, costRange } from './solverRunChartOptions.ts';

const run = (objectives: number[], bounds: (number | null)[]): SolverRunPoint[] =>
  objectives.map((objective, i) => ({ elapsedMs: i * 100, objective, bound: bounds[i] ?? null }));

describe('costRange', () => {
  it('frames the objective, leaving out a bound far below it', () => {
    // The built-in day's solve: a periodic MIP stopped early reports 0.
    const [low, high] = costRange([2952, 2474, 2430, 2422], [null, null, 0, 0]);
    expect(low).toBeGreaterThan(2300);
    expect(low).toBeLessThan(2422);
    expect(high).toBeGreaterThan(2952);
    expect(boundBelowChart(run([2952, 2474, 2430, 2422], [null, null, 0, 0]))).toBe(0);
  });

  it('reaches down to a bound within the objective span below it', () => {
    const [low] = costRange([2500, 2450, 2430], [null, 2400, 2410]);
    expect(low).toBeLessThan(2400);
    expect(boundBelowChart(run([2500, 2450, 2430], [null, 2400, 2410]))).toBeNull();
  });

  it('keeps a flat objective in view with some room, and a bound a little below it', () => {
    const [low, high] = costRange([1000, 1000], [null, 985]);
    expect(low).toBeLessThan(985);
    expect(high).toBeGreaterThan(1000);
  });

  it('has a range with nothing to show, and frames bounds alone', () => {
    expect(costRange([], [])).toEqual([0, 1]);
    const [low, high] = costRange([null], [50]);
    expect(low).toBeLessThan(50);
    expect(high).toBeGreaterThan(50);
    expect(boundBelowChart([])).toBeNull();
  });

  it('always shows every objective value, and every bound it does not report as below', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            objective: fc.double({ min: 0, max: 1e6, noNaN: true }),
            bound: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true })),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const [low, high] = costRange(
            rows.map((r) => r.objective),
            rows.map((r) => r.bound),
          );
          expect(low).toBeLessThan(high);
          for (const r of rows) {
            expect(r.objective).toBeGreaterThanOrEqual(low);
            expect(r.objective).toBeLessThanOrEqual(high);
          }
          const points = rows.map((r, i) => ({ elapsedMs: i, objective: r.objective, bound: r.bound }));
          const last = rows.at(-1)!.bound;
          if (last !== null && boundBelowChart(points) === null) expect(last).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });
});
