/**
 * What crosses the worker boundary: the one typed contract between the app
 * (src/state/solverClient.ts) and the solver worker (workers/solver.worker.ts).
 * Everything here must be structured-cloneable.
 */
import type { OrderExplanation } from './explanation.ts';
import type { OsmExtract } from './osm.ts';
import type { Plan, ShopperRoute } from './plan.ts';
import type { PlanUpdate } from './planStream.ts';
import type { RouteGeometry } from './routeGeometry.ts';
import type { Scenario } from './scenario.ts';
import type { ScenarioUpdate } from './scenarioStream.ts';

export interface SolveOptions {
  /** Wall-clock budget for the whole solve, seconds. */
  timeLimitSeconds: number;
  seed: number;
  /**
   * A plan of an earlier version of the scenario to start from, so that a
   * small edit gives a small change (what no longer fits is re-inserted).
   */
  warmStart?: Plan;
}

export type SolvePhase = 'loading' | 'construction' | 'search' | 'mip' | 'done';

export interface SolveProgress {
  phase: SolvePhase;
  elapsedMs: number;
  /** Objective of the best plan so far; null before the first plan. */
  incumbentCost: number | null;
  /**
   * The engine's objective for that best plan, in the terms `bound` is in:
   * the plan's cost plus plan-stability charges, without pinned days. Null
   * before the first plan.
   */
  objective: number | null;
  /** Lower bound when a MIP provides one (for its route pool only). */
  bound: number | null;
  counts: SolveCounts;
  /** Set on the event that follows a finished set partitioning MIP: what HiGHS reported. */
  mip?: MipReport;
  /** A new best plan, when this progress event carries one. */
  plan?: Plan;
}

/** How far the engine has got, counted as it goes. */
export interface SolveCounts {
  /** Ruin-and-recreate (or fleet minimisation) steps. */
  iterations: number;
  /** Distinct routes kept for set partitioning. */
  routePoolSize: number;
  /** Set partitioning MIPs HiGHS has answered. */
  mipSolves: number;
}

/** What HiGHS reported about one set partitioning MIP over the route pool. */
export interface MipReport {
  rows: number;
  columns: number;
  nonZeros: number;
  /**
   * HiGHS' model status, by its name in `highs.constants.modelStatus`
   * ('optimal', 'timeLimit', 'interrupted', …).
   */
  status: string;
  /** Objective of the best solution HiGHS had (its start at worst); null when it had none. */
  objective: number | null;
  /** HiGHS' dual bound: no choice of routes from this pool costs less. Null when it has none. */
  bound: number | null;
  /** HiGHS' relative gap between `objective` and `bound`; null when it has none. */
  gap: number | null;
  /** Branch-and-bound nodes. */
  nodes: number;
  /** Simplex iterations over every LP of the MIP. */
  lpIterations: number;
  /** HiGHS' own run time. */
  seconds: number;
  /** The last lines of HiGHS' log for this MIP. */
  log: string[];
}

export interface SolveStats extends SolveCounts {
  elapsedMs: number;
  firstPlanMs: number;
  /** The solve's last set partitioning MIP; null when none finished. */
  lastMip: MipReport | null;
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
    | 'mixed-stores'
    | 'time-window'
    | 'ride-time'
    | 'shift'
    | 'skill'
    | 'store-hours'
    /** An order given to a shopper by hand, served by another. */
    | 'assignment'
    | 'timing'
    | 'cost';
  message: string;
}

/** An order moved to a shopper by hand, before the planner accepts it. */
export interface MovePreview {
  /** The plan with the move made (the order where it costs least on that shopper's day). */
  plan: Plan;
  /** Its cost less the current plan's. */
  costDelta: number;
  /** Rules the moved plan breaks that the current one did not. */
  violations: Violation[];
}

export interface SolveResult {
  plan: Plan;
  stats: SolveStats;
  /** True when a stop request ended the solve early. */
  stopped: boolean;
  /** What the independent validator found in `plan`; empty when the plan is valid. */
  violations: Violation[];
}

/**
 * Where the worker gets a road network from: the built-in city, generated
 * from its seed, or the bytes of an `.osm.pbf` file (a sample the app ships
 * or a file the planner dropped), named as the scenario's `NetworkRef` names
 * it. Pass the bytes with `Comlink.transfer(source, [source.bytes])`: moved,
 * not copied.
 */
export type NetworkSource =
  | { kind: 'builtin-city'; seed: number }
  | { kind: 'pbf'; name: string; bytes: ArrayBuffer };

/** Which network is loaded: its source without the bytes. */
export type NetworkId = { kind: 'builtin-city'; seed: number } | { kind: 'pbf'; name: string };

export interface RoadNetworkStats {
  junctions: number;
  chains: number;
  /** Directed junction-to-junction arcs a car may drive. */
  arcs: number;
  /** Zero until contracted. */
  shortcuts: number;
}

export interface NetworkSummary {
  /** The built-in city's name, or the file's. */
  name: string;
  /** Around the roads a car may drive (the map may reach farther). */
  bounds: { south: number; west: number; north: number; east: number };
  /** Length of those roads, counting a two-way street once. */
  roadKm: number;
  /** Supermarkets, convenience stores and greengrocers on the map: the stores of a generated day. */
  groceryShops: number;
  /** Decoding or generating, building the graph and contracting it. */
  loadMs: number;
}

