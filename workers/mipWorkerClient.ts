/**
 * The solver worker's `MipSolver`: each MIP goes to the MIP worker, and a
 * cancel raises that MIP's own SharedArrayBuffer flag (so a later MIP never
 * sees an earlier stop). Without cross-origin isolation there is no shared
 * flag, and a cancel terminates the MIP worker and starts another.
 */
import * as Comlink from 'comlink';
import type { IisSolver } from '../src/solver/mip/linearProgram.ts';
import type { MipSolver } from '../src/solver/mip/mipProblem.ts';
import type { MipWorkerApi } from './mip.worker.ts';

export interface MipWorkerClient extends MipSolver, IisSolver {
  /** HiGHS' version once it is loaded. */
  ready(): Promise<string>;
}

export function mipWorkerClient(): MipWorkerClient {
  const spawn = () => {
    const worker = new Worker(new URL('./mip.worker.ts', import.meta.url), { type: 'module', name: 'mip' });
    const api = Comlink.wrap<MipWorkerApi>(worker);
    // Loading HiGHS now keeps the wait out of the first MIP.
    api.ready().catch(() => {});
    return { worker, api };
  };
  let current = spawn();
  const shared = typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated;
  return {
    ready: () => current.api.ready(),
    iis: (program) => current.api.iis(program),
    solve(problem) {
      const { worker, api } = current;
      const flag = shared ? new Int32Array(new SharedArrayBuffer(4)) : null;
      return {
        answer: api.solve(problem, flag),
        cancel() {
          if (flag) {
            Atomics.store(flag, 0, 1);
          } else if (current.worker === worker) {
            worker.terminate();
            current = spawn();
          }
        },
      };
    },
  };
}
