import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from '../domain/generator.ts';
import {
  deleteOrder,
  pinBatch,
  pinShopper,
  setConstraint,
  unpinBatch,
  unpinShopper,
} from '../domain/scenarioEdits.ts';
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

  it('let a shopper keep batch pins or one day pin, never both', () => {
    const day = generateGroceryDay({ seed: 4, orderCount: 5, shopperCount: 2, storeCount: 1 });
    const [a, b] = day.orders;
    const shopperId = day.shoppers[0]!.id;
    const batch = (orderId: string) => ({
      shopperId,
      scope: 'batch' as const,
      stops: [
        { kind: 'pickup' as const, orderId },
        { kind: 'delivery' as const, orderId },
      ],
    });
    expect(parseScenario({ ...day, pins: [batch(a!.id), batch(b!.id)] }).ok).toBe(true);
    const both = parseScenario({ ...day, pins: [batch(a!.id), { ...batch(b!.id), scope: undefined }] });
    expect(both.ok ? [] : both.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'pins[1].shopperId: shopper pinned twice',
    ]);
  });
});

describe('pinned batches', () => {
  it('keep their stops on their shopper through a rule change, the rest of the day planned around them', async () => {
    const day = generateGroceryDay({ seed: 4, orderCount: 40, shopperCount: 6, storeCount: 2 });
    const first = await solveScenario(day, options, { mip });
    // A batch of several orders: one order per batch will break it.
    const route = first.plan.routes.find((r) => r.trips.some((t) => t.orderIds.length > 1))!;
    const trip = route.trips.find((t) => t.orderIds.length > 1)!;
    const pinned = pinBatch(trip.orderIds[0]!, first.plan)(day);
    expect(parseScenario(pinned).ok).toBe(true);
    expect(pinned.pins).toEqual([
      {
        shopperId: route.shopperId,
        scope: 'batch',
        stops: trip.stops.map(({ kind, orderId }) => ({ kind, orderId })),
      },
    ]);

    const tighter = setConstraint('maxOrdersPerBatch', 1)(pinned);
    const again = await solveScenario(tighter, { ...options, warmStart: first.plan }, { mip });
    const stopsOf = (t: { stops: { kind: string; orderId: string }[] }) =>
      t.stops.map((s) => `${s.kind}:${s.orderId}`).join(' ');
    const kept = again.plan.routes.find((r) => r.shopperId === route.shopperId)!;
    expect(kept.trips.map(stopsOf)).toContain(stopsOf(trip));
    expect(kept.trips.length).toBeGreaterThan(1);
    // Every other batch, this shopper's too, follows the new rule: the pinned one alone is reported.
    const others = again.plan.routes.flatMap((r) => r.trips).filter((t) => stopsOf(t) !== stopsOf(trip));
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.orderIds.length).toBe(1);
    expect(new Set(again.violations.map((v) => `${v.rule}:${v.shopperId}`))).toEqual(
      new Set([`batch-size:${route.shopperId}`]),
    );
    const delivered = again.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds));
    expect(new Set(delivered).size + again.plan.unassigned.length).toBe(day.orders.length);
    expect(delivered.length).toBe(new Set(delivered).size);

    // Unpinned, the scenario is as it was; pinning the day replaces the batch pin.
    expect(unpinBatch(trip.orderIds[1]!)(pinned)).toEqual(day);
    const wholeDay = pinShopper(route.shopperId, first.plan)(pinned);
    expect(wholeDay.pins!.map((p) => p.scope)).toEqual([undefined]);
  });
});
