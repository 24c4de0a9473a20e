import { describe, expect, it } from 'vitest';
import type { Plan, PlannedStop, ShopperRoute } from '../../domain/plan.ts';
import type { Order, Shopper } from '../../domain/scenario.ts';
import { hours, minutes } from '../../domain/units.ts';
import {
  arrivalTitle,
  blockTitle,
  idleTitle,
  loadTitle,
  orderRowName,
  orderRows,
  shopperRowName,
  shopperRows,
  timeDomain,
  windowTitle,
} from './timelineRows.ts';

const here = { lng: 13.4, lat: 52.5 };
/** A time of day: `at(10, 5)` is 10:05. */
const at = (h: number, m = 0) => hours(h) + minutes(m);

function shopper(id: string, name: string, shift: [number, number], active = true): Shopper {
  return {
    id,
    name,
    start: here,
    shift: { start: shift[0], end: shift[1] },
    capacity: { items: 40, bags: 8 },
    vehicle: 'car',
    costPerHour: 20,
    costPerKm: 0.3,
    active,
  };
}

function order(id: string, window: [number, number]): Order {
  return {
    id,
    storeId: 's1',
    location: here,
    items: 5,
    bags: 1,
    placedAt: window[0] - hours(1),
    window: { start: window[0], end: window[1] },
    handoffSeconds: minutes(2),
  };
}

interface StopTimes {
  arrival: number;
  start?: number;
  departure: number;
  onBoard: [items: number, orders: number];
  lateness?: number;
}

function stop(kind: PlannedStop['kind'], orderId: string, times: StopTimes): PlannedStop {
  const start = times.start ?? times.arrival;
  return {
    kind,
    orderId,
    storeId: 's1',
    location: here,
    arrival: times.arrival,
    wait: start - times.arrival,
    start,
    departure: times.departure,
    load: { items: times.onBoard[0], bags: times.onBoard[1], orders: times.onBoard[1] },
    lateness: times.lateness ?? 0,
  };
}

/**
 * Ana (shift 9:00–13:00) leaves at 9:30, picks o1 and o2 at one store, hands
 * o1 over after waiting for its window and o2 two minutes late; then a
 * second trip with o3. Carl does o4. Bob has no work; o5 is unassigned and
 * o6 is in no plan at all.
 */
const ana: ShopperRoute = {
  shopperId: 'ana',
  startTime: at(9, 30),
  endTime: at(11, 30),
  driveSeconds: 0,
  distance: 0,
  cost: 0,
  trips: [
    {
      orderIds: ['o1', 'o2'],
      storeIds: ['s1'],
      stops: [
        stop('pickup', 'o1', { arrival: at(9, 40), departure: at(9, 50), onBoard: [5, 1] }),
        stop('pickup', 'o2', { arrival: at(9, 50), departure: at(9, 55), onBoard: [10, 2] }),
        stop('delivery', 'o1', {
          arrival: at(10, 5),
          start: at(10, 10),
          departure: at(10, 12),
          onBoard: [5, 1],
        }),
        stop('delivery', 'o2', {
          arrival: at(10, 20),
          departure: at(10, 22),
          onBoard: [0, 0],
          lateness: minutes(2),
        }),
      ],
    },
    {
      orderIds: ['o3'],
      storeIds: ['s1'],
      stops: [
        stop('pickup', 'o3', { arrival: at(10, 40), departure: at(10, 50), onBoard: [5, 1] }),
        stop('delivery', 'o3', { arrival: at(11, 28), departure: at(11, 30), onBoard: [0, 0] }),
      ],
    },
  ],
};

const carl: ShopperRoute = {
  ...ana,
  shopperId: 'carl',
  startTime: at(14),
  endTime: at(14, 40),
  trips: [
    {
      orderIds: ['o4'],
      storeIds: ['s1'],
      stops: [
        stop('pickup', 'o4', { arrival: at(14, 10), departure: at(14, 20), onBoard: [5, 1] }),
        stop('delivery', 'o4', { arrival: at(14, 38), departure: at(14, 40), onBoard: [0, 0] }),
      ],
    },
  ],
};

