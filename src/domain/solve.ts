/**
 * What crosses the worker boundary: the one typed contract between the app
 * (src/state/solverClient.ts) and the solver worker (workers/solver.worker.ts).
 * Everything here must be structured-cloneable.
 */
import type { Plan } from './plan.ts';
import type { Scenario } from './scenario.ts';

export interface SolveOptions {
  /** Wall-clock budget for the whole solve, seconds. */
  timeLimitSeconds: number;
  seed: number;
}

export type SolvePhase = 'loading' | 'construction' | 'search' | 'mip' | 'done';

export interface SolveProgress {
  phase: SolvePhase;
  elapsedMs: number;
  /** Objective of the best plan so far; null before the first plan. */
  incumbentCost: number | null;
  /** Lower bound when a MIP provides one (for its route pool only). */
  bound: number | null;
  /** A new best plan, when this progress event carries one. */
  plan?: Plan;
}

export interface SolveStats {
  elapsedMs: number;
  firstPlanMs: number;
  iterations: number;
  routePoolSize: number;
  mipSolves: number;
}

/** One broken rule found by the independent plan validator. */
export interface Violation {
  /** Where: an order, a shopper or the plan as a whole. */
  orderId?: string;
  shopperId?: string;
  rule:
    | 'coverage'
    | 'precedence'
    | 'capacity'
    | 'batch-size'
    | 'time-window'
    | 'ride-time'
    | 'shift'
    | 'skill'
    | 'store-hours'
    | 'timing'
    | 'cost';
  message: string;
}

export interface SolveResult {
  plan: Plan;
  stats: SolveStats;
  /** True when a stop request ended the solve early. */
  stopped: boolean;
  /** What the independent validator found in `plan`; empty when the plan is valid. */
  violations: Violation[];
}

/** The worker's API as the app sees it (comlink-wrapped, so every call is async). */
export interface SolverWorkerApi {
  /** Resolves once HiGHS is loaded; resolves with its version string. */
  ready(): Promise<string>;
  /**
   * `stopFlag` is an Int32Array over a SharedArrayBuffer when the page is
   * cross-origin isolated: the app sets element 0 to 1 to stop, and the engine
   * sees it even inside a synchronous HiGHS run. Without it, `stop()` is the
   * fallback and is only seen when the engine yields to the event loop.
   */
  solve(
    scenario: Scenario,
    options: SolveOptions,
    onProgress: (progress: SolveProgress) => void,
    stopFlag: Int32Array | null,
  ): Promise<SolveResult>;
  /** Ask the running solve to return its best plan now. */
  stop(): void;
}
