/** One solver worker and the calls in flight to it (used by `solverClient.ts` only). */
import * as Comlink from 'comlink';
import type { NetworkId, SolverWorkerApi } from '../domain/solve.ts';

export class SolverRestartedError extends Error {
  constructor() {
    super('The solve was aborted and the solver restarted.');
    this.name = 'SolverRestartedError';
  }
}

export class WorkerSession {
  private readonly worker = new Worker(new URL('../../workers/solver.worker.ts', import.meta.url), {
    type: 'module',
    name: 'solver',
  });
  /** For calls that need no answer: one to a terminated worker simply never settles. */
  readonly api = Comlink.wrap<SolverWorkerApi>(this.worker);
  /** The road network this worker holds; null until one loads. */
  network: NetworkId | null = null;
  private kill: (error: Error) => void = () => {};
  private readonly killed = new Promise<never>((_, reject) => {
    this.kill = reject;
  });

  constructor() {
    // Rejects only to end the calls racing it; nobody need be listening.
    this.killed.catch(() => {});
  }

  /** The call's answer, or a `SolverRestartedError` when the worker is terminated first. */
  call<T>(call: (api: Comlink.Remote<SolverWorkerApi>) => Promise<T>): Promise<T> {
    return Promise.race([call(this.api), this.killed]);
  }

  terminate(): void {
    this.worker.terminate();
    this.kill(new SolverRestartedError());
  }
}
