/**
 * The anytime engine over a routing model:
 * 1. cheapest insertion in window order gives a first plan at once, regret
 *    insertion a better one to start the search from;
 * 2. ruin-and-recreate (string removals, blinking insertion) under simulated
 *    annealing improves it, each candidate polished by granular local search
 *    where segment concatenation prices moves exactly (benchmark-like
 *    models); every new route goes into a pool;
 * 3. HiGHS recombines the pool by set partitioning a few times during the
 *    search (short limits; the search continues from the recombined
 *    solution) and once more at the end of the budget.
 * It yields to the event loop every few milliseconds so that a stop request
 * (and, in the worker, progress messages) gets through.
 */
import { createRandom, type Random } from '../domain/random.ts';
import type { MipReport, SolveCounts, SolvePhase } from '../domain/solve.ts';
import { insertInOrder, insertRegret } from './construction.ts';
import type { MipAnswer, MipSolver } from './mip/mipProblem.ts';
import { untilStopped } from './mip/untilStopped.ts';
import type { RoutingModel } from './model.ts';
import { type PoolRoute, RoutePool } from './routePool.ts';
import { FleetMinimisation } from './search/fleetMinimisation.ts';
import { LocalSearch, localSearchApplies } from './search/localSearch/localSearch.ts';
import { taskNeighbours } from './search/neighbours.ts';
import { recreateOrder } from './search/recreateOrder.ts';
import { selectSmallRoute } from './search/routeRemoval.ts';
import { selectStrings } from './search/stringRemoval.ts';
import { chosenRoutes, setPartitioningProblem } from './setPartitioning.ts';
import {
  copySolution,
  emptySolution,
  removeTasks,
  type Solution,
  setRoute,
  unassignedTasks,
} from './solution.ts';
import { vehicleClasses } from './vehicleClasses.ts';

export interface EngineOptions {
  timeLimitSeconds: number;
  seed: number;
  /** Where to start instead of regret construction (a warm start); never returned worse. */
  start?: Solution;
}

export interface EngineProgress {
  phase: SolvePhase;
  elapsedMs: number;
  /** Set when the event carries a new best solution. */
  best?: Solution;
  bestCost: number | null;
  bound: number | null;
  counts: SolveCounts;
  /** Set on the event that follows a finished MIP. */
  mip?: MipReport;
}

export interface EngineHooks {
  /** Where set partitioning MIPs are solved (HiGHS); without one the step is skipped. */
  mip: MipSolver | null;
  shouldStop: () => boolean;
  yieldNow: () => Promise<void>;
  onProgress?: (progress: EngineProgress) => void;
  now?: () => number;
}

export interface EngineStats {
  elapsedMs: number;
  firstPlanMs: number;
  iterations: number;
  routePoolSize: number;
  mipSolves: number;
  /** Lower bound of the last set partitioning MIP (for its pool only). */
  poolBound: number | null;
  lastMip: MipReport | null;
}

export interface EngineResult {
  best: Solution;
  stopped: boolean;
  stats: EngineStats;
}

const YIELD_EVERY_MS = 15;
/** Progress goes out at least this often while the search runs, so that its counts stay live. */
const REPORT_EVERY_MS = 250;
/** What `recombine` answers when a stop request arrived before the MIP did. */
const STOPPED = Symbol('stopped');
const NEIGHBOURS = 30;
/** Related stops each stop is tried against in local search (granular neighbourhood). */
const GRANULARITY = 20;
const BLINK_RATE = 0.01;
/** When vehicles carry a fixed cost: share of iterations that try to empty a small route. */
const ROUTE_REMOVAL_RATE = 0.1;
/**
 * Vehicles-first models: fleet minimisation runs first, for at most this
 * share of the search, and stops earlier once it has found nothing for
 * `FLEET_PATIENCE` of it; annealing on cost gets the rest.
 */
const FLEET_SHARE = 0.5;
const FLEET_PATIENCE = 0.15;
/** Annealing temperatures, as fractions of the mean cost per task. */
const START_TEMPERATURE = 0.05;
const END_TEMPERATURE = 0.0005;
/** Share of the budget kept for the final set partitioning. */
const MIP_SHARE = 0.2;
const MIP_MAX_SECONDS = 2;
/** Set partitioning solves during the search, evenly spaced, but never closer than this. */
const PERIODIC_MIPS = 3;
const PERIODIC_MIP_MIN_GAP_MS = 1000;
/** Limit of each periodic solve, as a share of the budget (and at most a quarter second). */
const PERIODIC_MIP_SHARE = 0.05;
const PERIODIC_MIP_MAX_SECONDS = 0.25;

