/**
 * HiGHS on the engine's own thread: for Node benchmarks and tests. A stop
 * then waits for HiGHS' next checkpoint (up to a few hundred ms inside a
 * large LP); the studio uses a worker of its own instead.
 */
import type { Highs } from 'highs';
import { findIis } from './findIis.ts';
import type { IisSolver } from './linearProgram.ts';
import type { MipSolver } from './mipProblem.ts';
import { solveMip } from './solveMip.ts';

export function mipInThread(highs: Highs): MipSolver & IisSolver {
  return {
    iis: (program) => Promise.resolve(findIis(highs, program)),
    solve: (problem, shouldStop) => ({
      answer: Promise.resolve(solveMip(highs, problem, shouldStop)),
      cancel: () => {},
    }),
  };
}
