import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertRegret } from './construction.ts';
import { nearRoutes } from './nearRoutes.ts';
import { copySolution, emptySolution, unassignedTasks } from './solution.ts';
import { randomModel } from './testing/randomModel.ts';

/** A random model half served by regret insertion, and the tasks left to place. */
const halfServed = fc.tuple(randomModel, fc.integer({ min: 1, max: 3 })).map(([model, k]) => {
  const s = emptySolution(model);
  const all = model.tasks.map((_, t) => t);
  insertRegret(
    model,
    s,
    all.filter((t) => t % 2 === 0),
  );
  return { model, s, left: unassignedTasks(s), k };
});

describe('nearRoutes', () => {
  it('gives each task up to k distinct working routes', () => {
    fc.assert(
      fc.property(halfServed, ({ model, s, left, k }) => {
        const working = s.routes.filter((r) => r.nodes.length > 0).length;
        const near = nearRoutes(model, s, left, k);
        for (const t of left) {
          const routes = [...near.get(t)!];
          expect(routes).toHaveLength(Math.min(k, working));
          expect(new Set(routes).size).toBe(routes.length);
          for (const v of routes) expect(s.routes[v]!.nodes.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('regret insertion among near routes', () => {
  it('places a task wherever any vehicle takes it within its penalty, whatever routes it was told are near', () => {
    fc.assert(
      fc.property(halfServed, fc.nat(), ({ model, s, left }, mask) => {
        fc.pre(left.length > 0);
        const t = left[0]!;
        const working = s.routes.flatMap((r, v) => (r.nodes.length > 0 ? [v] : []));
        // Any subset of the working routes, none included: the near ones may all be unable to take it.
        const near = new Map([[t, Int32Array.from(working.filter((_, i) => (mask >> i) & 1))]]);
        const everywhere = copySolution(s);
        insertRegret(model, everywhere, [t]);
        insertRegret(model, s, [t], near);
        expect(s.vehicleOf[t]! >= 0).toBe(everywhere.vehicleOf[t]! >= 0);
        for (const route of s.routes) expect(route.violation).toBeNull();
        if (s.vehicleOf[t]! >= 0)
          expect(s.routes[s.vehicleOf[t]!]!.nodes).toContain(model.tasks[t]!.delivery);
      }),
    );
  });
});
