/**
 * Ruin by string removal (Christiaens & Vanden Berghe, SISR): around a random
 * seed task, remove a run of consecutive tasks from each of a few nearby
 * routes. Removing strings, not scattered tasks, frees contiguous stretches of
 * a shopper's day, which is what lets recreate build different batches.
 */
import type { Random } from '../../domain/random.ts';
import type { RoutingModel } from '../model.ts';
import { routeTasks, type Solution } from '../solution.ts';

/** Average number of tasks removed (SISR's c̄). */
const AVERAGE_REMOVED = 10;
/** Longest string, in tasks (SISR's L_max). */
const MAX_STRING_LENGTH = 10;

/** The tasks to remove; the solution itself is not changed. */
export function selectStrings(
  model: RoutingModel,
  s: Solution,
  neighbours: readonly Int32Array[],
  random: Random,
  /** The task the strings are taken around (default: a random assigned one); need not be assigned itself. */
  around?: number,
): number[] {
  const assigned: number[] = [];
  s.vehicleOf.forEach((v, t) => {
    if (v >= 0) assigned.push(t);
  });
  if (assigned.length === 0) return [];

  const used = s.routes.reduce((n, r) => n + (r.nodes.length > 0 ? 1 : 0), 0);
  const meanTasks = assigned.length / Math.max(1, used);
  const maxLength = Math.max(1, Math.min(MAX_STRING_LENGTH, meanTasks));
  const maxStrings = Math.max(1, (4 * AVERAGE_REMOVED) / (1 + maxLength) - 1);
  const strings = Math.floor(random.uniform(1, maxStrings + 1));

  const seed = around ?? random.pick(assigned);
  const removed: number[] = [];
  const ruined = new Set<number>();
  for (const candidate of [seed, ...neighbours[seed]!]) {
    if (ruined.size >= strings) break;
    const v = s.vehicleOf[candidate]!;
    if (v < 0 || ruined.has(v)) continue;
    ruined.add(v);
    const tasks = routeTasks(model, s.routes[v]!);
    const length = Math.floor(random.uniform(1, Math.min(tasks.length, maxLength) + 1));
    const at = tasks.indexOf(candidate);
    // A window of `length` tasks that contains the candidate, at a random offset.
    const first = Math.max(0, Math.min(at - random.int(0, length - 1), tasks.length - length));
    removed.push(...tasks.slice(first, first + length));
  }
  return removed;
}
