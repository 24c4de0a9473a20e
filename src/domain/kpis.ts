/**
 * The numbers the panels show, derived from scenario + plan. Pure and cheap
 * (one pass over the stops), so the UI recomputes them whenever the plan
 * changes instead of storing a second copy that could drift from the plan.
 */
import type { Plan } from './plan.ts';
import { type Scenario, type TimeWindow, VEHICLE_TYPES, type VehicleType } from './scenario.ts';
import type { Metres, Seconds } from './units.ts';

export interface PlanKpis {
  ordersTotal: number;
  /** Orders with a delivery stop in some trip. */
  ordersAssigned: number;
  /** Orders the plan lists as unassigned (each with its reason). */
  ordersUnassigned: number;
  /** Assigned orders whose delivery arrives after the window (`lateness > 0`). */
  ordersLate: number;
  /**
   * On-time deliveries ÷ assigned orders, on the 0–100 scale. Unassigned orders
   * are not counted here (they have their own KPI), so this measures the
   * quality of the service given, not coverage. 0 when nothing is assigned.
   */
  onTimePct: number;
  driveSeconds: Seconds;
  distanceMetres: Metres;
  /** Paid shopper time: each working shopper from leaving the start to the last departure. */
  shopperSeconds: Seconds;
  shoppersUsed: number;
  /** Trips: one batch picked, then delivered. */
  batches: number;
  /** Assigned orders ÷ batches; 0 when there are no batches. */
  meanBatchSize: number;
  totalCost: number;
  /** Total cost ÷ assigned orders; null when nothing is assigned (it would be meaningless). */
  costPerOrder: number | null;
}

export function computePlanKpis(scenario: Scenario, plan: Plan): PlanKpis {
  let ordersAssigned = 0;
  let ordersLate = 0;
  let driveSeconds = 0;
  let distanceMetres = 0;
  let shopperSeconds = 0;
  let shoppersUsed = 0;
  let batches = 0;
  for (const route of plan.routes) {
    // Plans only list shoppers with work, but an empty route must not count as a shopper used.
    if (route.trips.length > 0) shoppersUsed++;
    batches += route.trips.length;
    driveSeconds += route.driveSeconds;
    distanceMetres += route.distance;
    shopperSeconds += route.endTime - route.startTime;
    for (const trip of route.trips) {
      for (const stop of trip.stops) {
        if (stop.kind !== 'delivery') continue;
        ordersAssigned++;
        if (stop.lateness > 0) ordersLate++;
      }
    }
  }
  const totalCost = plan.cost.total;
  return {
    ordersTotal: scenario.orders.length,
    ordersAssigned,
    ordersUnassigned: plan.unassigned.length,
    ordersLate,
    onTimePct: ordersAssigned > 0 ? ((ordersAssigned - ordersLate) / ordersAssigned) * 100 : 0,
    driveSeconds,
    distanceMetres,
    shopperSeconds,
    shoppersUsed,
    batches,
    meanBatchSize: batches > 0 ? ordersAssigned / batches : 0,
    totalCost,
    costPerOrder: ordersAssigned > 0 ? totalCost / ordersAssigned : null,
  };
}

/** One working shopper's day, for the shopper list. */
export interface ShopperDay {
  shopperId: string;
  name: string;
  /** Position in `scenario.shoppers`: the key of the shopper's stable colour. */
  index: number;
  orders: number;
  trips: number;
  /** From leaving the start to the last departure, as in `PlanKpis.shopperSeconds`. */
  workSeconds: Seconds;
}

/** Working shoppers in scenario order, so the list does not reshuffle between re-solves. */
export function shopperDays(scenario: Scenario, plan: Plan): ShopperDay[] {
  const routes = new Map(plan.routes.map((r) => [r.shopperId, r]));
  const days: ShopperDay[] = [];
  scenario.shoppers.forEach((shopper, index) => {
    const route = routes.get(shopper.id);
    if (!route || route.trips.length === 0) return;
    days.push({
      shopperId: shopper.id,
      name: shopper.name,
      index,
      orders: route.trips.reduce((n, trip) => n + trip.orderIds.length, 0),
      trips: route.trips.length,
      workSeconds: route.endTime - route.startTime,
    });
  });
  return days;
}

export interface ScenarioSummary {
  stores: number;
  orders: number;
  shoppers: number;
  items: number;
  /** First to last `placedAt`; null without orders. */
  orderPeriod: TimeWindow | null;
  /** Earliest shift start to latest shift end; null without shoppers. */
  shiftCoverage: TimeWindow | null;
  /** Shoppers per vehicle type; every type is present, possibly with 0. */
  fleet: Record<VehicleType, number>;
}

export function summarizeScenario(day: Pick<Scenario, 'stores' | 'orders' | 'shoppers'>): ScenarioSummary {
  const fleet = Object.fromEntries(VEHICLE_TYPES.map((v) => [v, 0])) as Record<VehicleType, number>;
  for (const shopper of day.shoppers) fleet[shopper.vehicle]++;
  return {
    stores: day.stores.length,
    orders: day.orders.length,
    shoppers: day.shoppers.length,
    items: day.orders.reduce((n, o) => n + o.items, 0),
    orderPeriod: span(day.orders.map((o) => ({ start: o.placedAt, end: o.placedAt }))),
    shiftCoverage: span(day.shoppers.map((s) => s.shift)),
    fleet,
  };
}

/** The smallest window containing all of `windows`; null when there are none. */
function span(windows: TimeWindow[]): TimeWindow | null {
  if (windows.length === 0) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const w of windows) {
    if (w.start < start) start = w.start;
    if (w.end > end) end = w.end;
  }
  return { start, end };
}
