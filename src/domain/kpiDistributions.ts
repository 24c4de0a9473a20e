/**
 * The plan's KPIs as distributions, for the KPI charts: how long each order
 * takes to reach the door, how late the late ones are, how full the batches
 * are and how busy each shopper is, with the means and percentiles that sum
 * them up. Pure, one pass over the stops like `computePlanKpis`, whose
 * headline numbers (delivered, on time, km, cost per order) these complete.
 *
 * The plan may be one of an earlier scenario than the one given (the plan on
 * screen during the re-solve after an edit): orders and shoppers the scenario
 * no longer has are left out of the figures that need them, never guessed.
 */
import type { Plan, ShopperRoute } from './plan.ts';
import { isWorking, type Scenario } from './scenario.ts';
import { SECONDS_PER_HOUR, type Seconds } from './units.ts';

/**
 * The nearest-rank percentile: the smallest value such that at least
 * `percent`% of the values are less than or equal to it. With the values
 * sorted ascending as x₁ ≤ … ≤ xₙ it is x_k, k = ⌈percent/100 · n⌉ (k = 1 for
 * percent 0). Always one of the values, never interpolated: "p90 = 12 min"
 * means some order really took 12 min and 90% took no longer. Null for no
 * values. `percent` is on the 0–100 scale.
 */
