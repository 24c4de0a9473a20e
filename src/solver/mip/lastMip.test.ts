import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { LastMip } from './lastMip.ts';
import { mipInThread } from './mipInThread.ts';
import type { MipAnswer, MipProblem, MipSolver } from './mipProblem.ts';

const highs = await highsLoader();

/** Choose one of two columns covering one row: costs 3 and `cheaper`. */
const choice = (cheaper: number): MipProblem => ({
  numRows: 1,
  numCols: 2,
  starts: Int32Array.of(0, 1, 2),
  indices: Int32Array.of(0, 0),
  colCost: Float64Array.of(3, cheaper),
  binary: Uint8Array.of(1, 1),
  rowLower: Float64Array.of(1),
  rowUpper: Float64Array.of(1),
  start: Float64Array.of(1, 0),
  timeLimitSeconds: 1,
  labels: { rows: ['order_a'], columns: ['route0_class0', 'route1_class0'], notes: [] },
});

describe('LastMip', () => {
  it('has no file before a MIP is answered', () => {
    expect(new LastMip(mipInThread(highs)).lpFile()).toBeNull();
  });

  it('gives the last answered MIP as an LP file saying how HiGHS ended it', async () => {
    const last = new LastMip(mipInThread(highs));
    await last.solve(choice(2), () => false).answer;
    await last.solve(choice(1), () => false).answer;
    const lp = last.lpFile()!;
    expect(lp).toMatch(
      /^\\ HiGHS ended this MIP with status "optimal" after [\d.]+ s and \d+ nodes: objective 1, dual bound 1\.$/m,
    );
    const read = highs.solve(lp);
    expect(read.Status).toBe('Optimal');
    expect(read.ObjectiveValue).toBe(1);
  });

  it('keeps the MIP before when the engine leaves one at a stop', async () => {
    let answer: (a: MipAnswer) => void = () => {};
    const inThread = mipInThread(highs);
    let calls = 0;
    // The second MIP answers only when the test says so, as HiGHS deep in an LP.
    const slowSecond: MipSolver = {
      solve: (problem, shouldStop) =>
        ++calls === 1
          ? inThread.solve(problem, shouldStop)
          : { answer: new Promise<MipAnswer>((resolve) => (answer = resolve)), cancel: () => {} },
    };
    const last = new LastMip(slowSecond);
    const first = await last.solve(choice(2), () => false).answer;
    const left = last.solve(choice(1), () => false);
    left.cancel();
    answer(first);
    await left.answer;
    expect(highs.solve(last.lpFile()!).ObjectiveValue).toBe(2);
  });
});
