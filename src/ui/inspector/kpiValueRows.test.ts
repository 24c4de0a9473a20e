import { describe, expect, it } from 'vitest';
import type { KpiDistributions } from '../../domain/kpiDistributions.ts';
import type { PlanKpis } from '../../domain/kpis.ts';
import { minutes } from '../../domain/units.ts';
import { kpiValueRows } from './kpiValueRows.ts';

const headline: PlanKpis = {
  ordersTotal: 5,
  ordersAssigned: 4,
  ordersUnassigned: 1,
  ordersLate: 1,
  onTimePct: 75,
  driveSeconds: 5400,
  distanceMetres: 26_000,
  shopperSeconds: 12_600,
  shoppersUsed: 2,
  batches: 3,
  meanBatchSize: 4 / 3,
  totalCost: 120.3,
  costPerOrder: 30.075,
};

const distributions: KpiDistributions = {
  deliveries: [],
  lateness: { count: 4, mean: minutes(5), p90: minutes(15) },
  clickToDoor: { count: 4, mean: minutes(66.25), p90: minutes(85) },
  readyToDoor: { count: 4, mean: minutes(25), p90: minutes(50) },
  ordersPerShopperHour: 4 / 3.5,
  shoppers: [],
  fleetUtilisationPct: 32.08,
  batchSizes: [2, 1],
};

const byId = (rows: ReturnType<typeof kpiValueRows>) => Object.fromEntries(rows.map((r) => [r.testId, r]));

describe('kpiValueRows', () => {
  it('shows every KPI with its unit, and keeps the raw number in SI units', () => {
    const rows = byId(kpiValueRows(headline, distributions));
    const shown = Object.fromEntries(
      Object.values(rows).map((r) => [r.testId, [r.display, r.value, r.unit]]),
    );
    expect(shown).toEqual({
      'kpi-delivered': ['4 of 5 orders', 4, 'orders'],
      'kpi-orders-unassigned': ['1 order', 1, 'orders'],
      'kpi-on-time-pct': ['75%', 75, '%'],
      'kpi-mean-lateness': ['5.0 min', 300, 's'],
      'kpi-p90-lateness': ['15.0 min', 900, 's'],
      'kpi-mean-click-to-door': ['66.3 min', 3975, 's'],
      'kpi-p90-click-to-door': ['85.0 min', 5100, 's'],
      'kpi-mean-ready-to-door': ['25.0 min', 1500, 's'],
      'kpi-p90-ready-to-door': ['50.0 min', 3000, 's'],
      'kpi-orders-per-shopper-hour': ['1.14 per hour', 4 / 3.5, '1/h'],
      'kpi-utilisation': ['32%', 32.08, '%'],
      'kpi-km': ['26.0 km', 26_000, 'm'],
      'kpi-drive-hours': ['1.5 h', 5400, 's'],
      'kpi-batch-count': ['3 batches', 3, 'batches'],
      'kpi-mean-batch-size': ['1.3 orders', 4 / 3, 'orders'],
      'kpi-cost-per-delivered-order': ['30.08 per order', 30.075, 'money/order'],
    });
    for (const row of Object.values(rows)) expect(row.hint).not.toBe('');
  });

  it('shows "—" for what a plan without deliveries leaves undefined', () => {
    const nothing: PlanKpis = {
      ...headline,
      ordersAssigned: 0,
      ordersUnassigned: 5,
      ordersLate: 0,
      onTimePct: 0,
      batches: 0,
      meanBatchSize: 0,
      costPerOrder: null,
    };
    const none: KpiDistributions = {
      ...distributions,
      lateness: null,
      clickToDoor: null,
      readyToDoor: null,
      ordersPerShopperHour: null,
      fleetUtilisationPct: null,
      batchSizes: [],
    };
    const rows = byId(kpiValueRows(nothing, none));
    for (const id of [
      'kpi-on-time-pct',
      'kpi-mean-lateness',
      'kpi-p90-lateness',
      'kpi-p90-click-to-door',
      'kpi-p90-ready-to-door',
      'kpi-orders-per-shopper-hour',
      'kpi-utilisation',
      'kpi-mean-batch-size',
      'kpi-cost-per-delivered-order',
    ]) {
      expect(rows[id], id).toMatchObject({ value: null, display: '—' });
    }
    expect(rows['kpi-delivered']!.display).toBe('0 of 5 orders');
  });
});
