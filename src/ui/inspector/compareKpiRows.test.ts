import { describe, expect, it } from 'vitest';
import { COMPARED_KPIS, compareKpis, type KpiFigures } from '../../domain/kpiComparison.ts';
import { hours, minutes } from '../../domain/units.ts';
import { compareKpiRows } from './compareKpiRows.ts';

const baseline: KpiFigures = {
  delivered: 290,
  unassigned: 10,
  late: 4,
  onTimePct: (286 / 290) * 100,
  meanLateness: 40,
  p90Lateness: 0,
  meanClickToDoor: minutes(66.25),
  p90ClickToDoor: minutes(85),
  meanReadyToDoor: minutes(25),
  p90ReadyToDoor: minutes(50),
  ordersPerShopperHour: 2.5,
  utilisationPct: 61.04,
  distance: 412_340,
  driveTime: hours(20) + minutes(10),
  shopperTime: hours(116),
  shoppersUsed: 40,
  batches: 150,
  meanBatchSize: 290 / 150,
  totalCost: 2354.1,
  costPerOrder: 2354.1 / 290,
};
const current: KpiFigures = {
  ...baseline,
  delivered: 291,
  unassigned: 9,
  late: 1,
  onTimePct: (290 / 291) * 100,
  meanClickToDoor: minutes(70),
  distance: 412_300,
  driveTime: hours(21) + minutes(15),
  batches: 291,
  meanBatchSize: 1,
  costPerOrder: null,
};

const rows = Object.fromEntries(compareKpiRows(compareKpis(baseline, current)).map((r) => [r.key, r]));
const shown = (key: keyof KpiFigures) => {
  const r = rows[key]!;
  return [r.label, r.baseline, r.current, r.change, r.verdictText];
};

describe('compareKpiRows', () => {
  it('shows each KPI in both plans and the change, with its unit and the verdict in words', () => {
    expect(Object.keys(rows)).toEqual(COMPARED_KPIS.map((k) => k.key));
    expect(shown('delivered')).toEqual(['Delivered (orders)', '290', '291', '+1', 'better']);
    expect(shown('unassigned')).toEqual(['Unassigned (orders)', '10', '9', '−1', 'better']);
    expect(shown('late')).toEqual(['Late (orders)', '4', '1', '−3', 'better']);
    expect(shown('onTimePct')).toEqual(['On time (%)', '98.6', '99.7', '+1.0 pp', 'better']);
    expect(shown('meanClickToDoor')).toEqual(['Click-to-door, mean (min)', '66.3', '70.0', '+3.8', 'worse']);
    expect(shown('driveTime')).toEqual(['Drive time (h)', '20.17', '21.25', '+1.08', 'worse']);
    expect(shown('distance')).toEqual(['Distance (km)', '412.3', '412.3', 'no change', '']);
    expect(shown('batches')).toEqual(['Batches', '150', '291', '+141', 'changed']);
    expect(shown('meanBatchSize')).toEqual(['Batch size, mean (orders)', '1.93', '1.00', '−0.93', 'changed']);
    expect(shown('ordersPerShopperHour')).toEqual([
      'Orders per shopper-hour',
      '2.50',
      '2.50',
      'no change',
      '',
    ]);
    expect(shown('totalCost')).toEqual(['Total cost', '2,354.10', '2,354.10', 'no change', '']);
  });

  it('keeps the raw change in SI units, and says "—" for what one plan leaves undefined', () => {
    expect(rows.distance!.delta).toBe(-40);
    expect(rows.driveTime!.delta).toBe(minutes(65));
    expect(shown('costPerOrder')).toEqual(['Cost per order', '8.12', '—', '—', '']);
    expect(rows.costPerOrder!.verdict).toBe('incomparable');
  });

  it('says in the tooltip which way is better', () => {
    expect(rows.late!.hint).toMatch(/lower is better$/);
    expect(rows.delivered!.hint).toMatch(/higher is better$/);
    expect(rows.batches!.hint).toMatch(/neither way is better/);
  });
});
