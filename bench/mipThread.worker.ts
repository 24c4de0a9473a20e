/** The Node counterpart of `workers/mip.worker.ts`: HiGHS in a worker thread, for benchmarks. */
import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';
import type { MipProblem } from '../src/solver/mip/mipProblem.ts';
import { solveMip } from '../src/solver/mip/solveMip.ts';

const highs = await highsLoader();
parentPort!.on(
  'message',
  ({ id, problem, cancel }: { id: number; problem: MipProblem; cancel: Int32Array }) => {
    try {
      parentPort!.postMessage({ id, answer: solveMip(highs, problem, () => Atomics.load(cancel, 0) === 1) });
    } catch (error) {
      parentPort!.postMessage({ id, error: String(error) });
    }
  },
);
