/**
 * Fleet minimisation for vehicles-first objectives (SISR, Christiaens &
 * Vanden Berghe 2020, §6): take a whole route out, then ruin and recreate
 * with no new route allowed until every task fits again.
 *
 * The plain search cannot do this: with unassigned tasks priced far above a
 * vehicle, a candidate one route short is only accepted when recreate places
 * all of that route's tasks at once. Here candidates are judged by what
 * they leave out instead of by cost — fewer tasks out, or tasks that have
 * been out less often (each task's absence count grows every iteration it
 * is out) — so the search can wander among "one route short, a few tasks
 * out" solutions while the hard-to-place tasks are steered back in first.
 */
import type { Random } from '../../domain/random.ts';
import { insertInOrder } from '../construction.ts';
import type { RoutingModel } from '../model.ts';
import { copySolution, removeTasks, type Solution, unassignedTasks } from '../solution.ts';
import { recreateOrder } from './recreateOrder.ts';
import { selectSmallRoute } from './routeRemoval.ts';
import { selectStrings } from './stringRemoval.ts';

const BLINK_RATE = 0.01;

export class FleetMinimisation {
  private readonly absences: Int32Array;
  /** The solution being repaired: one route fewer than the best complete one, some tasks out. */
  private current: Solution | null = null;
  private currentOut: number[] = [];
  private target = 0;

  constructor(
    private readonly model: RoutingModel,
    private readonly neighbours: readonly Int32Array[],
    private readonly random: Random,
  ) {
    this.absences = new Int32Array(model.tasks.length);
  }

  /**
   * One ruin-and-recreate step. Returns a solution that serves as many tasks
   * as `complete` (the best solution so far) with fewer vehicles when this
   * step found one, else null.
   */
  step(complete: Solution): Solution | null {
    const { model, random } = this;
    // With one route left there is nothing to merge it into.
    if (complete.routes.filter((r) => r.nodes.length > 0).length <= 1) return null;
    if (!this.current) this.restartFrom(complete);
    const current = this.current!;
    const candidate = copySolution(current);
    // Strings from the routes around a task that is out make room where it needs it.
    const around = random.pick(this.currentOut);
    const removed = removeTasks(
      model,
      candidate,
      selectStrings(model, candidate, this.neighbours, random, around),
    );
    const pending = [...new Set([...this.currentOut, ...removed])];
    insertInOrder(model, candidate, recreateOrder(model, pending, random), BLINK_RATE, random.next, false);
    const out = unassignedTasks(candidate);
    for (const t of out) this.absences[t]!++;
    if (out.length <= this.target) {
      this.current = null;
      return candidate;
    }
    if (out.length < this.currentOut.length || this.absenceOf(out) < this.absenceOf(this.currentOut)) {
      this.current = candidate;
      this.currentOut = out;
    }
    return null;
  }

  /** Takes one of the smallest routes out of a complete solution; its tasks become the ones to place. */
  private restartFrom(complete: Solution): void {
    // Tasks no route could take stay out: done is as many out as before.
    this.target = unassignedTasks(complete).length;
    const current = copySolution(complete);
    removeTasks(this.model, current, selectSmallRoute(this.model, current, this.random));
    this.current = current;
    this.currentOut = unassignedTasks(current);
  }

  private absenceOf(tasks: readonly number[]): number {
    let sum = 0;
    for (const t of tasks) sum += this.absences[t]!;
    return sum;
  }
}
