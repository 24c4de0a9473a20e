/**
 * Planner's edits to a scenario, as functions for the store's `editScenario`.
 * Each returns a new scenario sharing everything it does not change.
 */
import type { Plan } from './plan.ts';
import type {
  Constraints,
  HandAssignment,
  LngLat,
  Order,
  Scenario,
  Seconds,
  Shopper,
  ShopperPin,
  VehicleType,
} from './scenario.ts';

export type ScenarioEdit = (scenario: Scenario) => Scenario;

export const setConstraint =
  <K extends keyof Constraints>(key: K, value: Constraints[K]): ScenarioEdit =>
  (s) => ({ ...s, constraints: { ...s.constraints, [key]: value } });

/** Each order's ride may exceed the direct drive by at most this much; null: by any amount. */
export const setMaxDetour =
  (seconds: Seconds | null): ScenarioEdit =>
  (s) => {
    const { maxDetourSeconds: _, ...rest } = s.constraints;
    return { ...s, constraints: seconds === null ? rest : { ...rest, maxDetourSeconds: seconds } };
  };

/** Every store picks at this pace. */
export const setPickSecondsPerItem =
  (seconds: Seconds): ScenarioEdit =>
  (s) => ({ ...s, stores: s.stores.map((store) => ({ ...store, pickSecondsPerItem: seconds })) });

/** Every order takes this long at the door. */
export const setHandoffSeconds =
  (seconds: Seconds): ScenarioEdit =>
  (s) => ({ ...s, orders: s.orders.map((order) => ({ ...order, handoffSeconds: seconds })) });

export const setVehicleSpeed =
  (vehicle: VehicleType, kmh: number): ScenarioEdit =>
  (s) => ({ ...s, travel: { ...s.travel, speedsKmh: { ...s.travel.speedsKmh, [vehicle]: kmh } } });

/** Every shopper is paid this rate (or this fixed cost for working at all). */
export const setShopperRate =
  (rate: 'costPerHour' | 'costPerKm' | 'fixedCost', value: number): ScenarioEdit =>
  (s) => ({ ...s, shoppers: s.shoppers.map((shopper): Shopper => ({ ...shopper, [rate]: value })) });

/** One shopper changed; the others stay as they are. */
export const editShopper =
  (shopperId: string, change: (shopper: Shopper) => Shopper): ScenarioEdit =>
  (s) => ({ ...s, shoppers: s.shoppers.map((p) => (p.id === shopperId ? change(p) : p)) });

/** On or off today; a shopper back on carries no `active` flag, as one never turned off. */
export const setShopperWorking = (shopperId: string, working: boolean): ScenarioEdit =>
  editShopper(shopperId, ({ active: _, ...shopper }) => (working ? shopper : { ...shopper, active: false }));

/** Where a customer's door, a store or a shopper's start is, moved on the map. */
export const moveOrder =
  (orderId: string, location: LngLat): ScenarioEdit =>
  (s) => ({ ...s, orders: s.orders.map((o) => (o.id === orderId ? { ...o, location } : o)) });

export const moveStore =
  (storeId: string, location: LngLat): ScenarioEdit =>
  (s) => ({ ...s, stores: s.stores.map((st) => (st.id === storeId ? { ...st, location } : st)) });

export const moveShopperStart = (shopperId: string, start: LngLat): ScenarioEdit =>
  editShopper(shopperId, (p) => ({ ...p, start }));

export const addOrder =
  (order: Order): ScenarioEdit =>
  (s) => ({ ...s, orders: [...s.orders, order] });

/** The order goes, and with it its stops in a pin (a pin left with no stops goes) and its hand assignment. */
export const deleteOrder =
  (orderId: string): ScenarioEdit =>
  (s) =>
    withAssignments(
      withPins(
        { ...s, orders: s.orders.filter((o) => o.id !== orderId) },
        (s.pins ?? [])
          .map((pin) => ({ ...pin, stops: pin.stops.filter((stop) => stop.orderId !== orderId) }))
          .filter((pin) => pin.stops.length > 0),
      ),
      (s.assignments ?? []).filter((a) => a.orderId !== orderId),
    );

