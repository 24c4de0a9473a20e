import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from '../domain/generator.ts';
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { solveScenario } from './solveScenario.ts';

const mip = mipInThread(await highsLoader());

const day = (seed: number) => generateGroceryDay({ seed, orderCount: 40, shopperCount: 6, storeCount: 3 });

const sequences = (plan: Plan) =>
  new Map(
    plan.routes.map((r) => [
      r.shopperId,
      r.trips.flatMap((t) => t.stops.map((s) => `${s.kind} ${s.orderId}`)),
    ]),
  );

/** Solves and returns the plan at once: the engine stops before its first search step. */
const startOnly = (scenario: Scenario, warmStart: Plan) =>
  solveScenario(scenario, { timeLimitSeconds: 1, seed: 1, warmStart }, { mip, shouldStop: () => true });

describe('warm start', () => {
  it('never returns a plan worse than the feasible plan it started from', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        async (s, seed) => {
          const scenario = day(s);
          const first = await solveScenario(scenario, { timeLimitSeconds: 0.05, seed }, { mip });
          expect(first.violations).toEqual([]);
          const again = await solveScenario(
            scenario,
            { timeLimitSeconds: 0.05, seed: seed + 1, warmStart: first.plan },
            { mip },
          );
          expect(again.violations).toEqual([]);
          expect(again.plan.cost.total).toBeLessThanOrEqual(first.plan.cost.total + 1e-6);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('keeps every shopper’s stops when nothing changed', async () => {
    const scenario = day(3);
    const { plan } = await solveScenario(scenario, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
    const restarted = await startOnly(scenario, plan);
    expect(restarted.violations).toEqual([]);
    expect(sequences(restarted.plan)).toEqual(sequences(plan));
    expect(restarted.plan.cost.total).toBeCloseTo(plan.cost.total, 6);
  });

  it('after an edit, drops only what no longer fits and serves the rest with a valid plan', async () => {
    const scenario = day(4);
    const { plan } = await solveScenario(scenario, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
    const busiest = [...plan.routes].sort((a, b) => b.trips.length - a.trips.length)[0]!;
    const gone = busiest.trips[0]!.orderIds[0]!;
    const edited: Scenario = {
      ...scenario,
      orders: scenario.orders.filter((o) => o.id !== gone),
      constraints: { ...scenario.constraints, maxOrdersPerBatch: 1 },
    };
    const restarted = await startOnly(edited, plan);
    expect(restarted.violations).toEqual([]);
    const served = restarted.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds));
    expect(served).not.toContain(gone);
    for (const r of restarted.plan.routes) for (const t of r.trips) expect(t.orderIds.length).toBe(1);
    // Shoppers keep their own orders where they still can: no one loses work to the edit for nothing.
    const before = new Map(
      plan.routes.map((r) => [r.shopperId, new Set(r.trips.flatMap((t) => t.orderIds))]),
    );
    const kept = restarted.plan.routes.filter((r) =>
      r.trips.some((t) => t.orderIds.some((o) => before.get(r.shopperId)?.has(o))),
    );
    expect(kept.length).toBeGreaterThan(0);
  });
});
