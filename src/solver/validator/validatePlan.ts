/**
 * The independent plan validator. It shares no evaluation code with the
 * engine: from the scenario and the plan alone it re-simulates every
 * shopper's day leg by leg and checks every rule and every reported number.
 * Tests and benchmarks run it on every plan the engine returns; any finding
 * is a bug in the engine.
 */
import type { Plan, PlannedStop, ShopperRoute } from '../../domain/plan.ts';
import {
  isWorking,
  type LngLat,
  type Order,
  type Scenario,
  type Shopper,
  type Store,
} from '../../domain/scenario.ts';
import type { Violation } from '../../domain/solve.ts';
import { straightLineLeg } from '../travel/straightLine.ts';

/** Distance (metres) and time (seconds) of one leg as this shopper travels it (vehicle type and personal speed). */
export type LegMeasure = (from: LngLat, to: LngLat, shopper: Shopper) => { distance: number; time: number };

/** Seconds and metres are compared to a millisecond / millimetre. */
const TOLERANCE = 1e-3;
const COST_TOLERANCE = 1e-6;

/** Legs of a straight-line scenario; a road scenario is measured on its network (`roadLegs`). */
export function straightLineLegs(scenario: Scenario): LegMeasure {
  const { travel } = scenario;
  if (travel.model === 'road')
    throw new Error('a scenario on roads is validated with its road network (roadLegs)');
  return (from, to, shopper) =>
    straightLineLeg(
      from,
      to,
      travel.circuity,
      travel.speedsKmh[shopper.vehicle] * (shopper.speedFactor ?? 1),
    );
}

export function validatePlan(
  scenario: Scenario,
  plan: Plan,
  leg: LegMeasure = straightLineLegs(scenario),
): Violation[] {
  const violations: Violation[] = [];
  const orders = new Map(scenario.orders.map((o) => [o.id, o] as const));
  const shoppers = new Map(scenario.shoppers.map((s) => [s.id, s] as const));
  const lookup: Lookup = { orders, stores: new Map(scenario.stores.map((s) => [s.id, s] as const)) };
  checkCoverage(scenario, plan, orders, violations);

  const expected = { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0 };
  const seenShoppers = new Set<string>();
  for (const route of plan.routes) {
    const shopper = shoppers.get(route.shopperId);
    if (!shopper) {
      violations.push({
        shopperId: route.shopperId,
        rule: 'coverage',
        message: 'route of an unknown shopper',
      });
      continue;
    }
    if (seenShoppers.has(shopper.id)) {
      violations.push({
        shopperId: shopper.id,
        rule: 'coverage',
        message: 'shopper has more than one route',
      });
    }
    seenShoppers.add(shopper.id);
    if (!isWorking(shopper)) {
      violations.push({ shopperId: shopper.id, rule: 'shift', message: 'shopper is off today but has work' });
    }
    const day = checkRoute(scenario, shopper, route, lookup, leg, violations);
    expected.time += ((route.endTime - route.startTime) / 3600) * shopper.costPerHour;
    expected.distance += (day.distance / 1000) * shopper.costPerKm;
    if (route.trips.length > 0) expected.fixed += shopper.fixedCost ?? 0;
    expected.lateness += (day.lateness / 60) * scenario.constraints.latenessCostPerMinute;
  }
  expected.unassigned = plan.unassigned.length * scenario.constraints.unassignedPenalty;

  const total = expected.time + expected.distance + expected.fixed + expected.lateness + expected.unassigned;
  for (const [part, value] of Object.entries({ ...expected, total })) {
    const reported = plan.cost[part as keyof typeof plan.cost];
    if (!close(reported, value, COST_TOLERANCE * Math.max(1, Math.abs(value)))) {
      violations.push({ rule: 'cost', message: `plan ${part} cost ${reported} but recomputed ${value}` });
    }
  }
  return violations;
}

