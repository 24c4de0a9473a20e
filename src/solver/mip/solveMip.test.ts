import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import type { MipProblem } from './mipProblem.ts';
import { MIP_LOG_LINES, solveMip } from './solveMip.ts';

const highs = await highsLoader();

/**
 * Three tasks, three routes and an unassigned slack per task:
 * routes {0,1} cost 3, {1,2} cost 2, {2} cost 2; leaving a task out costs 5.
 * Best: {0,1} + {2} = 5.
 */
function tinyPartitioning(): MipProblem {
  const columns = [[0, 1], [1, 2], [2], [0], [1], [2]];
  const starts = Int32Array.from([0, 2, 4, 5, 6, 7, 8]);
  return {
    numRows: 3,
    numCols: 6,
    starts,
    indices: Int32Array.from(columns.flat()),
    colCost: Float64Array.from([3, 2, 2, 5, 5, 5]),
    binary: Uint8Array.from([1, 1, 1, 0, 0, 0]),
    rowLower: new Float64Array(3).fill(1),
    rowUpper: new Float64Array(3).fill(1),
    // Everything unassigned: feasible, and the worst start there is.
    start: Float64Array.from([0, 0, 0, 1, 1, 1]),
    timeLimitSeconds: 5,
  };
}

describe('solveMip', () => {
  it('answers with the best columns and reports what HiGHS did', () => {
    const problem = tinyPartitioning();
    const { values, report } = solveMip(highs, problem, () => false);
    expect(Array.from(values!)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(report).toMatchObject({
      rows: 3,
      columns: 6,
      nonZeros: problem.indices.length,
      status: 'optimal',
      objective: 5,
      bound: 5,
      gap: 0,
    });
    expect(report.nodes).toBeGreaterThanOrEqual(0);
    expect(report.lpIterations).toBeGreaterThanOrEqual(0);
    expect(report.seconds).toBeGreaterThanOrEqual(0);
  });

  it("keeps HiGHS' log as lines, ending with its solving report", () => {
    const { report } = solveMip(highs, tinyPartitioning(), () => false);
    expect(report.log.length).toBeGreaterThan(5);
    expect(report.log.length).toBeLessThanOrEqual(MIP_LOG_LINES);
    expect(report.log.some((line) => /^MIP has 3 rows; 6 cols; 8 nonzeros/.test(line))).toBe(true);
    expect(report.log.some((line) => /Status\s+Optimal/.test(line))).toBe(true);
    expect(report.log.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('reports an interrupted MIP with the start as its best solution', () => {
    const { values, report } = solveMip(highs, tinyPartitioning(), () => true);
    expect(report.status).toMatch(/^(interrupted|optimal)$/);
    expect(values).not.toBeNull();
    expect(report.objective).toBeLessThanOrEqual(15);
  });
});
