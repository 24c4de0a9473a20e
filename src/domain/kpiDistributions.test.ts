import { describe, expect, it } from 'vitest';
import { computeKpiDistributions, durationStats, nearestRankPercentile } from './kpiDistributions.ts';
import { computePlanKpis } from './kpis.ts';
import type { Plan, PlannedStop, ShopperRoute } from './plan.ts';
import { type Order, SCENARIO_VERSION, type Scenario, type Shopper } from './scenario.ts';
import { hours, minutes } from './units.ts';

const here = { lng: 13.4, lat: 52.5 };
/** A time of day from "09:05". */
const at = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return hours(h!) + minutes(m!);
};

function order(id: string, placedAt: string, windowStart: string, windowEnd: string): Order {
  return {
    id,
    storeId: 's1',
    location: here,
    items: 4,
    bags: 1,
    placedAt: at(placedAt),
    window: { start: at(windowStart), end: at(windowEnd) },
    handoffSeconds: minutes(2),
  };
}

function shopper(id: string, shiftStart: string, shiftEnd: string, active?: boolean): Shopper {
  return {
    id,
    name: `Shopper ${id}`,
    start: here,
    shift: { start: at(shiftStart), end: at(shiftEnd) },
    capacity: { items: 40, bags: 8 },
    vehicle: 'car',
    costPerHour: 20,
    costPerKm: 0.3,
    ...(active === undefined ? {} : { active }),
  };
}

/** A stop with its times spelled out: arrival, start (after any wait), departure. */
function stop(
  kind: PlannedStop['kind'],
  orderId: string,
  arrival: string,
  start: string,
  departure: string,
  lateness = 0,
): PlannedStop {
  return {
    kind,
    orderId,
    storeId: 's1',
    location: here,
    arrival: at(arrival),
    wait: at(start) - at(arrival),
    start: at(start),
    departure: at(departure),
    load: { items: 0, bags: 0, orders: 0 },
    lateness,
  };
}

function route(
  shopperId: string,
  startTime: string,
  endTime: string,
  driveMinutes: number,
  trips: ShopperRoute['trips'],
): ShopperRoute {
  return {
    shopperId,
    trips,
    startTime: at(startTime),
    endTime: at(endTime),
    driveSeconds: minutes(driveMinutes),
    distance: 10_000,
    cost: 0,
  };
}

const scenario: Scenario = {
  version: SCENARIO_VERSION,
  name: 'Hand-timed day',
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
    order('o1', '08:00', '09:00', '09:30'),
    order('o2', '08:10', '09:00', '09:30'),
    order('o3', '09:00', '10:00', '10:20'),
    order('o4', '09:30', '09:40', '10:05'),
    order('o5', '09:45', '10:30', '11:00'),
  ],
  shoppers: [
    shopper('A', '08:00', '12:00'),
    shopper('B', '09:00', '11:00'),
    shopper('C', '08:00', '10:00'), // on shift, given nothing
    shopper('D', '08:00', '16:00', false), // off today
  ],
  constraints: {
    maxOrdersPerBatch: 3,
    maxItemsPerBatch: 30,
    maxBagsPerBatch: 10,
    maxRideSeconds: minutes(60),
    windows: 'soft',
    latenessCostPerMinute: 0.5,
    unassignedPenalty: 40,
  },
};

// A: leaves 08:30, drives 10 min, picks o1 (10 min) and o2 (5 min), drives 10 + 8 min between two 2-min
// handoffs, drives 10 min back, picks o3 (8 min), drives 50 min, hands o3 over 5 min late.
// Driving: 10 + 10 + 8 + 10 + 50 = 88 min; with 23 min picking and 6 min handoffs, busy 117 min.
// B: leaves 09:40, drives 10 min, waits 5 min, picks o4 (10 min), drives 15 min, hands over 15 min late.
// Driving: 10 + 15 = 25 min; busy 25 + 10 + 2 = 37 min of the 42 from leaving to the end.
const plan: Plan = {
  routes: [
    route('A', '08:30', '10:27', 88, [
      {
        orderIds: ['o1', 'o2'],
        storeIds: ['s1'],
        stops: [
          stop('pickup', 'o1', '08:40', '08:40', '08:50'),
          stop('pickup', 'o2', '08:50', '08:50', '08:55'),
          stop('delivery', 'o1', '09:05', '09:05', '09:07'),
          stop('delivery', 'o2', '09:15', '09:15', '09:17'),
        ],
      },
      {
        orderIds: ['o3'],
        storeIds: ['s1'],
        stops: [
          stop('pickup', 'o3', '09:27', '09:27', '09:35'),
          stop('delivery', 'o3', '10:25', '10:25', '10:27', minutes(5)),
        ],
      },
    ]),
    route('B', '09:40', '10:22', 25, [
      {
        orderIds: ['o4'],
        storeIds: ['s1'],
        stops: [
          stop('pickup', 'o4', '09:50', '09:55', '10:05'),
          stop('delivery', 'o4', '10:20', '10:20', '10:22', minutes(15)),
        ],
      },
    ]),
  ],
  unassigned: [{ orderId: 'o5', reason: 'capacity' }],
  cost: { time: 53, distance: 6, fixed: 0, lateness: 10, unassigned: 40, total: 109 },
};

