/**
 * The scenario: everything a planner can edit. Plain JSON-compatible data.
 *
 * Units inside the product are SI: times are seconds since midnight of the
 * scenario's day, distances are metres, speeds km/h (the one unit planners
 * think in), money in the scenario's currency. Screens convert to minutes and
 * km; see `units.ts`.
 */
import type { Metres, Seconds } from './units.ts';

export const SCENARIO_VERSION = 1;

export interface LngLat {
  lng: number;
  lat: number;
}

/** A closed interval of the day; `end >= start`. */
export interface TimeWindow {
  start: Seconds;
  end: Seconds;
}

export type VehicleType = 'car' | 'ebike' | 'walk';
export const VEHICLE_TYPES: readonly VehicleType[] = ['car', 'ebike', 'walk'];

/** How travel between two points is timed: a straight line stretched by a factor, or the streets of a map. */
export type TravelSettings = StraightLineTravel | RoadTravel;

export interface StraightLineTravel {
  model: 'straight-line';
  /** Road distance ÷ great-circle distance; ~1.3 in a street grid. */
  circuity: number;
  /** Average door-to-door speed per vehicle type, km/h. */
  speedsKmh: Record<VehicleType, number>;
}

/**
 * Travel along the streets of a road network. Cars drive the fastest path at
 * each road's own speed (its class or `maxspeed`), so `speedsKmh.car` is not
 * used for timing; e-bikes and walkers follow the same path at their speed.
 */
export interface RoadTravel {
  model: 'road';
  network: NetworkRef;
  speedsKmh: Record<VehicleType, number>;
}

/**
 * Which map a road scenario lives on. The scenario names it rather than
 * embedding it: a city's streets are megabytes, and the app loads them once.
 */
export type NetworkRef =
  /** The procedurally generated city of `src/domain/city/`, from its seed. */
  | { kind: 'builtin-city'; seed: number }
  /** An extract the app ships, by name (e.g. "baltimore"). */
  | { kind: 'sample'; name: string }
  /** A `.osm.pbf` file the planner dropped on the app, by file name. */
  | { kind: 'file'; name: string };

export interface Store {
  id: string;
  name: string;
  location: LngLat;
  /** Orders can only be picked while the store is open. */
  hours: TimeWindow;
  /** Shopper time in the aisles per item (a batch's picking time is the sum). */
  pickSecondsPerItem: Seconds;
}

export interface Order {
  id: string;
  storeId: string;
  /** The customer's door. */
  location: LngLat;
  items: number;
  bags: number;
  /** When the customer placed it: picking cannot start earlier. */
  placedAt: Seconds;
  /** Promised delivery window at the door. */
  window: TimeWindow;
  /** Time at the door to hand the bags over. */
  handoffSeconds: Seconds;
  /** What the shopper must be able to do for this order (e.g. "alcohol": ID check, "frozen": cooler bag). */
  requiredSkills?: string[];
}

export interface Shopper {
  id: string;
  name: string;
  /** Where the shift starts; the day may end anywhere. */
  start: LngLat;
  /** All work, including the last handoff, happens inside the shift. */
  shift: TimeWindow;
  capacity: { items: number; bags: number };
  vehicle: VehicleType;
  /** This shopper's speed relative to the vehicle type's (1 when absent). */
  speedFactor?: number;
  /** What the shopper can do; an order needing a skill goes only to shoppers who have it. */
  skills?: string[];
  costPerHour: number;
  costPerKm: number;
  /** Charged once when the shopper gets any work (a call-out fee, say); 0 when absent. */
  fixedCost?: number;
  /** False: off today, given no work; absent means working. */
  active?: boolean;
}

/** Whether the shopper works today (`active` absent or true). */
export const isWorking = (shopper: Shopper): boolean => shopper.active !== false;

export type WindowMode = 'hard' | 'soft';

export interface Constraints {
  /** Orders carried at once on one trip (the batch size). */
  maxOrdersPerBatch: number;
  /** Items carried at once; a shopper's own capacity may be lower. */
  maxItemsPerBatch: number;
  /** Bags carried at once; a shopper's own capacity may be lower. */
  maxBagsPerBatch: number;
  /** Each batch is picked at one store (absent: a batch may combine stores). */
  sameStoreBatches?: boolean;
  /** Freshness: from leaving the store to the handoff at the door. */
  maxRideSeconds: Seconds;
  /**
   * Fairness to each customer in a batch: the ride from the store may exceed
   * driving straight to their door by at most this much (absent: no limit).
   */
  maxDetourSeconds?: Seconds;
  /** Hard: never arrive after the window; soft: allowed, at a cost. */
  windows: WindowMode;
  latenessCostPerMinute: number;
  /** Cost charged for each order left without a shopper. */
  unassignedPenalty: number;
  /**
   * Plan stability: what giving an order to another shopper than in the plan
   * a re-solve starts from costs the optimiser (absent or 0: re-solves may
   * reshuffle freely). Not part of the plan's cost.
   */
  reassignmentCost?: number;
}

/**
 * What a re-solve keeps as it is. A day pin holds the shopper's whole day:
 * these stops, in this order, and nothing else. A batch pin holds one batch
 * (its pickups and deliveries, in this order) on this shopper, at the times
 * it had, and the engine plans the rest of that shopper's day around it; a
 * shopper may have several batch pins, or one day pin. A rule changed since
 * may make a pin break it; the validator then says so.
 */
export interface ShopperPin {
  shopperId: string;
  /** Absent: the whole day. */
  scope?: 'batch';
  stops: PinStop[];
}

export interface PinStop {
  kind: 'pickup' | 'delivery';
  orderId: string;
}

/**
 * An order a planner gave to a shopper by hand: re-solves serve it on that
 * shopper or not at all (unassigned, with the reason that shopper cannot).
 */
export interface HandAssignment {
  orderId: string;
  shopperId: string;
}

export interface Scenario {
  version: typeof SCENARIO_VERSION;
  name: string;
  description?: string;
  /** Seed the scenario was generated from, when it was generated. */
  seed?: number;
  travel: TravelSettings;
  stores: Store[];
  orders: Order[];
  shoppers: Shopper[];
  constraints: Constraints;
  /** Pinned shopper days and batches (a shopper has one day pin or any batch pins); each order in at most one. */
  pins?: ShopperPin[];
  /** Orders given to a shopper by hand; each order at most once. */
  assignments?: HandAssignment[];
}

export type { Metres, Seconds };
