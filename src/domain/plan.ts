/**
 * The plan: what the engine decided, in scenario terms (ids, seconds, metres).
 * A plan is always produced for one scenario and is only meaningful with it.
 */
import type { LngLat, Scenario } from './scenario.ts';
import type { Metres, Seconds } from './units.ts';

/**
 * Why an order is unassigned, late or blocked. One vocabulary used by the
 * engine, the UI and the JSON output.
 */
export type ReasonCode =
  | 'time-window'
  | 'capacity'
  | 'batch-size'
  /** Same-store batches only, and this would carry orders of two stores at once. */
  | 'mixed-stores'
  | 'ride-time'
  | 'shift'
  | 'skill'
  | 'no-store'
  /** Feasible somewhere, but serving it costs more than its unassigned penalty. */
  | 'cost';

export interface Load {
  items: number;
  bags: number;
  orders: number;
}

export interface PlannedStop {
  kind: 'pickup' | 'delivery';
  orderId: string;
  /** The store for a pickup; the order's store for a delivery too (for colouring). */
  storeId: string;
  location: LngLat;
  arrival: Seconds;
  wait: Seconds;
  /** Start of picking (pickup) or of the handoff (delivery). */
  start: Seconds;
  departure: Seconds;
  /** On board after this stop. */
  load: Load;
  /** Arrival after the window's end (deliveries, soft windows); 0 when on time. */
  lateness: Seconds;
}

/** One trip: pick a batch at one or more stores, then deliver it. */
export interface Trip {
  orderIds: string[];
  storeIds: string[];
  stops: PlannedStop[];
}

export interface ShopperRoute {
  shopperId: string;
  trips: Trip[];
  /** Leaves the start location. */
  startTime: Seconds;
  /** Departs the last stop (the day may end anywhere). */
  endTime: Seconds;
  driveSeconds: Seconds;
  distance: Metres;
  /** Time, distance, fixed cost and lateness of this shopper's day. */
  cost: number;
}

export interface UnassignedOrder {
  orderId: string;
  reason: ReasonCode;
}

export interface CostBreakdown {
  time: number;
  distance: number;
  /** Shoppers' fixed costs, for each shopper with work. */
  fixed: number;
  lateness: number;
  unassigned: number;
  total: number;
}

export interface Plan {
  /** Only shoppers with work appear. */
  routes: ShopperRoute[];
  unassigned: UnassignedOrder[];
  cost: CostBreakdown;
}

/** A plan with the scenario it was made for, where both are needed (its KPIs, comparing it with another). */
export interface PlanOfDay {
  scenario: Scenario;
  plan: Plan;
}