/** Gives the order to this shopper by hand: re-solves serve it there or not at all. */
export const assignOrder =
  (orderId: string, shopperId: string): ScenarioEdit =>
  (s) =>
    withAssignments(s, [
      ...(s.assignments ?? []).filter((a) => a.orderId !== orderId),
      { orderId, shopperId },
    ]);

/** Lets the engine choose the order's shopper again. */
export const releaseOrder =
  (orderId: string): ScenarioEdit =>
  (s) =>
    withAssignments(
      s,
      (s.assignments ?? []).filter((a) => a.orderId !== orderId),
    );

/** Pins the shopper's day as `plan` has it (replacing its batch pins); a shopper without work in it is not pinned. */
export const pinShopper =
  (shopperId: string, plan: Plan): ScenarioEdit =>
  (s) => {
    const route = plan.routes.find((r) => r.shopperId === shopperId);
    const stops = (route?.trips ?? []).flatMap((t) =>
      t.stops.map(({ kind, orderId }) => ({ kind, orderId })),
    );
    const others = (s.pins ?? []).filter((pin) => pin.shopperId !== shopperId);
    return withPins(s, stops.length > 0 ? [...others, { shopperId, stops }] : others);
  };

/**
 * Pins the batch that carries `orderId` in `plan`, on its shopper; the
 * shopper's batch pins stay in the order of the day.
 */
export const pinBatch =
  (orderId: string, plan: Plan): ScenarioEdit =>
  (s) => {
    const route = plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes(orderId)));
    const trip = route?.trips.find((t) => t.orderIds.includes(orderId));
    if (!route || !trip) return s;
    const shopperId = route.shopperId;
    const startOf = (pin: ShopperPin) =>
      route.trips.findIndex((t) => t.orderIds.includes(pin.stops[0]?.orderId ?? ''));
    const pin: ShopperPin = {
      shopperId,
      scope: 'batch',
      stops: trip.stops.map(({ kind, orderId }) => ({ kind, orderId })),
    };
    const pins = s.pins ?? [];
    const mine = [...pins.filter((p) => p.shopperId === shopperId && p.scope === 'batch'), pin];
    mine.sort((a, b) => startOf(a) - startOf(b));
    return withPins(s, [...pins.filter((p) => p.shopperId !== shopperId), ...mine]);
  };

/** Lets go of the pinned batch that holds `orderId`. */
export const unpinBatch =
  (orderId: string): ScenarioEdit =>
  (s) =>
    withPins(
      s,
      (s.pins ?? []).filter(
        (pin) => pin.scope !== 'batch' || !pin.stops.some((stop) => stop.orderId === orderId),
      ),
    );

/** Lets go of the shopper's day pin and batch pins. */
export const unpinShopper =
  (shopperId: string): ScenarioEdit =>
  (s) =>
    withPins(
      s,
      (s.pins ?? []).filter((pin) => pin.shopperId !== shopperId),
    );

/** No `pins` at all rather than an empty list, so that unpinning everything gives back the scenario as it was. */
function withPins(s: Scenario, pins: ShopperPin[]): Scenario {
  const { pins: _, ...rest } = s;
  return pins.length > 0 ? { ...rest, pins } : rest;
}

/** No `assignments` at all rather than an empty list, like `withPins`. */
function withAssignments(s: Scenario, assignments: HandAssignment[]): Scenario {
  const { assignments: _, ...rest } = s;
  return assignments.length > 0 ? { ...rest, assignments } : rest;
}

/** The lowest and highest of `values`; null when there are none. */
export function valueRange(values: readonly number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  // A loop, not Math.min(...values): a large day's orders would overflow the argument list.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return { min, max };
}