const scenario = {
  shoppers: [
    shopper('ana', 'Ana', [at(9), at(13)]),
    shopper('bob', 'Bob', [at(8), at(12)]),
    shopper('carl', 'Carl', [at(13), at(17)]),
  ],
  orders: [
    order('o1', [at(10, 10), at(11)]),
    order('o2', [at(9, 18), at(10, 18)]),
    order('o3', [at(11), at(12)]),
    order('o4', [at(14), at(15)]),
    order('o5', [at(15), at(16)]),
    order('o6', [at(16), at(17)]),
  ],
};

// Carl's route first: rows follow the scenario's shopper order, not the plan's.
const plan: Plan = {
  routes: [carl, ana],
  unassigned: [{ orderId: 'o5', reason: 'capacity' }],
  cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total: 0 },
};

const anaRow = () => shopperRows(scenario, plan)[0]!;
const spans = (blocks: { kind: string; start: number; end: number; orderId: string | null }[]) =>
  blocks.map((b) => [b.kind, b.start, b.end, b.orderId]);

describe('shopperRows', () => {
  it('has one row per shopper with work, in scenario order', () => {
    expect(shopperRows(scenario, plan).map((row) => row.shopperId)).toEqual(['ana', 'carl']);
  });

  it('reads drive, wait, pick and handoff blocks off the stops, leaving out empty drives and waits', () => {
    expect(spans(anaRow().blocks)).toEqual([
      ['drive', at(9, 30), at(9, 40), null],
      ['pick', at(9, 40), at(9, 50), 'o1'],
      // o2 is picked at the same store straight after: no drive between.
      ['pick', at(9, 50), at(9, 55), 'o2'],
      ['drive', at(9, 55), at(10, 5), null],
      ['wait', at(10, 5), at(10, 10), null],
      ['handoff', at(10, 10), at(10, 12), 'o1'],
      ['drive', at(10, 12), at(10, 20), null],
      ['handoff', at(10, 20), at(10, 22), 'o2'],
      ['drive', at(10, 22), at(10, 40), null],
      ['pick', at(10, 40), at(10, 50), 'o3'],
      ['drive', at(10, 50), at(11, 28), null],
      ['handoff', at(11, 28), at(11, 30), 'o3'],
    ]);
  });

  it('keeps a block for every stop, even one that takes no time', () => {
    const instant = stop('pickup', 'o4', { arrival: at(14, 20), departure: at(14, 20), onBoard: [5, 1] });
    const day = { ...carl, trips: [{ ...carl.trips[0]!, stops: [instant, carl.trips[0]!.stops[1]!] }] };
    const row = shopperRows(scenario, { ...plan, routes: [day] })[0]!;
    expect(spans(row.blocks.filter((b) => b.orderId))).toEqual([
      ['pick', at(14, 20), at(14, 20), 'o4'],
      ['handoff', at(14, 38), at(14, 40), 'o4'],
    ]);
  });

  it('marks a late handoff, and only that, as late', () => {
    const late = anaRow().blocks.filter((b) => b.late);
    expect(spans(late)).toEqual([['handoff', at(10, 20), at(10, 22), 'o2']]);
    expect(anaRow().lateOrders).toBe(1);
  });

  it('finds the idle stretches of the shift: before the day starts and after it ends', () => {
    expect(anaRow().idle).toEqual([
      { start: at(9), end: at(9, 30) },
      { start: at(11, 30), end: at(13) },
    ]);
    expect(idleTitle(anaRow().idle[0]!)).toBe('Idle 09:00–09:30 (30 min)');
  });

  it('has no idle stretch when the work fills the shift', () => {
    const busy = { ...scenario, shoppers: [shopper('carl', 'Carl', [at(14), at(14, 40)])] };
    expect(shopperRows(busy, plan)[0]!.idle).toEqual([]);
  });

  it('shows what is on board from leaving a stop until work starts at the next', () => {
    expect(anaRow().loads.map((s) => [s.start, s.end, s.load.items, s.load.orders])).toEqual([
      [at(9, 55), at(10, 10), 10, 2],
      [at(10, 12), at(10, 20), 5, 1],
      [at(10, 50), at(11, 28), 5, 1],
    ]);
    expect(loadTitle(anaRow().loads[0]!)).toBe('On board 09:55–10:10: 2 orders, 10 items, 2 bags');
  });

  it('counts stops and batches into the row name', () => {
    expect(shopperRowName(anaRow())).toBe('Ana: 6 stops, 2 batches, 1 late');
    expect(shopperRowName(shopperRows(scenario, plan)[1]!)).toBe('Carl: 2 stops, 1 batch');
  });

  it('keeps the row of a route it has drawn for the same shopper, and builds it again for an edited shopper', () => {
    expect(shopperRows(scenario, { ...plan })[0]).toBe(anaRow());
    const renamed = {
      ...scenario,
      shoppers: [{ ...scenario.shoppers[0]!, name: 'Anna' }, ...scenario.shoppers.slice(1)],
    };
    expect(shopperRows(renamed, plan)[0]!.name).toBe('Anna');
    expect(shopperRows(scenario, structuredClone(plan))[0]).not.toBe(anaRow());
  });

  it('gives each block a tooltip with its times', () => {
    const [drive, pick] = anaRow().blocks;
    expect(blockTitle(drive!)).toBe('Drive 09:30–09:40 (10 min)');
    expect(blockTitle(pick!)).toBe('Pick o1 09:40–09:50 (10 min)');
    const lateHandoff = anaRow().blocks.find((b) => b.late)!;
    expect(blockTitle(lateHandoff)).toBe('Handoff o2 10:20–10:22 (2 min), late');
  });
});

