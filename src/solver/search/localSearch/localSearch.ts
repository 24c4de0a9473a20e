/**
 * Granular local search (Toth & Vigo): for every stop, try each operator
 * against the places next to its k nearest related stops, and apply the
 * first move that lowers the cost, until no move does. Moves are priced by
 * segment concatenation in O(1); only applying one re-simulates its routes.
 *
 * Like PyVRP, a pair (u, v) is re-tested only when one of their routes has
 * changed since u was last tested, so a pass after a small change is cheap.
 */
import type { Random } from '../../../domain/random.ts';
import type { RoutingModel } from '../../model.ts';
import type { Solution } from '../../solution.ts';
import { candidateVehicles } from '../../vehicleClasses.ts';
import { exchange } from './exchange.ts';
import { MoveContext } from './moveContext.ts';
import type { MoveOperator } from './operator.ts';
import { twoOptStar } from './twoOptStar.ts';

const IMPROVEMENT = 1e-7;

/** Relocate, or-opt, string swaps and 2-opt*, tried in this order for each place. */
export const LOCAL_SEARCH_OPERATORS: readonly MoveOperator[] = [
  exchange(1, 0),
  exchange(2, 0),
  exchange(3, 0),
  exchange(1, 1),
  exchange(2, 1),
  exchange(2, 2),
  twoOptStar,
];

/**
 * Segment concatenation prices a route exactly when its cost is distance and
 * fixed cost only (no paid time: the segments' duration may differ from the
 * schedule's waiting), every window is hard, rides are unlimited, no task
 * needs a skill, no plan stability is asked and all vehicles drive the same profile — the classic
 * benchmarks. And only for lone deliveries (VRPTW): on pickup-and-delivery
 * models only 2-opt* could run (single stops cannot move without their
 * partners), and measured on Li & Lim it trapped the search (lr203: 33% above
 * the record with it, at the record without).
 */
export function localSearchApplies(model: RoutingModel): boolean {
  return (
    model.reassignmentCost === 0 &&
    model.vehicles.every((v) => v.costPerSecond === 0 && v.profile === 0) &&
    model.nodes.every((n) => n.due === Infinity) &&
    model.tasks.every((t) => t.pickup < 0 && t.maxRide === Infinity && t.skills === 0)
  );
}

export interface LocalSearchStats {
  moves: number;
  evaluations: number;
}

export class LocalSearch {
  private readonly ctx: MoveContext;
  private readonly operators: readonly MoveOperator[];
  /** Related stops of each node (empty for nodes the search does not move). */
  private readonly neighbours: Int32Array[];
  private readonly nodes: number[];
  /** Move count when each route last changed / each node was last tested. */
  private readonly routeChanged: Int32Array;
  private readonly nodeTested: Int32Array;
  private moveCount = 0;
  readonly stats: LocalSearchStats = { moves: 0, evaluations: 0 };

  /** `taskNeighbours`: the related tasks of each task (`neighbours.ts`), nearest first. */
  constructor(model: RoutingModel, taskNeighbours: readonly Int32Array[], granularity: number) {
    this.ctx = new MoveContext(model);
    this.operators = LOCAL_SEARCH_OPERATORS;
    this.neighbours = model.nodes.map((node) =>
      Int32Array.from(taskNeighbours[node.task]!.slice(0, granularity), (t) => model.tasks[t]!.delivery),
    );
    this.nodes = model.nodes.map((_, n) => n);
    this.routeChanged = new Int32Array(model.vehicles.length);
    this.nodeTested = new Int32Array(model.nodes.length);
  }

  /**
   * Improves the solution in place until no operator finds a better
   * neighbour. With `changed`, only moves that involve one of those
   * vehicles' routes are tried at first (the rest was a local optimum).
   */
  run(solution: Solution, random: Random, changed: readonly number[] | null): void {
    const ctx = this.ctx;
    ctx.attach(solution);
    this.moveCount = 1;
    this.nodeTested.fill(0);
    if (changed) {
      this.routeChanged.fill(0);
      for (const v of changed) this.routeChanged[v] = 1;
    } else this.routeChanged.fill(1);

    let improved = true;
    while (improved) {
      improved = false;
      const empty = candidateVehicles(ctx.model, solution.routes).filter(
        (v) => solution.routes[v]!.nodes.length === 0,
      );
      for (const u of random.shuffle(this.nodes)) {
        if (ctx.routeOf[u]! < 0) continue;
        const tested = this.nodeTested[u]!;
        this.nodeTested[u] = this.moveCount;
        if (this.improveNode(u, tested, empty)) improved = true;
      }
    }
  }

  /** Tries u against its neighbourhood; true when a move was applied. */
  private improveNode(u: number, tested: number, empty: readonly number[]): boolean {
    const ctx = this.ctx;
    for (const v of this.neighbours[u]!) {
      const to = ctx.routeOf[v]!;
      if (to < 0) continue;
      const from = ctx.routeOf[u]!;
      if (this.routeChanged[from]! <= tested && this.routeChanged[to]! <= tested) continue;
      const j = ctx.posOf[v]!;
      if (this.tryPlace(u, to, j)) return true;
      // Before v's route's first stop: right after its start.
      if (j === 0 && this.tryPlace(u, to, -1)) return true;
    }
    for (const v of empty) if (this.tryPlace(u, v, -1)) return true;
    return false;
  }

  private tryPlace(u: number, to: number, j: number): boolean {
    const ctx = this.ctx;
    for (const op of this.operators) {
      this.stats.evaluations++;
      if (op.evaluate(ctx, u, to, j) < -IMPROVEMENT) {
        const from = ctx.routeOf[u]!;
        op.apply(ctx, u, to, j);
        this.moveCount++;
        this.stats.moves++;
        this.routeChanged[from] = this.moveCount;
        this.routeChanged[to] = this.moveCount;
        return true;
      }
    }
    return false;
  }
}
