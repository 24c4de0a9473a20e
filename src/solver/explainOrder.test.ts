import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import { hours, minutes } from '../domain/units.ts';
import { explainOrder } from './explainOrder.ts';
import { applyInsertion } from './insertion.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { PlanAtHand } from './planAtHand.ts';
import { planInEngine } from './planSolution.ts';
import { simulateRoute } from './routeSchedule.ts';
import { copySolution, setRoute } from './solution.ts';
import { solveScenario } from './solveScenario.ts';
import { tinyScenario } from './testing/tinyScenario.ts';

const mip = mipInThread(await highsLoader());

async function solvedTiny(edit: (s: Scenario) => void): Promise<{ scenario: Scenario; plan: Plan }> {
  const scenario = tinyScenario();
  edit(scenario);
  const { plan } = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
  return { scenario, plan };
}

describe('explainOrder', () => {
  it('says an order whose window closes before anyone can arrive is blocked by its time window', async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      s.constraints.windows = 'hard';
      s.orders[0]!.window = { start: hours(10), end: hours(10) + minutes(5) };
    });
    const why = await explainOrder(new PlanAtHand(scenario, plan, null), 'o1', mip);
    expect(why.status).toBe('unassigned');
    expect(why.shoppers.map((s) => s.blockedBy)).toEqual(['time-window', 'time-window']);
    expect(why.shoppers[0]!.detail).toMatch(/^earliest handoff \d\d:\d\d, the window closes 10:05$/);
    expect(why.summary).toMatch(
      /^Unassigned: no shopper can hand it over inside its delivery window \(time-window\)/,
    );
    // HiGHS' subset: placed at 10:00, picking and the drive, the window closing at 10:05 — nothing else.
    expect(why.conflicts).toHaveLength(2);
    expect(why.conflicts[0]!.rules).toEqual([
      { reason: null, text: 'picking can start 10:00 at the earliest (the order is placed then)' },
      { reason: null, text: 'picking takes 6 min and the drive to the door 3 min' },
      { reason: 'time-window', text: 'the delivery window closes 10:05' },
    ]);
    expect(why.summary).toContain('HiGHS finds no schedule that keeps all of these');
  });

  it('says an order bigger than every shopper can carry is blocked by capacity', async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      s.orders[3]!.items = 100;
      s.orders[3]!.bags = 13;
    });
    const why = await explainOrder(new PlanAtHand(scenario, plan, null), 'o4', mip);
    expect(why.shoppers.map((s) => s.blockedBy)).toEqual(['capacity', 'capacity']);
    expect(why.shoppers.find((s) => s.shopperId === 'p1')!.detail).toBe(
      '100 items / 13 bags; carries at most 60 / 10',
    );
    // Forcing it in anywhere breaks capacity, and says so.
    expect(why.insertions.every((i) => i.breaks === 'capacity')).toBe(true);
    // One size too big and serving it at all are a whole subset.
    for (const conflict of why.conflicts) {
      expect(conflict.rules).toHaveLength(2);
      expect(conflict.rules[0]!.text).toBe('order o4 is to be served');
      expect(conflict.rules[1]!.reason).toBe('capacity');
    }
  });

  it('tells skill from shift when the only shopper with the skill is off shift by then', async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      s.orders[0]!.requiredSkills = ['alcohol'];
      s.shoppers[1]!.skills = ['alcohol'];
      s.shoppers[1]!.shift = { start: hours(7), end: hours(9) };
    });
    const why = await explainOrder(new PlanAtHand(scenario, plan, null), 'o1', mip);
    expect(why.status).toBe('unassigned');
    expect(Object.fromEntries(why.shoppers.map((s) => [s.shopperId, s.blockedBy]))).toEqual({
      p1: 'skill',
      p2: 'shift',
    });
    expect(why.shoppers.find((s) => s.shopperId === 'p1')!.detail).toBe('lacks alcohol');
    // Nearest first: the shopper with the skill, whose shift ends too soon; then the one without it.
    expect(why.conflicts.map((c) => c.shopperId)).toEqual(['p2', 'p1']);
    expect(why.conflicts[0]!.rules.map((r) => r.reason)).toContain('shift');
    expect(why.conflicts[0]!.rules.map((r) => r.text)).toContain(
      'the shift ends 09:00, after the 2 min handoff',
    );
    expect(why.conflicts[1]!.rules.map((r) => r.text)).toEqual([
      'order o1 is to be served',
      'it needs alcohol, which the shopper lacks',
    ]);
  });

  it('ranks the cheapest places as trying every position on every shopper does', async () => {
    const { scenario, plan } = await solvedTiny(() => {});
    for (const orderId of ['o1', 'o2', 'o3', 'o4']) {
      const why = await explainOrder(new PlanAtHand(scenario, plan, null), orderId, mip);
      // Brute force: the plan without the order, the order at every position of every shopper's day.
      const { model, solution } = planInEngine(scenario, plan, null);
      const task = model.tasks.findIndex((t) => t.id === orderId);
      const without = copySolution(solution);
      const from = solution.vehicleOf[task]!;
      const mine = (n: number) => model.nodes[n]!.task === task;
      if (from >= 0)
        setRoute(
          model,
          without,
          from,
          without.routes[from]!.nodes.filter((n) => !mine(n)),
        );
      const best = model.vehicles.map((_, v) => {
        const route = without.routes[v]!;
        let feasible = Infinity;
        let any = Infinity;
        for (let i = 0; i <= route.nodes.length; i++) {
          for (let j = i; j <= route.nodes.length; j++) {
            const nodes = applyInsertion(model, route.nodes, task, { delta: 0, pickupAt: i, deliveryAt: j });
            const placed = copySolution(without);
            setRoute(model, placed, v, nodes);
            const delta = placed.cost - solution.cost;
            any = Math.min(any, delta);
            if (!simulateRoute(model, v, nodes).violation) feasible = Math.min(feasible, delta);
          }
        }
        return feasible < Infinity ? feasible : any;
      });
      const expected = best.sort((a, b) => a - b).slice(0, 3);
      expect(why.insertions.map((i) => i.costDelta)).toEqual(expected.map((x) => expect.closeTo(x, 6)));
      // Served on time: its own shopper's place is the cheapest, at no change.
      if (why.status === 'on-time') expect(why.insertions[0]!.costDelta).toBeCloseTo(0, 6);
    }
  });
});