export async function runEngine(
  model: RoutingModel,
  options: EngineOptions,
  hooks: EngineHooks,
): Promise<EngineResult> {
  const now = hooks.now ?? (() => performance.now());
  const t0 = now();
  const elapsed = () => now() - t0;
  const budgetMs = options.timeLimitSeconds * 1000;
  const random = createRandom(options.seed);
  const pool = new RoutePool((node) => model.nodes[node]!.task, vehicleClasses(model));
  const stats: EngineStats = {
    elapsedMs: 0,
    firstPlanMs: 0,
    iterations: 0,
    routePoolSize: 0,
    mipSolves: 0,
    poolBound: null,
    lastMip: null,
  };
  let incumbent: Solution | null = null;
  let reportedAt = 0;
  const report = (phase: SolvePhase, best?: Solution, mip?: MipReport) => {
    reportedAt = elapsed();
    hooks.onProgress?.({
      phase,
      elapsedMs: reportedAt,
      ...(best ? { best } : {}),
      bestCost: incumbent?.cost ?? null,
      bound: stats.poolBound,
      counts: { iterations: stats.iterations, routePoolSize: pool.size, mipSolves: stats.mipSolves },
      ...(mip ? { mip } : {}),
    });
  };

  report('construction');
  // Something to show at once: the warm start, or each task at its cheapest place in the order windows open.
  incumbent = options.start ? copySolution(options.start) : quickConstruction(model, random);
  for (const r of incumbent.routes) pool.add(r);
  stats.firstPlanMs = elapsed();
  report('construction', incumbent);
  if (!options.start && !hooks.shouldStop()) {
    // Regret insertion is slower but usually better: the search starts from whichever wins.
    const regret = emptySolution(model);
    insertRegret(
      model,
      regret,
      model.tasks.map((_, t) => t),
    );
    for (const r of regret.routes) pool.add(r);
    if (regret.cost < incumbent.cost - 1e-9) {
      incumbent = regret;
      report('construction', incumbent);
    }
  }

  let stopped = hooks.shouldStop();
  const mipMs = hooks.mip ? Math.min(MIP_MAX_SECONDS * 1000, budgetMs * MIP_SHARE) : 0;
  const searchUntil = budgetMs - mipMs;
  if (!stopped && model.tasks.length > 0 && elapsed() < searchUntil) {
    stopped = await search(searchUntil);
  }
  if (!stopped && hooks.mip && pool.size > 0) {
    await hooks.yieldNow();
    stopped = hooks.shouldStop();
    if (!stopped)
      stopped = (await recombine(hooks.mip, Math.max(0.05, (budgetMs - elapsed()) / 1000))) === STOPPED;
  }
  stats.elapsedMs = elapsed();
  stats.routePoolSize = pool.size;
  report('done');
  return { best: incumbent, stopped: stopped || hooks.shouldStop(), stats };

  async function search(untilMs: number): Promise<boolean> {
    const neighbours = taskNeighbours(model, NEIGHBOURS);
    const localSearch = localSearchApplies(model) ? new LocalSearch(model, neighbours, GRANULARITY) : null;
    if (localSearch) {
      const improved = copySolution(incumbent!);
      localSearch.run(improved, random, null);
      if (improved.cost < incumbent!.cost - 1e-9) {
        incumbent = improved;
        report('search', incumbent);
      }
    }
    // Temperatures in cost units, scaled to what serving one task typically costs
    // (fixed vehicle costs and penalties left out: they are not what a move trades).
    const variableCost = incumbent!.routes.reduce(
      (sum, r) => sum + (r.nodes.length > 0 ? r.cost - model.vehicles[r.vehicle]!.fixedCost : 0),
      0,
    );
    const perTask = variableCost / Math.max(1, model.tasks.length);
    const t0Temp = START_TEMPERATURE * perTask;
    const tfTemp = END_TEMPERATURE * perTask;
    const fleetCosted = model.vehicles.some((v) => v.fixedCost > 0);
    const searchStart = elapsed();
    const mipGap = Math.max(PERIODIC_MIP_MIN_GAP_MS, (untilMs - searchStart) / (PERIODIC_MIPS + 1));
    const mipSeconds = Math.min(PERIODIC_MIP_MAX_SECONDS, (PERIODIC_MIP_SHARE * budgetMs) / 1000);
    let nextMip = searchStart + mipGap;
    // Measured on pickup-and-delivery (Li & Lim lr203: 33% above the record with it, at the record
    // without): there the annealing empties routes by itself, and better.
    const loneDeliveries = model.tasks.every((t) => t.pickup < 0);
    let fleet =
      model.vehiclesFirst && loneDeliveries ? new FleetMinimisation(model, neighbours, random) : null;
    const fleetUntil = searchStart + FLEET_SHARE * (untilMs - searchStart);
    const fleetPatience = FLEET_PATIENCE * (untilMs - searchStart);
    let fleetFound = searchStart;
    let annealStart = searchStart;
    let current = incumbent!;
    let nextYield = elapsed() + YIELD_EVERY_MS;
    while (true) {
      const time = elapsed();
      if (time >= untilMs) return false;
      if (time >= nextYield) {
        await hooks.yieldNow();
        if (hooks.shouldStop()) return true;
        if (time - reportedAt >= REPORT_EVERY_MS) report('search');
        nextYield = elapsed() + YIELD_EVERY_MS;
      }
      if (hooks.mip && time >= nextMip && untilMs - time > mipGap / 2) {
        const recombined = await recombine(hooks.mip, mipSeconds);
        if (recombined === STOPPED || hooks.shouldStop()) return true;
        if (recombined) current = incumbent!;
        report('search');
        nextMip = elapsed() + mipGap;
        continue;
      }
      if (fleet && time < fleetUntil && time - fleetFound < fleetPatience) {
        stats.iterations++;
        const fewer = fleet.step(incumbent!);
        if (fewer) {
          fleetFound = time;
          localSearch?.run(fewer, random, null);
          for (const r of fewer.routes) if (r.nodes.length > 0) pool.add(r);
          incumbent = fewer;
          current = fewer;
          report('search', incumbent);
        }
        continue;
      }
      if (fleet) {
        // Fleet minimisation is over: the annealing starts from its best, hot.
        fleet = null;
        current = incumbent!;
        annealStart = time;
      }
      const progress = (time - annealStart) / Math.max(1, untilMs - annealStart);
      const temperature = t0Temp * (tfTemp / t0Temp) ** progress;

      const candidate = copySolution(current);
      const removed =
        fleetCosted && random.chance(ROUTE_REMOVAL_RATE)
          ? selectSmallRoute(model, candidate, random)
          : selectStrings(model, candidate, neighbours, random);
      removeTasks(model, candidate, removed);
      insertInOrder(
        model,
        candidate,
        recreateOrder(model, unassignedTasks(candidate), random),
        BLINK_RATE,
        random.next,
      );
      if (localSearch) {
        const changed: number[] = [];
        candidate.routes.forEach((r, v) => {
          if (r !== current.routes[v]) changed.push(v);
        });
        localSearch.run(candidate, random, changed);
      }
      stats.iterations++;
      candidate.routes.forEach((r, v) => {
        if (r !== current.routes[v]) pool.add(r);
      });
      if (candidate.cost < current.cost - temperature * Math.log(random.next())) current = candidate;
      if (candidate.cost < incumbent!.cost - 1e-9) {
        incumbent = candidate;
        report('search', incumbent);
      }
    }
  }

  /**
   * Solves set partitioning over the pool; true when it found a better
   * solution (now the incumbent), STOPPED when a stop request came first.
   */
  async function recombine(mip: MipSolver, seconds: number): Promise<boolean | typeof STOPPED> {
    report('mip');
    const best = incumbent!;
    const start = best.routes
      .filter((r) => r.nodes.length > 0)
      .map((r) => {
        const column = pool.add(r);
        if (!column) throw new Error(`incumbent route of vehicle ${r.vehicle} is infeasible`);
        return column;
      });
    const routes = pool.all();
    const run = mip.solve(setPartitioningProblem(model, routes, start, seconds), hooks.shouldStop);
    const answer = await untilStopped(run.answer, hooks.shouldStop);
    if (!answer) {
      run.cancel();
      return STOPPED;
    }
    stats.mipSolves++;
    stats.poolBound = answer.report.bound;
    stats.lastMip = answer.report;
    const recombined = recombinedSolution(routes, answer);
    const better = recombined && recombined.cost < best.cost - 1e-9 ? recombined : null;
    if (better) incumbent = better;
    report('mip', better ?? undefined, answer.report);
    return better !== null;
  }

  /** The solution of the pool routes HiGHS chose; null when it found none. */
  function recombinedSolution(routes: readonly PoolRoute[], answer: MipAnswer): Solution | null {
    const chosen = chosenRoutes(routes, answer);
    if (!chosen) return null;
    const recombined = emptySolution(model);
    for (const [vehicle, r] of assignVehicles(model, chosen)) setRoute(model, recombined, vehicle, r.nodes);
    return recombined;
  }
}

