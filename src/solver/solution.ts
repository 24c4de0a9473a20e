/**
 * A solution: one route per vehicle (possibly empty) and the tasks left out.
 * Route schedules are treated as immutable — a change replaces the route —
 * so copying a solution is copying two small arrays.
 */
import type { RoutingModel } from './model.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';

export interface Solution {
  routes: RouteSchedule[];
  /** Vehicle serving each task, -1 when unassigned. */
  vehicleOf: Int32Array;
  cost: number;
}

export function emptySolution(model: RoutingModel): Solution {
  const routes = model.vehicles.map((_, v) => simulateRoute(model, v, []));
  const vehicleOf = new Int32Array(model.tasks.length).fill(-1);
  return { routes, vehicleOf, cost: unassignedCost(model, vehicleOf) };
}

export function copySolution(s: Solution): Solution {
  return { routes: [...s.routes], vehicleOf: s.vehicleOf.slice(), cost: s.cost };
}

/** Replaces one vehicle's route, keeping the task index and the cost in step. */
export function setRoute(model: RoutingModel, s: Solution, vehicle: number, nodes: readonly number[]): void {
  setSchedule(model, s, simulateRoute(model, vehicle, nodes));
}

/**
 * Installs an already simulated route. The cost is updated by difference —
 * the old route and the penalties of its tasks out, the new ones in — since
 * this runs on every insertion and a full recount would touch every task.
 */
export function setSchedule(model: RoutingModel, s: Solution, next: RouteSchedule): void {
  const old = s.routes[next.vehicle]!;
  let cost = s.cost - old.cost + next.cost;
  // Every task has exactly one delivery node (a pickup is optional): it stands for the task.
  // A move between two routes installs them one after the other, so a task
  // may already belong to the other route: only this route's tasks are let go.
  for (const n of old.nodes) {
    const node = model.nodes[n]!;
    if (node.isPickup || s.vehicleOf[node.task] !== next.vehicle) continue;
    s.vehicleOf[node.task] = -1;
    cost += model.tasks[node.task]!.penalty;
  }
  for (const n of next.nodes) {
    const node = model.nodes[n]!;
    if (node.isPickup) continue;
    if (s.vehicleOf[node.task]! < 0) cost -= model.tasks[node.task]!.penalty;
    s.vehicleOf[node.task] = next.vehicle;
  }
  s.routes[next.vehicle] = next;
  s.cost = cost;
}

/** A route's tasks in the order of their delivery nodes (every task has exactly one). */
export function routeTasks(model: RoutingModel, route: RouteSchedule): number[] {
  const tasks: number[] = [];
  for (const n of route.nodes) if (!model.nodes[n]!.isPickup) tasks.push(model.nodes[n]!.task);
  return tasks;
}

export function unassignedTasks(s: Solution): number[] {
  const out: number[] = [];
  s.vehicleOf.forEach((v, t) => {
    if (v < 0) out.push(t);
  });
  return out;
}

function unassignedCost(model: RoutingModel, vehicleOf: Int32Array): number {
  let cost = 0;
  vehicleOf.forEach((v, t) => {
    if (v < 0) cost += model.tasks[t]!.penalty;
  });
  return cost;
}

/**
 * Removes tasks from whatever routes hold them. Removing work can make a
 * route infeasible: with earlier arrivals a later order may be picked sooner
 * and then ride too long while its window is still closed. Such orders are
 * removed too (recreate puts them back), so every route stays feasible.
 * Returns every task removed.
 */
export function removeTasks(model: RoutingModel, s: Solution, tasks: readonly number[]): number[] {
  const byVehicle = new Map<number, Set<number>>();
  for (const t of tasks) {
    const v = s.vehicleOf[t]!;
    if (v < 0) continue;
    const set = byVehicle.get(v) ?? new Set<number>();
    byVehicle.set(v, set);
    set.add(t);
  }
  const removedAll: number[] = [];
  for (const [v, removed] of byVehicle) {
    const kept = s.routes[v]!.nodes.filter((n) => !removed.has(model.nodes[n]!.task));
    setSchedule(model, s, feasibleSchedule(model, v, kept, removed));
    removedAll.push(...removed);
  }
  return removedAll;
}

/**
 * The vehicle's route over `nodes`, with the tasks that make it infeasible
 * taken out one at a time (each the task at the first violation), added to
 * `dropped`.
 */
export function feasibleSchedule(
  model: RoutingModel,
  vehicle: number,
  nodes: readonly number[],
  dropped: Set<number>,
): RouteSchedule {
  let kept = nodes;
  let schedule = simulateRoute(model, vehicle, kept);
  while (schedule.violation) {
    const culprit = model.nodes[kept[Math.min(schedule.violation.position, kept.length - 1)]!]!.task;
    dropped.add(culprit);
    kept = kept.filter((n) => model.nodes[n]!.task !== culprit);
    schedule = simulateRoute(model, vehicle, kept);
  }
  return schedule;
}
