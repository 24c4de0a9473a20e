import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario.ts';
import { hours, minutes } from '../domain/units.ts';
import { compileScenario } from './compileScenario.ts';
import { applyInsertion, bestInsertion } from './insertion.ts';
import type { RoutingModel } from './model.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';
import { unassignedTasks } from './solution.ts';
import { everyPlacement, routesWithoutOne } from './testing/bruteForce.ts';
import { randomModel } from './testing/randomModel.ts';
import { tinyScenario } from './testing/tinyScenario.ts';

/** A random small day around the tiny scenario's store and a second one: 3–9 orders, one or two shoppers. */
const randomDay = fc
  .record({
    orders: fc.array(
      fc.record({
        dLng: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
        dLat: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
        items: fc.integer({ min: 1, max: 45 }),
        windowStart: fc.integer({ min: 10 * 60, max: 13 * 60 }),
        windowMinutes: fc.integer({ min: 20, max: 90 }),
        secondStore: fc.boolean(),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    maxOrdersPerBatch: fc.integer({ min: 1, max: 4 }),
    maxRideMinutes: fc.integer({ min: 10, max: 60 }),
    maxDetourMinutes: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    sameStoreBatches: fc.boolean(),
    windows: fc.constantFrom('hard' as const, 'soft' as const),
  })
  .map(
    ({
      orders,
      maxOrdersPerBatch,
      maxRideMinutes,
      maxDetourMinutes,
      sameStoreBatches,
      windows,
    }): Scenario => {
      const base = tinyScenario();
      const first = base.stores[0]!;
      const store = first.location;
      return {
        ...base,
        stores: [
          first,
          { ...first, id: 's2', name: 'Second Market', location: { lng: store.lng + 0.01, lat: store.lat } },
        ],
        orders: orders.map((o, i) => ({
          id: `o${i + 1}`,
          storeId: o.secondStore ? 's2' : 's1',
          location: { lng: store.lng + o.dLng, lat: store.lat + o.dLat },
          items: o.items,
          bags: Math.ceil(o.items / 8),
          placedAt: hours(10),
          window: { start: minutes(o.windowStart), end: minutes(o.windowStart + o.windowMinutes) },
          handoffSeconds: minutes(2),
        })),
        constraints: {
          ...base.constraints,
          maxOrdersPerBatch,
          maxRideSeconds: minutes(maxRideMinutes),
          ...(maxDetourMinutes === undefined ? {} : { maxDetourSeconds: minutes(maxDetourMinutes) }),
          sameStoreBatches,
          windows,
        },
      };
    },
  );

/** Brute force: every position (pair), fully simulated; the cheapest feasible delta. */
function cheapestBySimulation(model: RoutingModel, route: RouteSchedule, task: number): number {
  const feasible = everyPlacement(model, route, task).filter((p) => !p.violation);
  return Math.min(...feasible.map((p) => p.cost - route.cost));
}

/** Builds routes from all but one task, then checks every (task, route) insertion against brute force. */
function checkAgainstBruteForce(model: RoutingModel, held: number): void {
  const { solution, heldOut } = routesWithoutOne(model, held);
  // The task index agrees with the routes: each task served is indexed to its route's vehicle.
  solution.routes.forEach((route) => {
    for (const n of route.nodes) expect(solution.vehicleOf[model.nodes[n]!.task]).toBe(route.vehicle);
  });
  const served = new Set(solution.routes.flatMap((r) => r.nodes.map((n) => model.nodes[n]!.task)));
  // The cost kept by difference equals a full recount.
  const recount =
    solution.routes.reduce((sum, r) => sum + r.cost, 0) +
    model.tasks.reduce((sum, task, t) => sum + (served.has(t) ? 0 : task.penalty), 0);
  expect(solution.cost).toBeCloseTo(recount, 6);
  expect(unassignedTasks(solution).length).toBe(model.tasks.length - served.size);
  const candidates = [heldOut, ...unassignedTasks(solution).filter((t) => t !== heldOut)];
  for (const task of candidates) {
    for (const route of solution.routes) {
      const found = bestInsertion(model, route, task);
      const cheapest = cheapestBySimulation(model, route, task);
      if (!found) {
        expect(cheapest).toBe(Infinity);
        continue;
      }
      const applied = simulateRoute(model, route.vehicle, applyInsertion(model, route.nodes, task, found));
      expect(applied.violation).toBeNull();
      expect(applied.cost - route.cost).toBeCloseTo(found.delta, 6);
      // Positions within the search's 1e-6 tie tolerance of each other count as equally cheap.
      expect(found.delta).toBeCloseTo(cheapest, 5);
    }
  }
}

describe('bestInsertion', () => {
  it('agrees with full re-simulation on grocery days', () => {
    fc.assert(
      fc.property(randomDay, fc.nat({ max: 8 }), (scenario, held) => {
        checkAgainstBruteForce(compileScenario(scenario).model, held);
      }),
      { numRuns: 120 },
    );
  });

  it('agrees with full re-simulation on mixed models (lone deliveries, return to depot, fixed costs)', () => {
    fc.assert(
      fc.property(randomModel, fc.nat({ max: 8 }), (model, held) => {
        checkAgainstBruteForce(model, held);
      }),
      { numRuns: 300 },
    );
  });
});
