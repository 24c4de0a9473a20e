import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/plan.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { hours, minutes } from '../../domain/units.ts';
import { mipInThread } from '../mip/mipInThread.ts';
import { solveScenario } from '../solveScenario.ts';
import { tinyScenario } from '../testing/tinyScenario.ts';
import { validatePlan } from './validatePlan.ts';

const mip = mipInThread(await highsLoader());

async function solvedTiny(
  edit: (s: Scenario) => void = () => {},
): Promise<{ scenario: Scenario; plan: Plan }> {
  const scenario = tinyScenario();
  edit(scenario);
  const { plan } = await solveScenario(scenario, { timeLimitSeconds: 0.1, seed: 3 }, { mip });
  return { scenario, plan };
}

const rules = (scenario: Scenario, plan: Plan) => validatePlan(scenario, plan).map((v) => v.rule);

describe('validatePlan', () => {
  it('accepts the engine plan of a small day', async () => {
    const { scenario, plan } = await solvedTiny();
    expect(validatePlan(scenario, plan)).toEqual([]);
  });

  it('catches a late arrival under hard windows', async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      s.constraints.windows = 'hard';
    });
    // The same plan against a window that closed an hour earlier.
    const late = scenario.orders.find((o) =>
      plan.routes.some((r) => r.trips.some((t) => t.orderIds.includes(o.id))),
    )!;
    late.window = { start: late.window.start - hours(2), end: late.window.start - hours(1) };
    const found = validatePlan(scenario, plan);
    expect(found.some((v) => v.rule === 'time-window' && v.orderId === late.id)).toBe(true);
  });

  it('catches an order given to a shopper without the skill it needs', async () => {
    const { scenario, plan } = await solvedTiny();
    const served = plan.routes[0]!.trips[0]!.orderIds[0]!;
    scenario.orders.find((o) => o.id === served)!.requiredSkills = ['alcohol'];
    const found = validatePlan(scenario, plan);
    expect(found).toContainEqual(expect.objectContaining({ rule: 'skill', orderId: served }));
    expect(found.find((v) => v.rule === 'skill')!.message).toBe('shopper lacks "alcohol"');
  });

  it("times legs with the shopper's own speed", async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      for (const shopper of s.shoppers) shopper.speedFactor = 0.7;
    });
    expect(validatePlan(scenario, plan)).toEqual([]);
    // The same plan read as if everyone drove at the type's speed: every arrival is off.
    for (const shopper of scenario.shoppers) delete shopper.speedFactor;
    expect(rules(scenario, plan)).toContain('timing');
  });

  it('catches an over-capacity batch', async () => {
    const { scenario, plan } = await solvedTiny();
    const shopperId = plan.routes[0]!.shopperId;
    scenario.shoppers.find((p) => p.id === shopperId)!.capacity.items = 5;
    expect(rules(scenario, plan)).toContain('capacity');
  });

  it('catches more bags on board than the batching rule allows', async () => {
    const { scenario, plan } = await solvedTiny();
    const mostBags = Math.max(
      ...plan.routes.flatMap((r) => r.trips.flatMap((t) => t.stops.map((s) => s.load.bags))),
    );
    scenario.constraints.maxBagsPerBatch = mostBags - 1;
    expect(rules(scenario, plan)).toContain('capacity');
  });

  it('catches work given to a shopper who is off today', async () => {
    const { scenario, plan } = await solvedTiny();
    const shopperId = plan.routes[0]!.shopperId;
    scenario.shoppers.find((p) => p.id === shopperId)!.active = false;
    expect(validatePlan(scenario, plan)).toContainEqual({
      shopperId,
      rule: 'shift',
      message: 'shopper is off today but has work',
    });
  });

  it('recomputes the fixed cost of each working shopper, and catches a plan that leaves it out', async () => {
    const { scenario, plan } = await solvedTiny((s) => {
      for (const shopper of s.shoppers) shopper.fixedCost = 15;
    });
    expect(plan.cost.fixed).toBe(15 * plan.routes.length);
    expect(validatePlan(scenario, plan)).toEqual([]);
    const free: Plan = {
      ...plan,
      cost: { ...plan.cost, fixed: 0, total: plan.cost.total - plan.cost.fixed },
    };
    expect(rules(scenario, free)).toEqual(['cost', 'cost']);
  });

  it('catches a batch larger than the batch size', async () => {
    const { scenario, plan } = await solvedTiny();
    const onBoard = plan.routes.flatMap((r) =>
      r.trips.flatMap((t) => t.stops.map((stop) => stop.load.orders)),
    );
    const most = Math.max(...onBoard);
    expect(most).toBeGreaterThan(1);
    scenario.constraints.maxOrdersPerBatch = most - 1;
    expect(rules(scenario, plan)).toContain('batch-size');
  });

  it('catches a missing order', async () => {
    const { scenario, plan } = await solvedTiny();
    scenario.orders.push({ ...scenario.orders[0]!, id: 'o-missing' });
    const found = validatePlan(scenario, plan);
    expect(found).toContainEqual(expect.objectContaining({ rule: 'coverage', orderId: 'o-missing' }));
  });

  it('catches an order delivered twice and a misreported cost', async () => {
    const { scenario, plan } = await solvedTiny();
    const route = plan.routes[0]!;
    const doubled: Plan = {
      ...plan,
      routes: [{ ...route, trips: [...route.trips, route.trips[0]!] }, ...plan.routes.slice(1)],
    };
    expect(rules(scenario, doubled)).toContain('coverage');
    const cheap: Plan = { ...plan, cost: { ...plan.cost, total: plan.cost.total - 1 } };
    expect(rules(scenario, cheap)).toEqual(['cost']);
  });

  it('catches a ride longer than the maximum and work past the shift', async () => {
    const { scenario, plan } = await solvedTiny();
    scenario.constraints.maxRideSeconds = 1;
    expect(rules(scenario, plan)).toContain('ride-time');
    const shopperId = plan.routes[0]!.shopperId;
    const shopper = scenario.shoppers.find((p) => p.id === shopperId)!;
    shopper.shift.end = plan.routes[0]!.endTime - minutes(1);
    expect(rules(scenario, plan)).toContain('shift');
  });

  it('finds a violation whenever a stop time of a valid plan is shifted', async () => {
    const { scenario, plan } = await solvedTiny();
    const stops = plan.routes.flatMap((r, ri) =>
      r.trips.flatMap((t, ti) => t.stops.map((_, si) => [ri, ti, si] as const)),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: stops.length - 1 }),
        fc.constantFrom('arrival', 'start', 'departure'),
        fc.double({ min: 1, max: 3600, noNaN: true }),
        (pick, field, shift) => {
          const [ri, ti, si] = stops[pick]!;
          const copy: Plan = structuredClone(plan);
          const stop = copy.routes[ri]!.trips[ti]!.stops[si]!;
          stop[field] += shift;
          return validatePlan(scenario, copy).length > 0;
        },
      ),
      { numRuns: 60 },
    );
  });
});
