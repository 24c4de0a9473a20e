import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiVerdict } from './kpiComparison.ts';
import type { OrderChange, OrderChangeKind } from './orderChanges.ts';
import type { PlanOfDay, ReasonCode } from './plan.ts';
import { comparePlans } from './planComparison.ts';
import { reassignedOrders } from './planDiff.ts';
import { type Drop, day, drop, plan, route, trip } from './testing/handPlans.ts';
import { hours } from './units.ts';

const ORDER_IDS = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8'];
const SHOPPER_IDS = ['p1', 'p2', 'p3'];
const REASONS: ReasonCode[] = ['cost', 'capacity', 'time-window'];

/** Where one order is in a random plan: not there, unassigned, or in one of a shopper's two batches. */
const placementArb = fc.oneof(
  fc.constant(null),
  fc.record({ reason: fc.constantFrom(...REASONS) }),
  fc.record({
    shopper: fc.constantFrom(...SHOPPER_IDS),
    batch: fc.integer({ min: 0, max: 1 }),
    arrival: fc.integer({ min: hours(10), max: hours(14) }),
    lateness: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3600 })),
  }),
);

/** A random plan of some of the orders, with the day of exactly the orders it knows. */
const planOfDayArb = fc
  .array(placementArb, { minLength: ORDER_IDS.length, maxLength: ORDER_IDS.length })
  .map((placed): PlanOfDay => {
    const batches = new Map<string, Drop[]>();
    const unassigned: Record<string, ReasonCode> = {};
    const known: string[] = [];
    placed.forEach((p, i) => {
      const orderId = ORDER_IDS[i]!;
      if (p === null) return;
      known.push(orderId);
      if ('reason' in p) unassigned[orderId] = p.reason;
      else {
        const key = `${p.shopper}/${p.batch}`;
        batches.set(key, [...(batches.get(key) ?? []), drop(orderId, p.arrival, p.lateness)]);
      }
    });
    const routes = SHOPPER_IDS.flatMap((shopper) => {
      const trips = [0, 1].flatMap((b) => {
        const drops = batches.get(`${shopper}/${b}`);
        return drops ? [trip(...drops)] : [];
      });
      return trips.length > 0 ? [route(shopper, ...trips)] : [];
    });
    return { scenario: day(known, SHOPPER_IDS), plan: plan(routes, unassigned) };
  });

const SWAPPED: Record<OrderChangeKind, OrderChangeKind> = {
  unassigned: 'assigned',
  assigned: 'unassigned',
  late: 'on-time',
  'on-time': 'late',
  added: 'removed',
  removed: 'added',
  shopper: 'shopper',
  batch: 'batch',
  arrival: 'arrival',
};
const SWAPPED_VERDICT: Record<KpiVerdict, KpiVerdict> = {
  better: 'worse',
  worse: 'better',
  different: 'different',
  same: 'same',
  incomparable: 'incomparable',
};

/** Each order's changes as comparable facts, read from B back to A. */
function swappedFacts(change: OrderChange): string {
  switch (change.kind) {
    case 'arrival':
      return `arrival ${-change.shift}`;
    case 'batch':
      return `batch ${{ split: 'merged', merged: 'split', regrouped: 'regrouped' }[change.how]}`;
    default:
      return SWAPPED[change.kind];
  }
}
function facts(change: OrderChange): string {
  if (change.kind === 'arrival') return `arrival ${change.shift}`;
  if (change.kind === 'batch') return `batch ${change.how}`;
  return change.kind;
}

describe('comparePlans', () => {
  it('finds no change and zero deltas between a plan and itself', () => {
    fc.assert(
      fc.property(planOfDayArb, (x) => {
        const same = comparePlans(x, x);
        expect(same.changed).toEqual([]);
        expect(Object.values(same.counts).every((n) => n === 0)).toBe(true);
        for (const k of same.kpis) {
          expect(k.verdict, k.key).toBe('same');
          expect(k.delta === null || k.delta === 0, k.key).toBe(true);
        }
      }),
    );
  });

  it('reads the same changes backwards when the plans are swapped', () => {
    fc.assert(
      fc.property(planOfDayArb, planOfDayArb, (a, b) => {
        const forward = comparePlans(a, b);
        const backward = comparePlans(b, a);
        for (const kind of Object.keys(SWAPPED) as OrderChangeKind[])
          expect(backward.counts[SWAPPED[kind]], kind).toBe(forward.counts[kind]);
        const byId = (changed: typeof forward.changed, read: (c: OrderChange) => string) =>
          Object.fromEntries(changed.map((o) => [o.orderId, o.changes.map(read).sort()]));
        expect(byId(backward.changed, facts)).toEqual(byId(forward.changed, swappedFacts));
        forward.kpis.forEach((k, i) => {
          const back = backward.kpis[i]!;
          expect(back.key).toBe(k.key);
          if (k.delta === null) expect(back.delta, k.key).toBeNull();
          else expect(k.delta + back.delta!, k.key).toBe(0);
          expect(back.verdict, k.key).toBe(SWAPPED_VERDICT[k.verdict]);
        });
      }),
    );
  });

  it('counts every order whose shopper differs, and only those, as reassigned', () => {
    fc.assert(
      fc.property(planOfDayArb, planOfDayArb, (a, b) => {
        const moved = comparePlans(a, b)
          .changed.filter((o) =>
            o.changes.some((c) => ['shopper', 'assigned', 'unassigned'].includes(c.kind)),
          )
          .map((o) => o.orderId);
        expect(moved.sort()).toEqual(reassignedOrders(a.plan, b.plan).sort());
      }),
    );
  });

  it('lists each changed order once, with its shopper in the plan compared', () => {
    fc.assert(
      fc.property(planOfDayArb, planOfDayArb, (a, b) => {
        const { changed, counts } = comparePlans(a, b);
        expect(new Set(changed.map((o) => o.orderId)).size).toBe(changed.length);
        expect(changed.every((o) => o.changes.length > 0)).toBe(true);
        const total = Object.values(counts).reduce((n, c) => n + c, 0);
        expect(total).toBe(changed.reduce((n, o) => n + o.changes.length, 0));
        const shopperInB = new Map(
          b.plan.routes.flatMap((r) =>
            r.trips.flatMap((t) => t.orderIds.map((id) => [id, r.shopperId] as const)),
          ),
        );
        for (const o of changed) expect(o.shopperId).toBe(shopperInB.get(o.orderId) ?? null);
      }),
    );
  });
});
