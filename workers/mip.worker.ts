/**
 * MIP worker: HiGHS in a thread of its own, a thin comlink façade over
 * `solveMip`. The solver worker hands it each set partitioning MIP and stays
 * free to answer a stop at once, since HiGHS holds its thread until its next
 * checkpoint. It loads HiGHS from the .wasm the app serves itself (never a CDN).
 */
import * as Comlink from 'comlink';
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import { findIis } from '../src/solver/mip/findIis.ts';
import type { IisAnswer, LinearProgram } from '../src/solver/mip/linearProgram.ts';
import type { MipAnswer, MipProblem } from '../src/solver/mip/mipProblem.ts';
import { solveMip } from '../src/solver/mip/solveMip.ts';

export interface MipWorkerApi {
  /** Resolves once HiGHS is loaded, with its version string. */
  ready(): Promise<string>;
  /**
   * `cancel`, over a SharedArrayBuffer, is set to 1 to interrupt HiGHS at its
   * next checkpoint; null when the page is not cross-origin isolated (the
   * caller then terminates this worker instead).
   */
  solve(problem: MipProblem, cancel: Int32Array | null): Promise<MipAnswer>;
  /** Feasible or not, and if not HiGHS' irreducible infeasible subset (for "why?"). */
  iis(program: LinearProgram): Promise<IisAnswer>;
}

let highs: Promise<Highs> | null = null;
const loadHighs = (): Promise<Highs> => {
  highs ??= highsLoader({ locateFile: () => highsWasmUrl });
  return highs;
};

const api: MipWorkerApi = {
  async ready() {
    return (await loadHighs()).version.string;
  },
  async solve(problem, cancel) {
    return solveMip(await loadHighs(), problem, () => cancel !== null && Atomics.load(cancel, 0) === 1);
  },
  async iis(program) {
    return findIis(await loadHighs(), program);
  },
};

Comlink.expose(api);
