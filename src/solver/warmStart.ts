/**
 * A previous plan as the starting solution of a new solve, so that a small
 * edit gives a small change: each shopper keeps its stops in order, minus
 * what the edit made impossible (orders gone, a shopper gone, a rule
 * tightened: the tasks at the first violation are taken out until the route
 * is feasible again); whatever is left over is inserted by regret, on a large
 * fleet first among the routes that pass near it (`nearRoutes.ts`), so that a
 * rule change breaking hundreds of batches still shows its first plan soon.
 */
import type { Plan } from '../domain/plan.ts';
import { insertRegret } from './construction.ts';
import type { RoutingModel } from './model.ts';
import { nearRoutes } from './nearRoutes.ts';
import { emptySolution, feasibleSchedule, type Solution, setSchedule, unassignedTasks } from './solution.ts';

/** Routes a task left over is priced on first; fleets no larger than twice this are priced whole. */
const NEAR_ROUTES = 40;

export function warmStartSolution(model: RoutingModel, plan: Plan): Solution {
  const vehicleOf = new Map(model.vehicles.map((v, i) => [v.id, i] as const));
  const taskOf = new Map(model.tasks.map((t, i) => [t.id, i] as const));
  const solution = emptySolution(model);
  const placed = new Set<number>();
  for (const route of plan.routes) {
    const vehicle = vehicleOf.get(route.shopperId);
    if (vehicle === undefined) continue;
    const stops = route.trips.flatMap((trip) => trip.stops);
    const nodes: number[] = [];
    for (const stop of stops) {
      const t = taskOf.get(stop.orderId);
      if (t === undefined || placed.has(t)) continue;
      const task = model.tasks[t]!;
      if (stop.kind === 'pickup' && task.pickup >= 0) nodes.push(task.pickup);
      if (stop.kind === 'delivery') {
        // A task the old plan picked up elsewhere, or that now has a pickup it did not, starts over.
        const pickedHere = task.pickup < 0 || nodes.includes(task.pickup);
        if (pickedHere) {
          nodes.push(task.delivery);
          placed.add(t);
        }
      }
    }
    const complete = nodes.filter((n) => placed.has(model.nodes[n]!.task));
    setSchedule(model, solution, feasibleSchedule(model, vehicle, complete, new Set()));
  }
  const left = unassignedTasks(solution);
  const near =
    model.vehicles.length > 2 * NEAR_ROUTES ? nearRoutes(model, solution, left, NEAR_ROUTES) : null;
  insertRegret(model, solution, left, near);
  return solution;
}
