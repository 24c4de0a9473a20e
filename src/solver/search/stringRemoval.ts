/**
 * Ruin by string removal (Christiaens & Vanden Berghe, SISR): around a random
 * seed task, remove a run of consecutive tasks from each of a few nearby
 * routes. Removing strings, not scattered tasks, frees contiguous stretches of
 * a shopper's day, which is what lets recreate build different batches.
 */
import type { Random } from '../../domain/random.ts';
import type { RoutingModel } from '../model.ts';
import type { Solution } from '../solution.ts';

export interface StringRemovalSettings {
  /** Average number of tasks removed (c̄). */
  averageRemoved: number;
  /** Longest string, in tasks (L_max). */
  maxStringLength: number;
}

export const DEFAULT_STRING_REMOVAL: StringRemovalSettings = { averageRemoved: 10, maxStringLength: 10 };

/** The tasks to remove; the solution itself is not changed. */
export function selectStrings(
  model: RoutingModel,
  s: Solution,
  neighbours: readonly Int32Array[],
  random: Random,
  settings: StringRemovalSettings = DEFAULT_STRING_REMOVAL,
): number[] {
  const assigned: number[] = [];
  s.vehicleOf.forEach((v, t) => {
    if (v >= 0) assigned.push(t);
  });
  if (assigned.length === 0) return [];

  // Tasks in the order of their delivery nodes (each task has exactly one).
  const routeTasks = (v: number) =>
    s.routes[v]!.nodes.filter((n) => !model.nodes[n]!.isPickup).map((n) => model.nodes[n]!.task);
  const used = s.routes.filter((r) => r.nodes.length > 0);
  const meanTasks = used.reduce((sum, r) => sum + routeTasks(r.vehicle).length, 0) / Math.max(1, used.length);
  const maxLength = Math.max(1, Math.min(settings.maxStringLength, meanTasks));
  const maxStrings = Math.max(1, (4 * settings.averageRemoved) / (1 + maxLength) - 1);
  const strings = Math.floor(random.uniform(1, maxStrings + 1));

  const seed = random.pick(assigned);
  const removed: number[] = [];
  const ruined = new Set<number>();
  for (const candidate of [seed, ...neighbours[seed]!]) {
    if (ruined.size >= strings) break;
    const v = s.vehicleOf[candidate]!;
    if (v < 0 || ruined.has(v)) continue;
    ruined.add(v);
    const tasks = routeTasks(v);
    const length = Math.floor(random.uniform(1, Math.min(tasks.length, maxLength) + 1));
    const at = tasks.indexOf(candidate);
    // A window of `length` tasks that contains the candidate, at a random offset.
    const first = Math.max(0, Math.min(at - random.int(0, length - 1), tasks.length - length));
    removed.push(...tasks.slice(first, first + length));
  }
  return removed;
}
