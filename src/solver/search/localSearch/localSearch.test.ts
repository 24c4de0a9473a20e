import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../domain/random.ts';
import { insertRegret } from '../../construction.ts';
import type { RoutingModel } from '../../model.ts';
import { simulateRoute } from '../../routeSchedule.ts';
import { copySolution, emptySolution, type Solution } from '../../solution.ts';
import { randomModelWith } from '../../testing/randomModel.ts';
import { taskNeighbours } from '../neighbours.ts';
import { LOCAL_SEARCH_OPERATORS, LocalSearch, localSearchApplies } from './localSearch.ts';
import { MoveContext } from './moveContext.ts';
import type { MoveOperator } from './operator.ts';
import { twoOptStar } from './twoOptStar.ts';

const loneModels = randomModelWith({ loneOnly: true, benchmarkLike: true });
const pairModels = randomModelWith({ benchmarkLike: true });

function constructed(model: RoutingModel): Solution {
  const s = emptySolution(model);
  insertRegret(
    model,
    s,
    model.tasks.map((_, t) => t),
  );
  return s;
}

/** Recomputed from scratch: routes re-simulated, penalties of unserved tasks added. */
function recount(model: RoutingModel, s: Solution): { cost: number; feasible: boolean } {
  let cost = 0;
  let feasible = true;
  const served = new Set<number>();
  s.routes.forEach((r, v) => {
    const again = simulateRoute(model, v, r.nodes);
    if (again.violation) feasible = false;
    if (r.nodes.length > 0) cost += again.cost;
    for (const n of r.nodes) if (!model.nodes[n]!.isPickup) served.add(model.nodes[n]!.task);
  });
  model.tasks.forEach((t, i) => {
    if (!served.has(i)) cost += t.penalty;
  });
  return { cost, feasible };
}

/** Whether the move is well defined, judged from the routes alone (not by the operator). */
function structurallyValid(s: Solution, op: string, u: number, to: number, j: number): boolean {
  const from = s.routes.findIndex((r) => r.nodes.includes(u));
  const i = s.routes[from]!.nodes.indexOf(u);
  const m1 = s.routes[from]!.nodes.length;
  const m2 = s.routes[to]!.nodes.length;
  const closedAfter = (v: number, k: number) => {
    if (k < 0) return true;
    const r = s.routes[v]!;
    return r.nodes.every((_, a) => a > k || r.partner[a]! < 0 || r.partner[a]! <= k);
  };
  if (op === '2-opt*')
    return from !== to && !(i === m1 - 1 && j === m2 - 1) && closedAfter(from, i) && closedAfter(to, j);
  const [n, m] =
    op === 'relocate'
      ? [1, 0]
      : op.startsWith('or-opt')
        ? [Number(op.slice(7)), 0]
        : op.slice(5).split('-').map(Number);
  if (i + n! > m1) return false;
  if (from === to) return m === 0 && !(j >= i - 1 && j < i + n!);
  return m === 0 || (j >= 0 && j + 1 + m! <= m2);
}

/**
 * Every operator at every place: the O(1) price agrees with re-simulating the
 * changed routes, and no infeasible move is ever priced as an improvement.
 */
function checkAllMoves(model: RoutingModel, operators: readonly MoveOperator[]): void {
  const s = constructed(model);
  const ctx = new MoveContext(model);
  for (const op of operators) {
    for (let from = 0; from < s.routes.length; from++) {
      for (const u of s.routes[from]!.nodes) {
        for (let to = 0; to < s.routes.length; to++) {
          for (let j = -1; j < s.routes[to]!.nodes.length; j++) {
            ctx.attach(s);
            const predicted = op.evaluate(ctx, u, to, j);
            if (!structurallyValid(s, op.name, u, to, j)) {
              expect(predicted, `${op.name} ${u}→${to}@${j} is not a move`).toBe(Infinity);
              continue;
            }
            const moved = copySolution(s);
            ctx.attach(moved);
            op.apply(ctx, u, to, j);
            const after = recount(model, moved);
            const context = `${op.name} ${u}→${to}@${j}`;
            if (after.feasible) expect(predicted, context).toBeCloseTo(moved.cost - s.cost, 6);
            else expect(predicted === Infinity || predicted >= -1e-7, context).toBe(true);
            expect(after.cost, context).toBeCloseTo(moved.cost, 6);
          }
        }
      }
    }
  }
}

describe('local search moves', () => {
  it('price every exchange and 2-opt* exactly as re-simulation does (lone deliveries)', () => {
    fc.assert(
      fc.property(loneModels, (model) => checkAllMoves(model, LOCAL_SEARCH_OPERATORS)),
      { numRuns: 120 },
    );
  });

  it('price 2-opt* exactly with pickup-and-delivery pairs, cutting only where nothing is on board', () => {
    fc.assert(
      fc.property(pairModels, (model) => checkAllMoves(model, [twoOptStar])),
      { numRuns: 120 },
    );
  });
});

describe('LocalSearch', () => {
  it('only applies to models it can price exactly', () => {
    fc.assert(fc.property(loneModels, (model) => localSearchApplies(model)));
    fc.assert(
      fc.property(pairModels, (model) =>
        localSearchApplies(model) ? model.tasks.every((t) => t.pickup < 0) : true,
      ),
    );
    const paidTime = fc.sample(loneModels, 1)[0]!;
    paidTime.vehicles = paidTime.vehicles.map((v) => ({ ...v, costPerSecond: 1 }));
    expect(localSearchApplies(paidTime)).toBe(false);
  });

  it('never worsens a solution, keeps it feasible and its cost exact', () => {
    fc.assert(
      fc.property(loneModels, fc.integer(), (model, seed) => {
        const s = constructed(model);
        const before = s.cost;
        const search = new LocalSearch(model, taskNeighbours(model, 5), 5);
        search.run(s, createRandom(seed), null);
        const after = recount(model, s);
        expect(after.feasible).toBe(true);
        expect(s.cost).toBeLessThanOrEqual(before + 1e-9);
        expect(after.cost).toBeCloseTo(s.cost, 6);
        s.routes.forEach((r) => {
          for (const [k, n] of r.nodes.entries())
            expect(s.vehicleOf[model.nodes[n]!.task]).toBe(r.vehicle + 0 * k);
        });
      }),
      { numRuns: 150 },
    );
  });
});
