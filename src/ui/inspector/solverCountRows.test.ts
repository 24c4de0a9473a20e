import { describe, expect, it } from 'vitest';
import type { MipReport } from '../../domain/solve.ts';
import { engineCountRows, lastMipRows, mipStatusWords } from './solverCountRows.ts';

const REPORT: MipReport = {
  rows: 340,
  columns: 1629,
  nonZeros: 11831,
  status: 'timeLimit',
  objective: 3080.904889,
  bound: 3050.5,
  gap: 0.009867,
  nodes: 12,
  lpIterations: 991,
  seconds: 0.6021,
  log: [],
};

const shown = (rows: { testId: string; display: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.testId, r.display]));

describe('solver count rows', () => {
  it('says each engine count and each number of the last MIP with its unit', () => {
    expect(shown(engineCountRows({ iterations: 12345, routePoolSize: 1629, mipSolves: 4 }))).toEqual({
      'solver-iterations': '12,345',
      'solver-pool-size': '1,629',
      'solver-mip-solves': '4',
    });
    expect(shown(lastMipRows(REPORT))).toEqual({
      'mip-rows': '340',
      'mip-columns': '1,629',
      'mip-nonzeros': '11,831',
      'mip-nodes': '12',
      'mip-lp-iterations': '991',
      'mip-seconds': '0.60 s',
      'mip-objective': '3,080.90',
      'mip-bound': '3,050.50',
      'mip-gap': '0.99%',
    });
  });

  it('keeps the raw numbers, and shows a dash where there is none', () => {
    const objective = lastMipRows(REPORT).find((r) => r.testId === 'mip-objective')!;
    expect(objective.value).toBe(3080.904889);
    expect(lastMipRows(null).every((r) => r.value === null && r.display === '—')).toBe(true);
    expect(engineCountRows(null).every((r) => r.display === '—')).toBe(true);
    expect(
      lastMipRows({ ...REPORT, bound: null, gap: null }).find((r) => r.testId === 'mip-gap')!.display,
    ).toBe('—');
  });

  it("words HiGHS' statuses, and names one it has no words for", () => {
    expect(mipStatusWords('optimal')).toBe('Optimal');
    expect(mipStatusWords('timeLimit')).toBe('Time limit reached');
    expect(mipStatusWords('unboundedOrInfeasible')).toBe('unboundedOrInfeasible');
  });
});
