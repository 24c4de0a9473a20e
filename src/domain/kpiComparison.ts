/**
 * Every KPI the studio shows (the KPI tab's and the plan panel's), for two
 * plans of one day, with each change and whether it is for the better. Pure:
 * the figures come from `computePlanKpis` and `computeKpiDistributions`, as
 * on those screens.
 */
import { computeKpiDistributions } from './kpiDistributions.ts';
import { computePlanKpis } from './kpis.ts';
import type { PlanOfDay } from './plan.ts';

export type KpiKey =
  | 'delivered'
  | 'unassigned'
  | 'late'
  | 'onTimePct'
  | 'meanLateness'
  | 'p90Lateness'
  | 'meanClickToDoor'
  | 'p90ClickToDoor'
  | 'meanReadyToDoor'
  | 'p90ReadyToDoor'
  | 'ordersPerShopperHour'
  | 'utilisationPct'
  | 'distance'
  | 'driveTime'
  | 'shopperTime'
  | 'shoppersUsed'
  | 'batches'
  | 'meanBatchSize'
  | 'totalCost'
  | 'costPerOrder';

/** SI units as in `kpiValueRows`: s, m, % on the 0–100 scale, 1/h per hour; money in the scenario's currency. */
export type KpiUnit = 'orders' | 'shoppers' | 'batches' | '%' | 's' | 'm' | '1/h' | 'money' | 'money/order';

/** Which way a KPI improves; null when neither way is better in itself (more batches, more shoppers used). */
export type KpiDirection = 'higher' | 'lower' | null;

export interface KpiSpec {
  key: KpiKey;
  unit: KpiUnit;
  better: KpiDirection;
  /**
   * The smallest change shown (the precision of the KPI on screen, in its
   * unit). A change under half of it is no change: the table must never say
   * "better" beside a difference that shows as 0.
   */
  step: number;
}

/**
 * The KPIs compared, in the order they are shown. Steps: whole orders, tenths
 * of a percentage point, tenths of a minute (6 s) for lateness and door
 * times, hundredths of an hour (36 s) for time summed over shoppers, tenths
 * of a km, cents.
 */
export const COMPARED_KPIS: readonly KpiSpec[] = [
  { key: 'delivered', unit: 'orders', better: 'higher', step: 1 },
  { key: 'unassigned', unit: 'orders', better: 'lower', step: 1 },
  { key: 'late', unit: 'orders', better: 'lower', step: 1 },
  { key: 'onTimePct', unit: '%', better: 'higher', step: 0.1 },
  { key: 'meanLateness', unit: 's', better: 'lower', step: 6 },
  { key: 'p90Lateness', unit: 's', better: 'lower', step: 6 },
  { key: 'meanClickToDoor', unit: 's', better: 'lower', step: 6 },
  { key: 'p90ClickToDoor', unit: 's', better: 'lower', step: 6 },
  { key: 'meanReadyToDoor', unit: 's', better: 'lower', step: 6 },
  { key: 'p90ReadyToDoor', unit: 's', better: 'lower', step: 6 },
  { key: 'ordersPerShopperHour', unit: '1/h', better: 'higher', step: 0.01 },
  { key: 'utilisationPct', unit: '%', better: 'higher', step: 0.1 },
  { key: 'distance', unit: 'm', better: 'lower', step: 100 },
  { key: 'driveTime', unit: 's', better: 'lower', step: 36 },
  { key: 'shopperTime', unit: 's', better: 'lower', step: 36 },
  { key: 'shoppersUsed', unit: 'shoppers', better: null, step: 1 },
  { key: 'batches', unit: 'batches', better: null, step: 1 },
  { key: 'meanBatchSize', unit: 'orders', better: null, step: 0.01 },
  { key: 'totalCost', unit: 'money', better: 'lower', step: 0.01 },
  { key: 'costPerOrder', unit: 'money/order', better: 'lower', step: 0.01 },
];

/** One plan's KPIs; null where the plan leaves a KPI undefined (nothing delivered, nobody working), as on screen. */
export type KpiFigures = Record<KpiKey, number | null>;

export function kpiFigures({ scenario, plan }: PlanOfDay): KpiFigures {
  const k = computePlanKpis(scenario, plan);
  const d = computeKpiDistributions(scenario, plan);
  const delivered = k.ordersAssigned;
  return {
    delivered,
    unassigned: k.ordersUnassigned,
    late: k.ordersLate,
    onTimePct: delivered > 0 ? k.onTimePct : null,
    meanLateness: d.lateness?.mean ?? null,
    p90Lateness: d.lateness?.p90 ?? null,
    meanClickToDoor: d.clickToDoor?.mean ?? null,
    p90ClickToDoor: d.clickToDoor?.p90 ?? null,
    meanReadyToDoor: d.readyToDoor?.mean ?? null,
    p90ReadyToDoor: d.readyToDoor?.p90 ?? null,
    ordersPerShopperHour: d.ordersPerShopperHour,
    utilisationPct: d.fleetUtilisationPct,
    distance: k.distanceMetres,
    driveTime: k.driveSeconds,
    shopperTime: k.shopperSeconds,
    shoppersUsed: k.shoppersUsed,
    batches: k.batches,
    meanBatchSize: k.batches > 0 ? k.meanBatchSize : null,
    totalCost: k.totalCost,
    costPerOrder: k.costPerOrder,
  };
}

/**
 * - `better` / `worse`: changed, by at least half a step, for the better or the worse;
 * - `different`: changed, for a KPI no direction of which is better;
 * - `same`: changed by less than half a step, or undefined in both plans;
 * - `incomparable`: defined in one plan only (nothing delivered in the other).
 */
export type KpiVerdict = 'better' | 'worse' | 'different' | 'same' | 'incomparable';

export interface KpiDelta extends KpiSpec {
  /** In the baseline. */
  a: number | null;
  /** In the plan compared with it. */
  b: number | null;
  /** b − a; null unless both are defined. */
  delta: number | null;
  verdict: KpiVerdict;
}

export function compareKpis(a: KpiFigures, b: KpiFigures): KpiDelta[] {
  return COMPARED_KPIS.map((spec) => {
    const before = a[spec.key];
    const after = b[spec.key];
    const delta = before !== null && after !== null ? after - before : null;
    return { ...spec, a: before, b: after, delta, verdict: verdict(spec, before, after, delta) };
  });
}

function verdict(spec: KpiSpec, a: number | null, b: number | null, delta: number | null): KpiVerdict {
  if (delta === null) return a === null && b === null ? 'same' : 'incomparable';
  if (Math.abs(delta) < spec.step / 2) return 'same';
  if (spec.better === null) return 'different';
  return delta > 0 === (spec.better === 'higher') ? 'better' : 'worse';
}