export function nearestRankPercentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  if (!(percent >= 0 && percent <= 100)) throw new RangeError(`percentile ${percent} is not in 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  // percent · n is computed before dividing so that whole percents give exact ranks (0.07 · 100 ≠ 7 in floats).
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1]!;
}

/** Mean and 90th percentile (nearest rank) of a set of durations. */
export interface DurationStats {
  count: number;
  mean: Seconds;
  p90: Seconds;
}

/** Null for no values: a mean of nothing is not 0. */
export function durationStats(values: readonly Seconds[]): DurationStats | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return { count: values.length, mean: sum / values.length, p90: nearestRankPercentile(values, 90)! };
}

/** One delivered order's times. */
export interface DeliveryTiming {
  orderId: string;
  /** After the window's end, as the plan scores it (0 when on time). */
  lateness: Seconds;
  /** Click-to-door: the order's `placedAt` → the start of its handoff. Null when the scenario no longer has the order. */
  clickToDoor: Seconds | null;
  /**
   * Ready-to-door: the departure from the order's pickup stop (its bags
   * picked) → the start of its handoff; this includes the rest of the batch's
   * picking and the deliveries before it. Null for an order with no pickup
   * stop in the plan (goods on board from the start).
   */
  readyToDoor: Seconds | null;
}

/** Where one shopper's shift went. */
export interface ShopperUtilisation {
  shopperId: string;
  name: string;
  /** Position in `scenario.shoppers`: the key of the shopper's stable colour. */
  index: number;
  shiftSeconds: Seconds;
  /** In the aisles: from the start of each pickup to its departure. */
  pickingSeconds: Seconds;
  driveSeconds: Seconds;
  /** At the door: from the start of each handoff to its departure. */
  handoffSeconds: Seconds;
  /** picking + driving + handoff. */
  busySeconds: Seconds;
  /**
   * busy ÷ shift, on the 0–100 scale; null for an empty shift. Waiting
   * (arrived before a window opens, the order is placed or the store opens)
   * is not busy: the shopper is only standing by, and counting it would make
   * a badly timed day look as well used as a full one. Nor is the shift
   * before the route leaves or after it ends.
   */
  utilisationPct: number | null;
}

export interface KpiDistributions {
  /** Every delivered order, in plan order. */
  deliveries: DeliveryTiming[];
  /** Over every delivered order, on-time ones counting 0; null when nothing is delivered. */
  lateness: DurationStats | null;
  /** Over the delivered orders that have a click-to-door time. */
  clickToDoor: DurationStats | null;
  /** Over the delivered orders that have a ready-to-door time. */
  readyToDoor: DurationStats | null;
  /**
   * Delivered orders ÷ paid shopper hours (each working shopper from leaving
   * the start to the end of the route, as `PlanKpis.shopperSeconds`); null
   * when nobody works.
   */
  ordersPerShopperHour: number | null;
  /** Every shopper working today (not set off), in scenario order; those without a route are idle. */
  shoppers: ShopperUtilisation[];
  /**
   * The fleet's utilisation: Σ busy ÷ Σ shift over `shoppers`, on the 0–100
   * scale, so that rostered shoppers left idle count against it; null when
   * no shift has any length.
   */
  fleetUtilisationPct: number | null;
  /** `batchSizes[n - 1]` = batches of n orders, for n from 1 to the largest batch; empty without batches. */
  batchSizes: number[];
}

export function computeKpiDistributions(scenario: Scenario, plan: Plan): KpiDistributions {
  const placedAt = new Map(scenario.orders.map((o) => [o.id, o.placedAt]));
  const deliveries: DeliveryTiming[] = [];
  const batchSizes: number[] = [];
  let paidSeconds = 0;
  for (const route of plan.routes) {
    paidSeconds += route.endTime - route.startTime;
    for (const trip of route.trips) {
      const size = trip.orderIds.length;
      while (batchSizes.length < size) batchSizes.push(0);
      if (size > 0) batchSizes[size - 1]!++;
      const pickedAt = new Map<string, Seconds>();
      for (const stop of trip.stops) {
        if (stop.kind === 'pickup') {
          pickedAt.set(stop.orderId, stop.departure);
          continue;
        }
        const placed = placedAt.get(stop.orderId);
        const ready = pickedAt.get(stop.orderId);
        deliveries.push({
          orderId: stop.orderId,
          lateness: stop.lateness,
          clickToDoor: placed === undefined ? null : stop.start - placed,
          readyToDoor: ready === undefined ? null : stop.start - ready,
        });
      }
    }
  }
  const shoppers = shopperUtilisation(scenario, plan);
  let busy = 0;
  let shift = 0;
  for (const s of shoppers) {
    busy += s.busySeconds;
    shift += s.shiftSeconds;
  }
  return {
    deliveries,
    lateness: durationStats(deliveries.map((d) => d.lateness)),
    clickToDoor: durationStats(known(deliveries.map((d) => d.clickToDoor))),
    readyToDoor: durationStats(known(deliveries.map((d) => d.readyToDoor))),
    ordersPerShopperHour: paidSeconds > 0 ? deliveries.length / (paidSeconds / SECONDS_PER_HOUR) : null,
    shoppers,
    fleetUtilisationPct: shift > 0 ? (busy / shift) * 100 : null,
    batchSizes,
  };
}

/** Each shopper working today, with the time the plan keeps them busy. */
export function shopperUtilisation(scenario: Scenario, plan: Plan): ShopperUtilisation[] {
  const routes = new Map(plan.routes.map((r) => [r.shopperId, r]));
  const result: ShopperUtilisation[] = [];
  scenario.shoppers.forEach((shopper, index) => {
    if (!isWorking(shopper)) return;
    const { pickingSeconds, handoffSeconds, driveSeconds } = timeAtWork(routes.get(shopper.id));
    const busySeconds = pickingSeconds + driveSeconds + handoffSeconds;
    const shiftSeconds = shopper.shift.end - shopper.shift.start;
    result.push({
      shopperId: shopper.id,
      name: shopper.name,
      index,
      shiftSeconds,
      pickingSeconds,
      driveSeconds,
      handoffSeconds,
      busySeconds,
      utilisationPct: shiftSeconds > 0 ? (busySeconds / shiftSeconds) * 100 : null,
    });
  });
  return result;
}

function timeAtWork(route: ShopperRoute | undefined) {
  let pickingSeconds = 0;
  let handoffSeconds = 0;
  for (const trip of route?.trips ?? []) {
    for (const stop of trip.stops) {
      const service = stop.departure - stop.start;
      if (stop.kind === 'pickup') pickingSeconds += service;
      else handoffSeconds += service;
    }
  }
  return { pickingSeconds, handoffSeconds, driveSeconds: route?.driveSeconds ?? 0 };
}

function known(values: (Seconds | null)[]): Seconds[] {
  return values.filter((v): v is Seconds => v !== null);
}
