/**
 * The only code that talks to the solver worker. It owns the worker's life:
 * creating it, asking it to stop, and — when a stop is not answered in time —
 * terminating and re-creating it, rejecting the call that can then never settle.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../domain/scenario.ts';
import type { SolveOptions, SolveProgress, SolveResult, SolverWorkerApi } from '../domain/solve.ts';

/** How long a stop may take before the worker is replaced. */
const STOP_GRACE_MS = 1500;

export class SolveAbortedError extends Error {
  constructor() {
    super('The solve was aborted and the solver restarted.');
    this.name = 'SolveAbortedError';
  }
}

interface Running {
  reject: (error: Error) => void;
  done: Promise<unknown>;
}

export class SolverClient {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SolverWorkerApi> | null = null;
  private running: Running | null = null;
  /** Shared with the worker when the page is cross-origin isolated. */
  private readonly stopFlag: Int32Array | null =
    typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated
      ? new Int32Array(new SharedArrayBuffer(4))
      : null;

  private ensureWorker(): Comlink.Remote<SolverWorkerApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('../../workers/solver.worker.ts', import.meta.url), {
        type: 'module',
        name: 'solver',
      });
      this.api = Comlink.wrap<SolverWorkerApi>(this.worker);
    }
    return this.api;
  }

  /** Loads HiGHS in the worker; resolves with its version. */
  ready(): Promise<string> {
    return this.ensureWorker().ready();
  }

  /** Solves; a solve already running is stopped first (its promise still resolves with its best plan). */
  async solve(
    scenario: Scenario,
    options: SolveOptions,
    onProgress: (progress: SolveProgress) => void,
  ): Promise<SolveResult> {
    await this.stop();
    const api = this.ensureWorker();
    if (this.stopFlag) Atomics.store(this.stopFlag, 0, 0);
    let reject: (error: Error) => void = () => {};
    const aborted = new Promise<never>((_, rej) => {
      reject = rej;
    });
    const call = api.solve(scenario, options, Comlink.proxy(onProgress), this.stopFlag);
    const done = Promise.race([call, aborted]);
    const running: Running = { reject, done };
    this.running = running;
    try {
      return await done;
    } finally {
      if (this.running === running) this.running = null;
    }
  }

  /** Asks the running solve to return its best plan; replaces the worker if it does not answer. */
  async stop(): Promise<void> {
    const running = this.running;
    if (!running) return;
    if (this.stopFlag) Atomics.store(this.stopFlag, 0, 1);
    void this.api?.stop();
    const settled = running.done.then(
      () => true,
      () => true,
    );
    const answered = await Promise.race([settled, delay(STOP_GRACE_MS).then(() => false)]);
    if (!answered) this.restart(running);
  }

  private restart(running: Running): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    running.reject(new SolveAbortedError());
    if (this.running === running) this.running = null;
  }

  dispose(): void {
    if (this.running) this.restart(this.running);
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