function quickConstruction(model: RoutingModel, random: Random): Solution {
  const solution = emptySolution(model);
  const opening = (t: number) => model.nodes[model.tasks[t]!.delivery]!.earliest;
  const tasks = model.tasks.map((_, t) => t).sort((a, b) => opening(a) - opening(b));
  insertInOrder(model, solution, tasks, 0, random.next);
  return solution;
}

/**
 * Gives each chosen pool route a vehicle of its class: the one it was found
 * on when that is free (so an unchanged route keeps its shopper), else
 * another of the class. The MIP allows no more routes per class than it has
 * vehicles, so there always is one.
 */
function assignVehicles(model: RoutingModel, routes: readonly PoolRoute[]): Map<number, PoolRoute> {
  const classOf = vehicleClasses(model);
  const taken = new Map<number, PoolRoute>();
  const later: PoolRoute[] = [];
  for (const r of routes) {
    if (taken.has(r.vehicle)) later.push(r);
    else taken.set(r.vehicle, r);
  }
  for (const r of later) {
    const free = model.vehicles.findIndex((_, v) => classOf[v] === r.vehicleClass && !taken.has(v));
    if (free < 0) throw new Error(`no free vehicle of class ${r.vehicleClass} for a recombined route`);
    taken.set(free, r);
  }
  return taken;
}
