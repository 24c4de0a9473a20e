/**
 * Brute force for the insertion tests: what the fast insertion must agree
 * with, found by simulating every place.
 */
import { insertRegret } from '../construction.ts';
import { applyInsertion } from '../insertion.ts';
import type { RoutingModel } from '../model.ts';
import { type RouteSchedule, simulateRoute } from '../routeSchedule.ts';
import { emptySolution, type Solution } from '../solution.ts';

/** The route with the task put at every position (pair) in turn, each fully simulated. */
export function everyPlacement(model: RoutingModel, route: RouteSchedule, task: number): RouteSchedule[] {
  const lone = model.tasks[task]!.pickup < 0;
  const placed: RouteSchedule[] = [];
  for (let i = 0; i <= route.nodes.length; i++) {
    for (let j = i; j <= (lone ? i : route.nodes.length); j++) {
      const nodes = applyInsertion(model, route.nodes, task, { delta: 0, pickupAt: i, deliveryAt: j });
      placed.push(simulateRoute(model, route.vehicle, nodes));
    }
  }
  return placed;
}

/** Routes built by regret from every task but one (`held`, modulo the task count), and that one. */
export function routesWithoutOne(model: RoutingModel, held: number): { solution: Solution; heldOut: number } {
  const tasks = model.tasks.map((_, t) => t);
  const heldOut = tasks[held % tasks.length]!;
  const solution = emptySolution(model);
  insertRegret(
    model,
    solution,
    tasks.filter((t) => t !== heldOut),
  );
  return { solution, heldOut };
}