describe('nearestRankPercentile', () => {
  // The textbook example of the nearest-rank method.
  const values = [35, 20, 50, 40, 15];

  it('takes the value at rank ⌈p/100 · n⌉ of the sorted values', () => {
    expect(nearestRankPercentile(values, 5)).toBe(15); // rank ⌈0.25⌉ = 1
    expect(nearestRankPercentile(values, 30)).toBe(20); // rank ⌈1.5⌉ = 2
    expect(nearestRankPercentile(values, 40)).toBe(20); // rank 2 exactly
    expect(nearestRankPercentile(values, 50)).toBe(35); // rank ⌈2.5⌉ = 3
    expect(nearestRankPercentile(values, 100)).toBe(50);
  });

  it('takes the smallest value for the 0th percentile', () => {
    expect(nearestRankPercentile(values, 0)).toBe(15);
  });

  it('finds whole ranks exactly where floating point would overshoot', () => {
    const oneTo100 = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(nearestRankPercentile(oneTo100, 7)).toBe(7); // 0.07 · 100 is 7.000000000000001 in floats
    expect(nearestRankPercentile(oneTo100, 55)).toBe(55);
  });

  it('has no percentile of nothing and refuses a percent outside 0–100', () => {
    expect(nearestRankPercentile([], 90)).toBeNull();
    expect(() => nearestRankPercentile(values, 101)).toThrow(RangeError);
    expect(() => nearestRankPercentile(values, Number.NaN)).toThrow(RangeError);
  });

  it('leaves its input unsorted', () => {
    const input = [3, 1, 2];
    nearestRankPercentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('durationStats', () => {
  it('gives the count, mean and nearest-rank p90', () => {
    expect(durationStats([60, 120, 600])).toEqual({ count: 3, mean: 260, p90: 600 });
  });

  it('is null without values', () => {
    expect(durationStats([])).toBeNull();
  });
});

describe('computeKpiDistributions', () => {
  const k = computeKpiDistributions(scenario, plan);

  it('times every delivered order, in plan order', () => {
    expect(k.deliveries).toEqual([
      { orderId: 'o1', lateness: 0, clickToDoor: minutes(65), readyToDoor: minutes(15) },
      { orderId: 'o2', lateness: 0, clickToDoor: minutes(65), readyToDoor: minutes(20) },
      { orderId: 'o3', lateness: minutes(5), clickToDoor: minutes(85), readyToDoor: minutes(50) },
      { orderId: 'o4', lateness: minutes(15), clickToDoor: minutes(50), readyToDoor: minutes(15) },
    ]);
  });

  it('sums lateness over every delivered order, on-time ones as 0', () => {
    // (0 + 0 + 5 + 15) / 4 = 5 min; p90 is rank ⌈3.6⌉ = 4 of 4.
    expect(k.lateness).toEqual({ count: 4, mean: minutes(5), p90: minutes(15) });
  });

  it('sums click-to-door and ready-to-door times', () => {
    expect(k.clickToDoor).toEqual({ count: 4, mean: minutes(265 / 4), p90: minutes(85) });
    expect(k.readyToDoor).toEqual({ count: 4, mean: minutes(25), p90: minutes(50) });
  });

  it('counts delivered orders per paid shopper hour', () => {
    // Paid: A 08:30–10:27 (117 min) + B 09:40–10:22 (42 min) = 159 min.
    expect(k.ordersPerShopperHour).toBeCloseTo(4 / (159 / 60), 12);
  });

  it('splits each working shopper’s shift into picking, driving and handoffs, waiting not counted', () => {
    expect(k.shoppers).toEqual([
      {
        shopperId: 'A',
        name: 'Shopper A',
        index: 0,
        shiftSeconds: hours(4),
        pickingSeconds: minutes(23),
        driveSeconds: minutes(88),
        handoffSeconds: minutes(6),
        busySeconds: minutes(117),
        utilisationPct: (117 / 240) * 100,
      },
      {
        shopperId: 'B',
        name: 'Shopper B',
        index: 1,
        shiftSeconds: hours(2),
        pickingSeconds: minutes(10), // the 5 min waited before picking are not busy
        driveSeconds: minutes(25),
        handoffSeconds: minutes(2),
        busySeconds: minutes(37),
        utilisationPct: (37 / 120) * 100,
      },
      {
        shopperId: 'C',
        name: 'Shopper C',
        index: 2,
        shiftSeconds: hours(2),
        pickingSeconds: 0,
        driveSeconds: 0,
        handoffSeconds: 0,
        busySeconds: 0,
        utilisationPct: 0,
      },
    ]);
  });

  it('weighs the fleet’s utilisation by shift, idle shoppers included', () => {
    // (117 + 37 + 0) busy minutes of (240 + 120 + 120) on shift; D is off today.
    expect(k.fleetUtilisationPct).toBeCloseTo((154 / 480) * 100, 12);
  });

  it('counts batches by size', () => {
    expect(k.batchSizes).toEqual([2, 1]); // two lone orders, one batch of two
  });

  it('agrees with the headline KPIs on what was delivered', () => {
    expect(k.deliveries).toHaveLength(computePlanKpis(scenario, plan).ordersAssigned);
  });
});

describe('computeKpiDistributions on edge cases', () => {
  it('has no statistics when every order is unassigned', () => {
    const none: Plan = {
      routes: [],
      unassigned: scenario.orders.map((o) => ({ orderId: o.id, reason: 'cost' as const })),
      cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 200, total: 200 },
    };
    const k = computeKpiDistributions(scenario, none);
    expect(k.deliveries).toEqual([]);
    expect(k.lateness).toBeNull();
    expect(k.clickToDoor).toBeNull();
    expect(k.readyToDoor).toBeNull();
    expect(k.ordersPerShopperHour).toBeNull();
    expect(k.batchSizes).toEqual([]);
    // Everyone on shift stands idle: that is 0% used, not unknown.
    expect(k.shoppers.map((s) => s.utilisationPct)).toEqual([0, 0, 0]);
    expect(k.fleetUtilisationPct).toBe(0);
  });

  it('has no utilisation for an empty shift or an empty roster', () => {
    const noShift: Scenario = { ...scenario, shoppers: [shopper('A', '09:00', '09:00')] };
    const k = computeKpiDistributions(noShift, { ...plan, routes: [] });
    expect(k.shoppers[0]!.utilisationPct).toBeNull();
    expect(k.fleetUtilisationPct).toBeNull();
    expect(computeKpiDistributions({ ...scenario, shoppers: [] }, plan).fleetUtilisationPct).toBeNull();
  });

  it('leaves out what a plan of an earlier scenario names that this one no longer has', () => {
    // o1 and shopper A were deleted since the plan was made.
    const edited: Scenario = {
      ...scenario,
      orders: scenario.orders.filter((o) => o.id !== 'o1'),
      shoppers: scenario.shoppers.filter((s) => s.id !== 'A'),
    };
    const k = computeKpiDistributions(edited, plan);
    expect(k.deliveries.find((d) => d.orderId === 'o1')?.clickToDoor).toBeNull();
    expect(k.clickToDoor?.count).toBe(3);
    expect(k.shoppers.map((s) => s.shopperId)).toEqual(['B', 'C']);
    expect(k.deliveries).toHaveLength(4); // its deliveries still happened in the plan shown
  });

  it('has no ready-to-door time for goods on board from the start', () => {
    const loadedAtStart: Plan = {
      ...plan,
      routes: [
        route('B', '09:40', '10:02', 20, [
          { orderIds: [], storeIds: [], stops: [stop('delivery', 'o4', '10:00', '10:00', '10:02')] },
        ]),
      ],
    };
    const k = computeKpiDistributions(scenario, loadedAtStart);
    expect(k.deliveries).toEqual([
      { orderId: 'o4', lateness: 0, clickToDoor: minutes(30), readyToDoor: null },
    ]);
    expect(k.readyToDoor).toBeNull();
    expect(k.batchSizes).toEqual([]); // nothing was picked, so no batch
  });
});
