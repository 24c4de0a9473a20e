import { describe, expect, it } from 'vitest';
import { describeRun, gapToBound, runSummary } from './solverRunText.ts';

const run = [
  { elapsedMs: 100, objective: 2900, bound: null },
  { elapsedMs: 2950, objective: 2354.12, bound: 2350.2 },
];

describe('solver run text', () => {
  it('sums up the latest point: objective, pool bound and the gap between them', () => {
    expect(runSummary(run)).toBe('objective 2,354.12 · pool bound 2,350.20 · gap 0.17%');
    expect(runSummary(run.slice(0, 1))).toBe('objective 2,900.00');
    expect(runSummary([])).toBeUndefined();
  });

  it('reads a gap of 0 when the search has gone below the last pool bound', () => {
    expect(gapToBound({ elapsedMs: 0, objective: 90, bound: 95 })).toBe(0);
    expect(gapToBound({ elapsedMs: 0, objective: 0, bound: 0 })).toBeNull();
  });

  it('tells the run in a sentence', () => {
    expect(describeRun(run)).toBe(
      "The objective went from 2,900.00 at 0.1 s to 2,354.12 at 3.0 s; the last MIP's bound for its route pool is 2,350.20.",
    );
    expect(describeRun(run.slice(0, 1))).toMatch(/no MIP has given a bound yet\.$/);
    expect(describeRun([])).toBe('No plan yet, so nothing to chart.');
  });
});
