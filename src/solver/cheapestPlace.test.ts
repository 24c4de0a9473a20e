import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestPlacer } from './cheapestPlace.ts';
import type { RoutingModel } from './model.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';
import { unassignedTasks } from './solution.ts';
import { everyPlacement, routesWithoutOne } from './testing/bruteForce.ts';
import { randomModel } from './testing/randomModel.ts';

/** Brute force: every pair of positions simulated; the cheapest keeping every rule, else the cheapest of all. */
function cheapestBySimulation(
  model: RoutingModel,
  route: RouteSchedule,
  task: number,
): { cost: number; feasible: boolean } {
  const placed = everyPlacement(model, route, task);
  const feasible = Math.min(...placed.filter((p) => !p.violation).map((p) => p.cost));
  const any = Math.min(...placed.map((p) => p.cost));
  return feasible < Infinity ? { cost: feasible, feasible: true } : { cost: any, feasible: false };
}

describe('cheapestPlacer', () => {
  it('finds the cheapest place keeping every rule, or the cheapest of all, as trying every pair of positions does', () => {
    fc.assert(
      fc.property(randomModel, fc.nat({ max: 8 }), (model, held) => {
        const { solution, heldOut } = routesWithoutOne(model, held);
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
