import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestPlacer } from './cheapestPlace.ts';
import { insertRegret } from './construction.ts';
import { applyInsertion } from './insertion.ts';
import type { RoutingModel } from './model.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';
import { emptySolution, unassignedTasks } from './solution.ts';
import { randomModel } from './testing/randomModel.ts';

/** Brute force: every pair of positions simulated; the cheapest keeping every rule, else the cheapest of all. */
function cheapestBySimulation(
  model: RoutingModel,
  route: RouteSchedule,
  task: number,
): { cost: number; feasible: boolean } {
  const lone = model.tasks[task]!.pickup < 0;
  let feasible = Infinity;
  let any = Infinity;
  for (let i = 0; i <= route.nodes.length; i++) {
    for (let j = i; j <= (lone ? i : route.nodes.length); j++) {
      const simulated = simulateRoute(
        model,
        route.vehicle,
        applyInsertion(model, route.nodes, task, { delta: 0, pickupAt: i, deliveryAt: j }),
      );
      any = Math.min(any, simulated.cost);
      if (!simulated.violation) feasible = Math.min(feasible, simulated.cost);
    }
  }
  return feasible < Infinity ? { cost: feasible, feasible: true } : { cost: any, feasible: false };
}

describe('cheapestPlacer', () => {
  it('finds the cheapest place keeping every rule, or the cheapest of all, as trying every pair of positions does', () => {
    fc.assert(
      fc.property(randomModel, fc.nat({ max: 8 }), (model, held) => {
        const tasks = model.tasks.map((_, t) => t);
        const heldOut = tasks[held % tasks.length]!;
        const solution = emptySolution(model);
        insertRegret(
          model,
          solution,
          tasks.filter((t) => t !== heldOut),
        );
        const place = cheapestPlacer(model);
        for (const task of new Set([heldOut, ...unassignedTasks(solution)])) {
          for (const route of solution.routes) {
            const placed = simulateRoute(model, route.vehicle, place(route, task));
            const expected = cheapestBySimulation(model, route, task);
            expect(placed.violation === null).toBe(expected.feasible);
            expect(placed.cost).toBeCloseTo(expected.cost, 5);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
