import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from '../domain/generator.ts';
import { deleteOrder, pinShopper, setConstraint, unpinShopper } from '../domain/scenarioEdits.ts';
import { parseScenario } from '../domain/scenarioSchema.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { solveScenario } from './solveScenario.ts';

const mip = mipInThread(await highsLoader());
const options = { timeLimitSeconds: 0.4, seed: 1 };

describe('pinned shopper days', () => {
  it('keep their stops exactly through a re-solve after a rule change, and the validator judges them', async () => {
    const day = generateGroceryDay({ seed: 4, orderCount: 40, shopperCount: 6, storeCount: 2 });
    const first = await solveScenario(day, options, { mip });
    expect(first.violations).toEqual([]);
    // The shopper with the largest batch: one order per batch will break it.
    const route = [...first.plan.routes].sort(
      (a, b) =>
        Math.max(...b.trips.map((t) => t.orderIds.length)) -
        Math.max(...a.trips.map((t) => t.orderIds.length)),
    )[0]!;
    expect(Math.max(...route.trips.map((t) => t.orderIds.length))).toBeGreaterThan(1);
    const pinned = pinShopper(route.shopperId, first.plan)(day);
    expect(parseScenario(pinned).ok).toBe(true);

    const tighter = setConstraint('maxOrdersPerBatch', 1)(pinned);
    const again = await solveScenario(tighter, { ...options, warmStart: first.plan }, { mip });
    const kept = again.plan.routes.find((r) => r.shopperId === route.shopperId)!;
    expect(kept.trips.map((t) => t.stops.map((s) => `${s.kind}:${s.orderId}`))).toEqual(
      route.trips.map((t) => t.stops.map((s) => `${s.kind}:${s.orderId}`)),
    );
    // Everyone else follows the new rule; the pinned day is reported as breaking it, and nothing else is wrong.
    for (const other of again.plan.routes.filter((r) => r.shopperId !== route.shopperId)) {
      for (const trip of other.trips) expect(trip.orderIds.length).toBe(1);
    }
    expect(again.violations.length).toBeGreaterThan(0);
    expect(new Set(again.violations.map((v) => `${v.rule}:${v.shopperId}`))).toEqual(
      new Set([`batch-size:${route.shopperId}`]),
    );
    // Every order is still delivered once or listed unassigned.
    const delivered = again.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds));
    expect(delivered.length + again.plan.unassigned.length).toBe(day.orders.length);

    // Unpinned, the same rule is followed everywhere.
    const free = await solveScenario(unpinShopper(route.shopperId)(tighter), options, { mip });
    expect(free.violations).toEqual([]);
    expect(unpinShopper(route.shopperId)(pinned)).toEqual(day);
    // Deleting a pinned order takes it out of the pin, which stays valid.
    const gone = deleteOrder(route.trips[0]!.orderIds[0]!)(pinned);
    expect(parseScenario(gone).ok).toBe(true);
    expect(gone.pins![0]!.stops.length).toBe(pinned.pins![0]!.stops.length - 2);
  });

  it('are refused when they name what does not exist or deliver before picking up', () => {
    const day = generateGroceryDay({ seed: 4, orderCount: 5, shopperCount: 2, storeCount: 1 });
    const [a, b] = day.orders;
    const issues = (pins: unknown) => {
      const parsed = parseScenario({ ...day, pins });
      return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(issues([{ shopperId: 'nobody', stops: [] }])).toEqual(['pins[0].shopperId: no shopper "nobody"']);
    expect(
      issues([{ shopperId: day.shoppers[0]!.id, stops: [{ kind: 'delivery', orderId: a!.id }] }]),
    ).toEqual(['pins[0].stops[0].orderId: delivered without a pickup before it']);
    expect(issues([{ shopperId: day.shoppers[0]!.id, stops: [{ kind: 'pickup', orderId: b!.id }] }])).toEqual(
      [`pins[0].stops: order "${b!.id}" picked up, never delivered`],
    );
  });
});
