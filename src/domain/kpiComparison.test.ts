import { describe, expect, it } from 'vitest';
import { COMPARED_KPIS, compareKpis, type KpiFigures, kpiFigures } from './kpiComparison.ts';
import { day, drop, plan, route, trip } from './testing/handPlans.ts';
import { hours, minutes } from './units.ts';

const at = (m: number) => hours(10) + minutes(m);
const scenario = day(['o1', 'o2', 'o3'], ['p1', 'p2']);

const figures = (overrides: Partial<KpiFigures>): KpiFigures => ({
  ...(Object.fromEntries(COMPARED_KPIS.map((k) => [k.key, 0])) as KpiFigures),
  ...overrides,
});
const deltaOf = (a: Partial<KpiFigures>, b: Partial<KpiFigures>, key: keyof KpiFigures) =>
  compareKpis(figures(a), figures(b)).find((d) => d.key === key)!;

describe('kpiFigures', () => {
  it('takes every KPI from the plan and its day, as the KPI screens do', () => {
    // p1 delivers o1 and o2 in one batch, o2 6 minutes late; o3 is unassigned.
    const p = plan([route('p1', trip(drop('o1', at(10)), drop('o2', at(70), minutes(6))))], { o3: 'cost' });
    const f = kpiFigures({ scenario, plan: p });
    expect(f).toMatchObject({
      delivered: 2,
      unassigned: 1,
      late: 1,
      onTimePct: 50,
      meanLateness: minutes(3),
      p90Lateness: minutes(6),
      // Placed at 09:00; handoffs start at 10:10 and 11:10.
      meanClickToDoor: minutes(100),
      p90ClickToDoor: minutes(130),
      shoppersUsed: 1,
      batches: 1,
      meanBatchSize: 2,
      distance: 1000,
      totalCost: 10 + 40,
      costPerOrder: 25,
    });
    expect(Object.keys(f).sort()).toEqual(COMPARED_KPIS.map((k) => k.key).sort());
  });

  it('leaves undefined what a plan without deliveries cannot say', () => {
    const f = kpiFigures({ scenario, plan: plan([], { o1: 'cost', o2: 'cost', o3: 'cost' }) });
    expect(f).toMatchObject({
      delivered: 0,
      onTimePct: null,
      meanLateness: null,
      p90ClickToDoor: null,
      ordersPerShopperHour: null,
      meanBatchSize: null,
      costPerOrder: null,
    });
  });
});

describe('compareKpis', () => {
  it('gives b − a for every KPI, in the order shown, with units and which way is better', () => {
    const deltas = compareKpis(
      figures({ delivered: 10, distance: 5000 }),
      figures({ delivered: 12, distance: 4000 }),
    );
    expect(deltas.map((d) => d.key)).toEqual(COMPARED_KPIS.map((k) => k.key));
    expect(deltas.find((d) => d.key === 'delivered')).toMatchObject({
      unit: 'orders',
      better: 'higher',
      a: 10,
      b: 12,
      delta: 2,
      verdict: 'better',
    });
    expect(deltas.find((d) => d.key === 'distance')).toMatchObject({
      unit: 'm',
      better: 'lower',
      delta: -1000,
      verdict: 'better',
    });
  });

  it('calls a change for the worse worse, and one with no better direction different', () => {
    expect(deltaOf({ late: 1 }, { late: 3 }, 'late').verdict).toBe('worse');
    expect(deltaOf({ onTimePct: 90 }, { onTimePct: 80 }, 'onTimePct').verdict).toBe('worse');
    expect(deltaOf({ batches: 100 }, { batches: 250 }, 'batches').verdict).toBe('different');
    expect(deltaOf({ batches: 100 }, { batches: 100 }, 'batches').verdict).toBe('same');
  });

  it('calls a change under half the precision shown the same', () => {
    expect(deltaOf({ distance: 5000 }, { distance: 5049 }, 'distance')).toMatchObject({
      delta: 49,
      verdict: 'same',
    });
    expect(deltaOf({ distance: 5000 }, { distance: 5050 }, 'distance').verdict).toBe('worse');
    expect(deltaOf({ totalCost: 100 }, { totalCost: 100.004 }, 'totalCost').verdict).toBe('same');
  });

  it('cannot compare a KPI one plan leaves undefined', () => {
    expect(deltaOf({ costPerOrder: null }, { costPerOrder: 12 }, 'costPerOrder')).toMatchObject({
      delta: null,
      verdict: 'incomparable',
    });
    expect(deltaOf({ costPerOrder: null }, { costPerOrder: null }, 'costPerOrder')).toMatchObject({
      delta: null,
      verdict: 'same',
    });
  });
});