describe('orderRows', () => {
  const rows = orderRows(scenario, plan);
  const row = (id: string) => rows.find((r) => r.orderId === id)!;

  it('lists every order, the unassigned first with their reason', () => {
    expect(rows.map((r) => r.orderId)).toEqual(['o5', 'o1', 'o2', 'o3', 'o4', 'o6']);
    expect(row('o5')).toMatchObject({ state: 'unassigned', reason: 'capacity', arrival: null });
    expect(orderRowName(row('o5'))).toBe('Order o5: window 15:00–16:00, unassigned (capacity)');
  });

  it('has the window and the planned start of the handoff', () => {
    expect(row('o1')).toMatchObject({
      window: { start: at(10, 10), end: at(11) },
      arrival: at(10, 10),
      state: 'on-time',
      shopperId: 'ana',
    });
    expect(orderRowName(row('o1'))).toBe('Order o1: window 10:10–11:00, arrives 10:10');
  });

  it('marks a late delivery with its lateness', () => {
    expect(row('o2')).toMatchObject({ state: 'late', lateness: minutes(2), arrival: at(10, 20) });
    expect(orderRowName(row('o2'))).toBe('Order o2: window 09:18–10:18, arrives 10:20, 2 min late');
    expect(windowTitle(row('o2'))).toBe('Window 09:18–10:18');
    expect(arrivalTitle(row('o2').arrival!, row('o2').lateness)).toBe('Arrives 10:20, 2 min late');
  });

  it('says an order is not planned yet when the plan does not mention it', () => {
    expect(row('o6')).toMatchObject({ state: 'pending', arrival: null, reason: null });
    expect(orderRows(scenario, null).every((r) => r.state === 'pending')).toBe(true);
  });
});

describe('timeDomain', () => {
  it('spans working shifts and order windows, on whole hours', () => {
    expect(timeDomain(scenario, plan)).toEqual({ start: at(8), end: at(17) });
  });

  it('leaves out shoppers who are off, and widens for work outside every shift and window', () => {
    const day = {
      shoppers: [shopper('ana', 'Ana', [at(9), at(13)]), shopper('bob', 'Bob', [at(6), at(20)], false)],
      orders: [order('o1', [at(10, 10), at(11)])],
    };
    expect(timeDomain(day, null)).toEqual({ start: at(9), end: at(13) });
    const lateDay = { ...plan, routes: [{ ...carl, endTime: at(14, 20) }] };
    expect(timeDomain(day, lateDay)).toEqual({ start: at(9), end: at(15) });
  });

  it('is null for a day with nothing on it', () => {
    expect(timeDomain({ shoppers: [], orders: [] }, null)).toBeNull();
  });
});