export interface LoadedNetwork {
  id: NetworkId;
  stats: RoadNetworkStats;
  summary: NetworkSummary;
  /**
   * The map, for the basemap and for generating a day on it
   * (`generateExtractDay`). For the built-in city it is a `GeneratedCity`,
   * with the city's names and density.
   */
  extract: OsmExtract;
}

/**
 * What drawing routes needs of a scenario: its travel and its shoppers (their
 * starts). The app sends only the shoppers of the routes it asks about, not
 * the day's orders, which on a large day took longer to copy than the answer.
 */
export type RouteDay = Pick<Scenario, 'travel' | 'shoppers'>;

/** Progress as it crosses from the worker: a new best plan as an update of the plan sent before it. */
export interface StreamedProgress extends Omit<SolveProgress, 'plan'> {
  plan?: PlanUpdate;
  /**
   * With `plan`, when the worker drew them: the streets of the routes the
   * update sends whole (the others are the plan before's). They travel with
   * the plan so that the page takes and draws both at once: asked for
   * afterwards, each incumbent crossed twice more and the map drew twice.
   */
  streets?: RouteGeometry[];
}

/** A solve's result as it crosses from the worker: its plan as an update of the last plan streamed. */
export interface StreamedResult extends Omit<SolveResult, 'plan'> {
  plan: PlanUpdate;
}

/** The slots of the signals the app shares with a running solve (see `SolverWorkerApi.solve`). */
export const SIGNAL = { stop: 0, giveWay: 1, drawing: 2 } as const;
export const SIGNAL_SLOTS = 3;
/** The longest a solve backs off for one plan the page is drawing (`drawing` raised): see `givingWay.ts`. */
export const DRAWING_BACK_OFF_MAX_MS = 150;

/** The worker's API as the app sees it (comlink-wrapped, so every call is async). */
export interface SolverWorkerApi {
  /** Resolves once HiGHS is loaded; resolves with its version string. */
  ready(): Promise<string>;
  /**
   * `signals` is an Int32Array over a SharedArrayBuffer when the page is
   * cross-origin isolated (slots in `SIGNAL`): the app sets `stop` to 1 to
   * stop, and the engine sees it even inside a synchronous HiGHS run; it
   * sets `giveWay` to 1 while the planner moves the map, and the solve
   * waits, off the CPU, until it is 0 again (`givingWay.ts`); it sets
   * `drawing` to 1 when a streamed plan arrives and back to 0 once the page
   * is idle, and the solve backs off meanwhile, for at most
   * `DRAWING_BACK_OFF_MAX_MS`. Without it,
   * `stop()` is the fallback, only seen when the engine yields to the event
   * loop, and the solve never gives way.
   *
   * Plans cross as `PlanUpdate`s (see `planStream.ts`): the first against
   * the warm start (or none), each later one, the result's too, against the
   * one before it. The result is sent only once every progress call has
   * been answered, so the app decodes them in order.
   *
   * Scenarios cross as `ScenarioUpdate`s (see `scenarioStream.ts`), here
   * and in `holdPlan`, each against the one sent to this worker before it.
   */
  solve(
    scenario: ScenarioUpdate,
    options: SolveOptions,
    onProgress: (progress: StreamedProgress) => void | Promise<void>,
    signals: Int32Array | null,
    /** The returned plan is held under this key, as by `holdPlan`: the app shows it and asks about it next. */
    holdKey: number,
    /** When set, the warm start is the plan held under this key (`options.warmStart` is then left out). */
    warmStartKey: number | null,
  ): Promise<StreamedResult>;
  /** Ask the running solve to return its best plan now. */
  stop(): void;
  /**
   * The last set partitioning MIP HiGHS answered, as a CPLEX LP file with
   * readable row and column names; null when this worker has answered none.
   */
  lastMipLp(): Promise<string | null>;
  /**
   * The held plan with `orderId` moved onto `shopperId`'s day where
   * it costs least, priced and validated, for the planner to accept or not.
   * Rejects with a message when the move makes no sense (unknown order,
   * shopper not working, already there, a plan of another scenario).
   */
  previewMove(planKey: number, orderId: string, shopperId: string): Promise<MovePreview>;
  /** Why `orderId` is where the held plan has it (or unassigned, or late): see `OrderExplanation`. */
  explainOrder(planKey: number, orderId: string): Promise<OrderExplanation>;
  /**
   * Keeps `plan` of `scenario` under `key` for the questions asked about it
   * (`previewMove`, `explainOrder`), so that it crosses to the worker and is
   * read into the engine once, not once per question. The last two plans
   * held are kept; asking about an older key rejects.
   */
  holdPlan(key: number, scenario: ScenarioUpdate, plan: Plan): void;
  /**
   * Builds the road network road scenarios travel on and keeps it for
   * `solve` and `routeGeometry`, replacing the one loaded before. Bad input
   * (not a PBF, no drivable roads) rejects with a message saying what is
   * wrong, and the network loaded before stays.
   */
  loadNetwork(source: NetworkSource): Promise<LoadedNetwork>;
  /**
   * The streets each route of `plan` drives, leg by leg, on the loaded
   * network. Derived data, kept out of the plan: the polylines are many
   * times the plan's size and only drawing needs them (a solve's streamed
   * plans bring their changed routes' beside them). Straight-line
   * scenarios get straight legs. Rejects when the scenario's network is not
   * the one loaded. The answer's buffers are transferred, not copied.
   */
  routeGeometry(day: RouteDay, routes: ShopperRoute[]): Promise<RouteGeometry[]>;
}
