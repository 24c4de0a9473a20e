/** One solver worker and the calls in flight to it (used by `solverClient.ts` only). */
import * as Comlink from 'comlink';
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import { ScenarioEncoder, type ScenarioUpdate } from '../domain/scenarioStream.ts';
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
  /** The plan this worker holds for questions about it (`SolverWorkerApi.holdPlan`), by its key. */
  private held: { key: number; scenario: Scenario; plan: Plan } | null = null;
  private lastKey = 0;
  /** Every scenario this worker is sent goes through it, in the order sent (`scenarioStream.ts`). */
  private readonly scenarios = new ScenarioEncoder();
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

  /** `scenario` as the changes since the scenario sent before: to be sent to this worker at once. */
  send(scenario: Scenario): ScenarioUpdate {
    return this.scenarios.encode(scenario);
  }

  /** A key for the plan the next solve returns: see `holding`. */
  nextPlanKey(): number {
    return ++this.lastKey;
  }

  /** Notes that the worker holds `plan` (a solve's, under the key given it). */
  holds(key: number, scenario: Scenario, plan: Plan): void {
    this.held = { key, scenario, plan };
  }

  /** The key of `plan` when it is the plan the worker holds (of whichever scenario), else null. */
  heldKeyOf(plan: Plan): number | null {
    return this.held?.plan === plan ? this.held.key : null;
  }

  /**
   * The key the worker holds `plan` of `scenario` under, sending it over
   * first when the worker holds another: the same objects are the same plan,
   * as the store never changes a plan or scenario in place.
   */
  holding(scenario: Scenario, plan: Plan): number {
    if (this.held?.scenario !== scenario || this.held.plan !== plan) {
      this.holds(this.nextPlanKey(), scenario, plan);
      void this.api.holdPlan(this.lastKey, this.send(scenario), plan);
    }
    return this.held!.key;
  }

  terminate(): void {
    this.worker.terminate();
    this.kill(new SolverRestartedError());
  }
}
