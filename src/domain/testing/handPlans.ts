/**
 * Hand-built plans and the day they belong to, for tests of what is derived
 * from plans (comparisons, KPIs): only the facts under test are given; the
 * rest of each stop and route is consistent filler.
 */
import type { Plan, PlannedStop, ReasonCode, ShopperRoute, Trip } from '../plan.ts';
import { type Order, SCENARIO_VERSION, type Scenario, type Shopper } from '../scenario.ts';
import { hours, minutes, type Seconds } from '../units.ts';

const here = { lng: -76.6, lat: 39.3 };

/** One delivered order: its arrival at the door and how late that is. */
export interface Drop {
  orderId: string;
  arrival: Seconds;
  lateness?: Seconds;
}

export const drop = (orderId: string, arrival: Seconds, lateness: Seconds = 0): Drop => ({
  orderId,
  arrival,
  lateness,
});

function stop(kind: PlannedStop['kind'], orderId: string, at: Seconds, lateness: Seconds): PlannedStop {
  return {
    kind,
    orderId,
    storeId: 's1',
    location: here,
    arrival: at,
    wait: 0,
    start: at,
    departure: at + minutes(2),
    load: { items: 0, bags: 0, orders: 0 },
    lateness,
  };
}

/** A batch: picked 20 minutes before its first arrival, then delivered in the order given. */
export function trip(...drops: Drop[]): Trip {
  const pickedAt = Math.min(...drops.map((d) => d.arrival)) - minutes(20);
  return {
    orderIds: drops.map((d) => d.orderId),
    storeIds: ['s1'],
    stops: [
      ...drops.map((d) => stop('pickup', d.orderId, pickedAt, 0)),
      ...drops.map((d) => stop('delivery', d.orderId, d.arrival, d.lateness ?? 0)),
    ],
  };
}

/** A shopper's day over these batches: from the first pickup to the last departure, driving a third of it. */
export function route(shopperId: string, ...trips: Trip[]): ShopperRoute {
  const times = trips.flatMap((t) => t.stops.flatMap((s) => [s.arrival, s.departure]));
  const startTime = Math.min(...times);
  const endTime = Math.max(...times);
  return {
    shopperId,
    trips,
    startTime,
    endTime,
    driveSeconds: (endTime - startTime) / 3,
    distance: 1000 * trips.length,
    cost: 10 * trips.length,
  };
}

export function plan(routes: ShopperRoute[], unassigned: Record<string, ReasonCode> = {}): Plan {
  const routeCost = routes.reduce((sum, r) => sum + r.cost, 0);
  const penalty = 40 * Object.keys(unassigned).length;
  return {
    routes,
    unassigned: Object.entries(unassigned).map(([orderId, reason]) => ({ orderId, reason })),
    cost: {
      time: routeCost,
      distance: 0,
      fixed: 0,
      lateness: 0,
      unassigned: penalty,
      total: routeCost + penalty,
    },
  };
}

function order(id: string): Order {
  return {
    id,
    storeId: 's1',
    location: here,
    items: 4,
    bags: 1,
    placedAt: hours(9),
    window: { start: hours(10), end: hours(11) },
    handoffSeconds: minutes(2),
  };
}

function shopper(id: string): Shopper {
  return {
    id,
    name: `Shopper ${id}`,
    start: here,
    shift: { start: hours(9), end: hours(17) },
    capacity: { items: 40, bags: 8 },
    vehicle: 'car',
    costPerHour: 20,
    costPerKm: 0.3,
  };
}

/** A day with these orders and shoppers, in this order. */
export function day(orderIds: readonly string[], shopperIds: readonly string[]): Scenario {
  return {
    version: SCENARIO_VERSION,
    name: 'Hand-built day',
    travel: { model: 'straight-line', circuity: 1.3, speedsKmh: { car: 25, ebike: 18, walk: 5 } },
    stores: [
      {
        id: 's1',
        name: 'Store 1',
        location: here,
        hours: { start: hours(7), end: hours(22) },
        pickSecondsPerItem: 20,
      },
    ],
    orders: orderIds.map(order),
    shoppers: shopperIds.map(shopper),
    constraints: {
      maxOrdersPerBatch: 3,
      maxItemsPerBatch: 30,
      maxBagsPerBatch: 10,
      maxRideSeconds: minutes(45),
      windows: 'soft',
      latenessCostPerMinute: 0.5,
      unassignedPenalty: 40,
    },
  };
}
