/**
 * The engine's entry point for the studio: scenario in, validated plan out,
 * with progress (and every new best plan) streamed through `onProgress`.
 * The same function runs in the worker and in Node.
 *
 * A road scenario is timed on the network in `hooks.network` (which must be
 * the one the scenario names) and its plan validated on the same roads with
 * plain Dijkstra, independently of the engine's matrix.
 */
import type { Plan, UnassignedOrder } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { SolveOptions, SolvePhase, SolveProgress, SolveResult } from '../domain/solve.ts';
import { type ActiveNetwork, roadsFor } from './activeNetwork.ts';
import { compileScenario } from './compileScenario.ts';
import { runEngine } from './engine.ts';
import type { MipSolver } from './mip/mipProblem.ts';
import { splitPinnedBatches } from './pinnedBatches.ts';
import { joinPlans, splitPinnedDays } from './pinnedDays.ts';
import { unassignedReason } from './reasons.ts';
import type { Solution } from './solution.ts';
import { toPlan } from './toPlan.ts';
import { roadTravel } from './travel/roadTravel.ts';
import { roadLegs } from './validator/roadLegs.ts';
import { validatePlan } from './validator/validatePlan.ts';
import { warmStartSolution } from './warmStart.ts';

export interface SolveHooks {
  /** Where HiGHS solves the set partitioning MIPs; null skips them. */
  mip: MipSolver | null;
  /** The loaded road network; road scenarios need it, straight-line ones ignore it. */
  network?: ActiveNetwork | null;
  onProgress?: (progress: SolveProgress) => void;
  shouldStop?: () => boolean;
  yieldNow?: () => Promise<void>;
  /** The solve's clock, in milliseconds (the budget is spent by it): `performance.now` unless given. */
  now?: () => number;
}

/**
 * Progress goes to the app at most this often, with the best plan found
 * since the last message. Sooner only: a solve's first plan (the one the
 * planner waits for), a new phase, a MIP's answer, and the best plan before
 * HiGHS takes the thread; the final plan always arrives. Each message
 * redraws the page, and the map too when it brings a plan. At 100 ms a
 * built-in day's re-solve sent 7 plans a second: where the map is drawn in
 * software (headless Chromium), the GPU process then drew all through the
 * solve and the page's frames waited for it. At 250 ms, over three edits,
 * the GPU process took 15% less CPU and the page 20% less, the solve got
 * the difference, and its plans came out 0.7% cheaper. Four a second still
 * reads as live.
 */
export const PROGRESS_EVERY_MS = 250;

export async function solveScenario(
  scenario: Scenario,
  options: SolveOptions,
  hooks: SolveHooks,
): Promise<SolveResult> {
  const roads = roadsFor(scenario, hooks.network);
  const travel = roads ? roadTravel(roads, scenario.travel.speedsKmh) : undefined;
  const { free: withoutDays, pinned } = splitPinnedDays(scenario, travel);
  const batches = splitPinnedBatches(withoutDays, travel);
  const { model, locations, rejected } = compileScenario(batches?.free ?? withoutDays, travel, {
    ...(options.warmStart ? { previous: options.warmStart } : {}),
    ...(batches ? { held: batches.held } : {}),
  });
  // Reasons are recomputed only for tasks newly left out: the set barely changes between plans.
  const reasons = new Map<number, UnassignedOrder['reason']>();
  const planOf = (solution: Solution): Plan => {
    const unassigned: UnassignedOrder[] = [...rejected];
    solution.vehicleOf.forEach((v, t) => {
      if (v >= 0) return;
      if (!reasons.has(t)) reasons.set(t, unassignedReason(model, t));
      unassigned.push({ orderId: model.tasks[t]!.id, reason: reasons.get(t)! });
    });
    const engine = batches
      ? batches.planOf(model, solution, unassigned)
      : toPlan(model, locations, solution, unassigned);
    return joinPlans(engine, pinned, scenario);
  };

  let firstPlan = true;
  let lastSentAt = -Infinity;
  let lastPhase: SolvePhase | null = null;
  /** The best solution not streamed yet (held back by the rate limit). */
  let unsent: Solution | null = null;
  const start = options.warmStart ? warmStartSolution(model, options.warmStart) : undefined;
  const result = await runEngine(
    model,
    { ...options, ...(start ? { start } : {}) },
    {
      mip: hooks.mip,
      shouldStop: hooks.shouldStop ?? (() => false),
      yieldNow: hooks.yieldNow ?? (() => Promise.resolve()),
      ...(hooks.now ? { now: hooks.now } : {}),
      onProgress: ({ best, bestCost, ...progress }) => {
        if (best) unsent = best;
        // Before HiGHS holds the thread, the best so far goes out whatever its age: a stop
        // pressed during the MIP is then answered by the app with the best plan at once.
        const due = progress.elapsedMs - lastSentAt >= PROGRESS_EVERY_MS;
        const sending = unsent && (due || firstPlan || progress.phase === 'mip') ? unsent : null;
        if (!sending && !due && !progress.mip && progress.phase === lastPhase) return;
        lastSentAt = progress.elapsedMs;
        lastPhase = progress.phase;
        if (sending) {
          firstPlan = false;
          unsent = null;
        }
        const plan = sending ? planOf(sending) : undefined;
        hooks.onProgress?.({
          ...progress,
          incumbentCost: plan ? plan.cost.total : bestCost,
          objective: bestCost,
          ...(plan ? { plan } : {}),
        });
      },
    },
  );

  const plan = planOf(result.best);
  return {
    plan,
    stats: {
      elapsedMs: result.stats.elapsedMs,
      firstPlanMs: result.stats.firstPlanMs,
      iterations: result.stats.iterations,
      routePoolSize: result.stats.routePoolSize,
      mipSolves: result.stats.mipSolves,
      lastMip: result.stats.lastMip,
    },
    stopped: result.stopped,
    violations: validatePlan(scenario, plan, roads ? roadLegs(scenario, roads) : undefined),
  };
}
