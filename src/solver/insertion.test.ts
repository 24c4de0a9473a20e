import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario.ts';
import { hours, minutes } from '../domain/units.ts';
import { compileScenario } from './compileScenario.ts';
import { insertRegret } from './construction.ts';
import { applyInsertion, bestInsertion } from './insertion.ts';
import { deliveryOf, pickupOf } from './model.ts';
import { simulateRoute } from './routeSchedule.ts';
import { emptySolution, unassignedTasks } from './solution.ts';
import { tinyScenario } from './testing/tinyScenario.ts';

/** A random small day around the tiny scenario's store: 3–9 orders, one or two shoppers. */
const randomDay = fc
  .record({
    orders: fc.array(
      fc.record({
        dLng: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
        dLat: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
        items: fc.integer({ min: 1, max: 45 }),
        windowStart: fc.integer({ min: 10 * 60, max: 13 * 60 }),
        windowMinutes: fc.integer({ min: 20, max: 90 }),
      }),
      { minLength: 3, maxLength: 9 },
    ),
    maxOrdersPerBatch: fc.integer({ min: 1, max: 4 }),
    maxRideMinutes: fc.integer({ min: 10, max: 60 }),
    windows: fc.constantFrom('hard' as const, 'soft' as const),
  })
  .map(({ orders, maxOrdersPerBatch, maxRideMinutes, windows }): Scenario => {
    const base = tinyScenario();
    const store = base.stores[0]!.location;
    return {
      ...base,
      orders: orders.map((o, i) => ({
        id: `o${i + 1}`,
        storeId: 's1',
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
        windows,
      },
    };
  });

describe('bestInsertion', () => {
  it('agrees with full re-simulation and finds the cheapest feasible position', () => {
    fc.assert(
      fc.property(randomDay, fc.nat({ max: 8 }), (scenario, held) => {
        const { model } = compileScenario(scenario);
        const tasks = model.tasks.map((_, t) => t);
        const heldOut = tasks[held % tasks.length]!;
        const solution = emptySolution(model);
        insertRegret(
          model,
          solution,
          tasks.filter((t) => t !== heldOut),
        );
        const candidates = [heldOut, ...unassignedTasks(solution).filter((t) => t !== heldOut)];
        for (const task of candidates) {
          for (const route of solution.routes) {
            const found = bestInsertion(model, route, task);
            // Brute force: every pickup/delivery position pair, fully simulated.
            let cheapest = Infinity;
            for (let i = 0; i <= route.nodes.length; i++) {
              for (let j = i; j <= route.nodes.length; j++) {
                const nodes = applyInsertion(route.nodes, task, { delta: 0, pickupAt: i, deliveryAt: j });
                const simulated = simulateRoute(model, route.vehicle, nodes);
                if (!simulated.violation) cheapest = Math.min(cheapest, simulated.cost - route.cost);
              }
            }
            if (!found) {
              expect(cheapest).toBe(Infinity);
              continue;
            }
            const applied = simulateRoute(model, route.vehicle, applyInsertion(route.nodes, task, found));
            expect(applied.violation).toBeNull();
            expect(applied.cost - route.cost).toBeCloseTo(found.delta, 6);
            expect(found.delta).toBeCloseTo(cheapest, 6);
            expect(applied.nodes).toContain(pickupOf(task));
            expect(applied.nodes).toContain(deliveryOf(task));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
