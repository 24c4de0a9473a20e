/**
 * The KPI tab's numbers as text: one row per KPI with its label, what it
 * means, the number as shown (always with its unit) and the raw number for
 * `data-value`. Raw numbers are in SI units (seconds, metres), percentages
 * on the 0–100 scale and rates per hour, as `unit` says, so that tests can
 * compare them with the plan exactly.
 */
import type { KpiDistributions } from '../../domain/kpiDistributions.ts';
import type { PlanKpis } from '../../domain/kpis.ts';
import {
  formatHours,
  formatKm,
  formatMoney,
  formatPercent,
  type Seconds,
  toMinutes,
} from '../../domain/units.ts';

export interface KpiValueRow {
  label: string;
  /** What exactly is measured, for the label's tooltip. */
  hint: string;
  testId: string;
  /** Null when the KPI is undefined for this plan (nothing delivered, nobody working): shown as "—". */
  value: number | null;
  /** The unit of `value`: s, m, %, orders, batches, 1/h (per hour) or money/order. */
  unit: string;
  display: string;
}

const NONE = '—';

/** "42.5 min": one decimal, since means and short lateness would round away to 0 min. */
export function formatMinutesTenths(s: Seconds): string {
  return `${toMinutes(s).toFixed(1)} min`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function row(
  label: string,
  testId: string,
  value: number | null,
  unit: string,
  format: (v: number) => string,
  hint: string,
): KpiValueRow {
  return { label, hint, testId, value, unit, display: value === null ? NONE : format(value) };
}

export function kpiValueRows(headline: PlanKpis, d: KpiDistributions): KpiValueRow[] {
  const delivered = headline.ordersAssigned;
  return [
    row(
      'Delivered',
      'kpi-delivered',
      delivered,
      'orders',
      (n) => `${n} of ${count(headline.ordersTotal, 'order', 'orders')}`,
      'Orders with a delivery in the plan',
    ),
    row(
      'Unassigned',
      'kpi-orders-unassigned',
      headline.ordersUnassigned,
      'orders',
      (n) => count(n, 'order', 'orders'),
      'Orders the plan leaves without a shopper',
    ),
    row(
      'On time',
      'kpi-on-time-pct',
      delivered > 0 ? headline.onTimePct : null,
      '%',
      (p) => formatPercent(p),
      'Delivered orders whose handoff starts by the end of their window, of all delivered',
    ),
    row(
      'Lateness, mean',
      'kpi-mean-lateness',
      d.lateness?.mean ?? null,
      's',
      formatMinutesTenths,
      'Handoff start past the window’s end, over every delivered order (on time counts 0)',
    ),
    row(
      'Lateness, p90',
      'kpi-p90-lateness',
      d.lateness?.p90 ?? null,
      's',
      formatMinutesTenths,
      '90% of delivered orders are no later than this (nearest rank)',
    ),
    row(
      'Click-to-door, mean',
      'kpi-mean-click-to-door',
      d.clickToDoor?.mean ?? null,
      's',
      formatMinutesTenths,
      'From the order being placed to the start of its handoff',
    ),
    row(
      'Click-to-door, p90',
      'kpi-p90-click-to-door',
      d.clickToDoor?.p90 ?? null,
      's',
      formatMinutesTenths,
      '90% of orders reach the door within this of being placed (nearest rank)',
    ),
    row(
      'Ready-to-door, mean',
      'kpi-mean-ready-to-door',
      d.readyToDoor?.mean ?? null,
      's',
      formatMinutesTenths,
      'From leaving the order’s pickup, picked, to the start of its handoff',
    ),
    row(
      'Ready-to-door, p90',
      'kpi-p90-ready-to-door',
      d.readyToDoor?.p90 ?? null,
      's',
      formatMinutesTenths,
      '90% of orders reach the door within this of being picked (nearest rank)',
    ),
    row(
      'Orders per shopper-hour',
      'kpi-orders-per-shopper-hour',
      d.ordersPerShopperHour,
      '1/h',
      (r) => `${r.toFixed(2)} per hour`,
      'Delivered orders ÷ paid shopper hours (leaving the start to the end of the route)',
    ),
    row(
      'Shopper utilisation',
      'kpi-utilisation',
      d.fleetUtilisationPct,
      '%',
      (p) => formatPercent(p),
      'Picking + driving + handoffs ÷ shift time, over every shopper on shift; waiting is not busy',
    ),
    row('Distance', 'kpi-km', headline.distanceMetres, 'm', (m) => formatKm(m), 'Driven by all shoppers'),
    row(
      'Drive time',
      'kpi-drive-hours',
      headline.driveSeconds,
      's',
      (s) => formatHours(s),
      'Time on the road, all shoppers',
    ),
    row(
      'Batches',
      'kpi-batch-count',
      headline.batches,
      'batches',
      (n) => count(n, 'batch', 'batches'),
      'Trips: one batch picked, then delivered',
    ),
    row(
      'Batch size, mean',
      'kpi-mean-batch-size',
      headline.batches > 0 ? headline.meanBatchSize : null,
      'orders',
      (n) => `${n.toFixed(1)} orders`,
      'Delivered orders ÷ batches',
    ),
    row(
      'Cost per order',
      'kpi-cost-per-delivered-order',
      headline.costPerOrder,
      'money/order',
      (c) => `${formatMoney(c)} per order`,
      'The plan’s total cost (unassigned penalties included) ÷ delivered orders',
    ),
  ];
}