function checkCoverage(scenario: Scenario, plan: Plan, orders: Map<string, Order>, out: Violation[]): void {
  const served = new Map<string, number>();
  for (const route of plan.routes) {
    for (const trip of route.trips) {
      for (const stop of trip.stops) {
        if (stop.kind === 'delivery') served.set(stop.orderId, (served.get(stop.orderId) ?? 0) + 1);
      }
    }
  }
  for (const u of plan.unassigned) {
    if (!orders.has(u.orderId)) out.push({ orderId: u.orderId, rule: 'coverage', message: 'unknown order' });
    if (served.has(u.orderId)) {
      out.push({ orderId: u.orderId, rule: 'coverage', message: 'both delivered and listed unassigned' });
    }
  }
  const unassigned = new Set(plan.unassigned.map((u) => u.orderId));
  if (unassigned.size !== plan.unassigned.length) {
    out.push({ rule: 'coverage', message: 'an order is listed unassigned more than once' });
  }
  for (const [orderId, count] of served) {
    if (!orders.has(orderId)) out.push({ orderId, rule: 'coverage', message: 'unknown order delivered' });
    else if (count > 1) out.push({ orderId, rule: 'coverage', message: `delivered ${count} times` });
  }
  for (const { orderId, shopperId } of scenario.assignments ?? []) {
    const by = plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes(orderId)))?.shopperId;
    if (by !== undefined && by !== shopperId) {
      out.push({ orderId, shopperId: by, rule: 'assignment', message: `given to ${shopperId} by hand` });
    }
  }
  for (const order of scenario.orders) {
    if (!served.has(order.id) && !unassigned.has(order.id)) {
      out.push({ orderId: order.id, rule: 'coverage', message: 'neither delivered nor listed unassigned' });
    }
  }
}

/** The scenario's orders and stores by id, built once per plan. */
interface Lookup {
  orders: Map<string, Order>;
  stores: Map<string, Store>;
}

