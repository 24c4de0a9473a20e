import { describe, expect, it } from 'vitest';
import { computePlanKpis, shopperDays, summarizeScenario } from './kpis.ts';
import type { Plan, PlannedStop, Trip } from './plan.ts';
import { type Order, SCENARIO_VERSION, type Scenario, type Shopper } from './scenario.ts';
import { hours, minutes } from './units.ts';

const here = { lng: 13.4, lat: 52.5 };

function order(id: string, items: number, placedAt: number): Order {
  return {
    id,
    storeId: 's1',
    location: here,
    items,
    bags: 1,
    placedAt,
    window: { start: placedAt + hours(1), end: placedAt + hours(2) },
    handoffSeconds: minutes(2),
  };
}

function shopper(id: string, vehicle: Shopper['vehicle'], start: number, end: number): Shopper {
  return {
    id,
    name: `Shopper ${id}`,
    start: here,
    shift: { start, end },
    capacity: { items: 40, bags: 8 },
    vehicle,
    costPerHour: 20,
    costPerKm: 0.3,
  };
}

// Only counts and lateness matter to the KPIs; the rest of a stop is filler.
function stop(kind: PlannedStop['kind'], orderId: string, at: number, lateness = 0): PlannedStop {
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

function trip(orderIds: string[], at: number, latenessOf: Record<string, number> = {}): Trip {
  return {
    orderIds,
    storeIds: ['s1'],
    stops: [
      ...orderIds.map((id) => stop('pickup', id, at)),
      ...orderIds.map((id, i) => stop('delivery', id, at + minutes(20 * (i + 1)), latenessOf[id] ?? 0)),
    ],
  };
}

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: 'Hand-computed day',
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
  orders: [
    order('o1', 3, hours(8)),
    order('o2', 5, hours(8.5)),
    order('o3', 2, hours(7.75)),
    order('o4', 4, hours(9)),
    order('o5', 6, hours(10)),
  ],
  shoppers: [shopper('A', 'car', hours(8), hours(14)), shopper('B', 'ebike', hours(9), hours(13))],
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

// A serves o1+o2 then o3 (5 min late); B serves o4; o5 is left over. Routes are
// listed B first on purpose: the shopper list must follow the scenario's order.
const plan: Plan = {
  routes: [
    {
      shopperId: 'B',
      trips: [trip(['o4'], hours(10))],
      startTime: hours(10),
      endTime: hours(11),
      driveSeconds: 1800,
      distance: 6000,
      cost: 21.8,
    },
    {
      shopperId: 'A',
      trips: [trip(['o1', 'o2'], hours(9)), trip(['o3'], hours(10.5), { o3: minutes(5) })],
      startTime: hours(9),
      endTime: hours(11.5),
      driveSeconds: 3600,
      distance: 20000,
      cost: 56,
    },
  ],
  unassigned: [{ orderId: 'o5', reason: 'capacity' }],
  cost: { time: 70, distance: 7.8, fixed: 0, lateness: 2.5, unassigned: 40, total: 120.3 },
};

describe('computePlanKpis', () => {
  it('derives every KPI from a hand-computed plan', () => {
    const k = computePlanKpis(scenario, plan);
    expect(k).toEqual({
      ordersTotal: 5,
      ordersAssigned: 4,
      ordersUnassigned: 1,
      ordersLate: 1,
      onTimePct: 75, // 3 on time of 4 assigned; the unassigned o5 does not count
      driveSeconds: 1800 + 3600,
      distanceMetres: 6000 + 20000,
      shopperSeconds: hours(1) + hours(2.5), // end − start, not drive time
      shoppersUsed: 2,
      batches: 3,
      meanBatchSize: 4 / 3,
      totalCost: 120.3,
      costPerOrder: 120.3 / 4,
    });
  });

  it('reports an empty plan without dividing by zero', () => {
    const empty: Plan = {
      routes: [],
      unassigned: scenario.orders.map((o) => ({ orderId: o.id, reason: 'cost' as const })),
      cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 200, total: 200 },
    };
    const k = computePlanKpis(scenario, empty);
    expect(k).toEqual({
      ordersTotal: 5,
      ordersAssigned: 0,
      ordersUnassigned: 5,
      ordersLate: 0,
      onTimePct: 0,
      driveSeconds: 0,
      distanceMetres: 0,
      shopperSeconds: 0,
      shoppersUsed: 0,
      batches: 0,
      meanBatchSize: 0,
      totalCost: 200,
      costPerOrder: null,
    });
  });
});

describe('shopperDays', () => {
  it('lists working shoppers in scenario order with their colour index', () => {
    expect(shopperDays(scenario, plan)).toEqual([
      { shopperId: 'A', name: 'Shopper A', index: 0, orders: 3, trips: 2, workSeconds: hours(2.5) },
      { shopperId: 'B', name: 'Shopper B', index: 1, orders: 1, trips: 1, workSeconds: hours(1) },
    ]);
  });

  it('leaves out shoppers without work', () => {
    const onlyB: Plan = { ...plan, routes: plan.routes.filter((r) => r.shopperId === 'B') };
    expect(shopperDays(scenario, onlyB).map((d) => d.shopperId)).toEqual(['B']);
  });
});

describe('summarizeScenario', () => {
  it('counts the scenario and spans its orders and shifts', () => {
    expect(summarizeScenario(scenario)).toEqual({
      stores: 1,
      orders: 5,
      shoppers: 2,
      items: 3 + 5 + 2 + 4 + 6,
      orderPeriod: { start: hours(7.75), end: hours(10) },
      shiftCoverage: { start: hours(8), end: hours(14) },
      fleet: { car: 1, ebike: 1, walk: 0 },
    });
  });

  it('has no periods for an empty scenario', () => {
    const empty: Scenario = { ...scenario, stores: [], orders: [], shoppers: [] };
    expect(summarizeScenario(empty)).toEqual({
      stores: 0,
      orders: 0,
      shoppers: 0,
      items: 0,
      orderPeriod: null,
      shiftCoverage: null,
      fleet: { car: 0, ebike: 0, walk: 0 },
    });
  });
});