/** Re-simulates one shopper's day; returns what it recomputed for the cost check. */
function checkRoute(
  scenario: Scenario,
  shopper: Shopper,
  route: ShopperRoute,
  { orders, stores }: Lookup,
  leg: LegMeasure,
  out: Violation[],
): { distance: number; lateness: number } {
  const { constraints } = scenario;
  const shopperId = shopper.id;
  const flag = (rule: Violation['rule'], message: string, orderId?: string) =>
    out.push({ shopperId, rule, message, ...(orderId ? { orderId } : {}) });

  if (route.startTime < shopper.shift.start - TOLERANCE) flag('shift', 'leaves before the shift starts');
  let time = route.startTime;
  let here = shopper.start;
  let distance = 0;
  let drive = 0;
  let lateness = 0;
  const picked = new Map<string, PlannedStop>();
  const done = new Set<string>();

  route.trips.forEach((trip, tripIndex) => {
    const onBoard = { items: 0, bags: 0, orders: 0 };
    const tripOrders = new Set<string>();
    const tripStores = new Set<string>();
    if (trip.stops.length === 0) flag('precedence', `trip ${tripIndex + 1} has no stops`);
    for (const stop of trip.stops) {
      const order = orders.get(stop.orderId);
      if (!order) {
        flag('coverage', 'stop for an unknown order', stop.orderId);
        continue;
      }
      const store = stores.get(order.storeId);
      if (!store) {
        flag('coverage', `order's store ${order.storeId} does not exist`, order.id);
        continue;
      }
      const missing = (order.requiredSkills ?? []).filter((skill) => !shopper.skills?.includes(skill));
      if (stop.kind === 'pickup' && missing.length > 0) {
        flag('skill', `shopper lacks ${missing.map((s) => `"${s}"`).join(', ')}`, order.id);
      }
      const site = stop.kind === 'pickup' ? store.location : order.location;
      if (stop.storeId !== order.storeId || !samePlace(stop.location, site)) {
        flag(
          'precedence',
          `${stop.kind} is not at the ${stop.kind === 'pickup' ? 'store' : 'door'}`,
          order.id,
        );
      }
      const travel = leg(here, site, shopper);
      distance += travel.distance;
      drive += travel.time;
      const arrival = time + travel.time;
      const earliest =
        stop.kind === 'pickup' ? Math.max(order.placedAt, store.hours.start) : order.window.start;
      // A shopper may wait before starting (to keep a ride short, say), never start early.
      const start = stop.start;
      if (!close(stop.arrival, arrival)) {
        flag('timing', `${stop.kind} arrival ${stop.arrival} but recomputed ${arrival}`, order.id);
      }
      if (start < arrival - TOLERANCE) flag('timing', `${stop.kind} starts before arriving`, order.id);
      if (start < earliest - TOLERANCE) {
        const what =
          stop.kind === 'pickup'
            ? 'picking starts before the order is placed or the store opens'
            : 'handoff before the window opens';
        flag(stop.kind === 'pickup' ? 'store-hours' : 'time-window', what, order.id);
      }
      const service = stop.kind === 'pickup' ? order.items * store.pickSecondsPerItem : order.handoffSeconds;
      const departure = start + service;
      if (!close(stop.departure, departure)) {
        flag('timing', `${stop.kind} departure ${stop.departure} but recomputed ${departure}`, order.id);
      }
      if (!close(stop.wait, start - arrival)) flag('timing', `${stop.kind} wait misreported`, order.id);

      const sign = stop.kind === 'pickup' ? 1 : -1;
      onBoard.items += sign * order.items;
      onBoard.bags += sign * order.bags;
      onBoard.orders += sign;
      if (stop.kind === 'pickup') {
        if (picked.has(order.id) || done.has(order.id)) flag('precedence', 'picked more than once', order.id);
        const otherStore = [...picked.keys()].find((id) => orders.get(id)!.storeId !== order.storeId);
        if (constraints.sameStoreBatches && otherStore !== undefined) {
          flag('mixed-stores', `picked while carrying ${otherStore} from another store`, order.id);
        }
        picked.set(order.id, { ...stop, departure });
        tripOrders.add(order.id);
        tripStores.add(order.storeId);
        if (departure > store.hours.end + TOLERANCE)
          flag('store-hours', 'picking ends after the store closes', order.id);
        if (stop.lateness !== 0) flag('timing', 'pickup reports lateness', order.id);
      } else {
        const pickup = picked.get(order.id);
        if (!pickup || !tripOrders.has(order.id))
          flag('precedence', 'delivered without a pickup on this trip', order.id);
        else if (start - pickup.departure > constraints.maxRideSeconds + TOLERANCE) {
          flag(
            'ride-time',
            `ride of ${Math.round((start - pickup.departure) / 60)} min exceeds the maximum`,
            order.id,
          );
        } else if (constraints.maxDetourSeconds !== undefined) {
          const detour = start - pickup.departure - leg(store.location, order.location, shopper).time;
          if (detour > constraints.maxDetourSeconds + TOLERANCE) {
            flag(
              'ride-time',
              `ride is ${Math.round(detour / 60)} min longer than driving straight to the door (max ${Math.round(constraints.maxDetourSeconds / 60)})`,
              order.id,
            );
          }
        }
        picked.delete(order.id);
        done.add(order.id);
        const late = Math.max(0, start - order.window.end);
        if (late > TOLERANCE && constraints.windows === 'hard') {
          flag('time-window', `handoff ${Math.round(late / 60)} min after the window`, order.id);
        }
        if (!close(stop.lateness, late))
          flag('timing', `lateness ${stop.lateness} but recomputed ${late}`, order.id);
        lateness += late;
      }
      const reportedLoad = stop.load;
      if (
        reportedLoad.items !== onBoard.items ||
        reportedLoad.bags !== onBoard.bags ||
        reportedLoad.orders !== onBoard.orders
      ) {
        flag('capacity', `load misreported after the ${stop.kind}`, order.id);
      }
      if (
        onBoard.items > Math.min(shopper.capacity.items, constraints.maxItemsPerBatch) ||
        onBoard.bags > Math.min(shopper.capacity.bags, constraints.maxBagsPerBatch)
      ) {
        flag(
          'capacity',
          `${onBoard.items} items / ${onBoard.bags} bags on board exceed the capacity`,
          order.id,
        );
      }
      if (onBoard.orders > constraints.maxOrdersPerBatch) {
        flag('batch-size', `${onBoard.orders} orders on board exceed the batch size`, order.id);
      }
      time = departure;
      here = site;
    }
    if (onBoard.orders !== 0) flag('precedence', `trip ${tripIndex + 1} ends with orders still on board`);
    if (!sameSet(trip.orderIds, tripOrders) || !sameSet(trip.storeIds, tripStores)) {
      flag('precedence', `trip ${tripIndex + 1} lists other orders or stores than its stops`);
    }
  });

  if (route.trips.length === 0) flag('coverage', 'route without trips');
  if (!close(route.endTime, time)) flag('timing', `end ${route.endTime} but recomputed ${time}`);
  if (time > shopper.shift.end + TOLERANCE) flag('shift', 'works past the end of the shift');
  if (!close(route.distance, distance))
    flag('timing', `distance ${route.distance} but recomputed ${distance}`);
  if (!close(route.driveSeconds, drive))
    flag('timing', `drive time ${route.driveSeconds} but recomputed ${drive}`);
  const cost =
    ((route.endTime - route.startTime) / 3600) * shopper.costPerHour +
    (distance / 1000) * shopper.costPerKm +
    (route.trips.length > 0 ? (shopper.fixedCost ?? 0) : 0) +
    (lateness / 60) * constraints.latenessCostPerMinute;
  if (!close(route.cost, cost, COST_TOLERANCE * Math.max(1, cost))) {
    flag('cost', `route cost ${route.cost} but recomputed ${cost}`);
  }
  return { distance, lateness };
}

function close(a: number, b: number, tolerance = TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance;
}

function samePlace(a: LngLat, b: LngLat): boolean {
  return Math.abs(a.lng - b.lng) < 1e-9 && Math.abs(a.lat - b.lat) < 1e-9;
}

function sameSet(list: readonly string[], set: ReadonlySet<string>): boolean {
  return list.length === set.size && list.every((x) => set.has(x));
}
