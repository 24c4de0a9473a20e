import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCity } from './city/generateCity.ts';
import { flatMetric } from './dayParts.ts';
import { DEFAULT_CONSTRAINTS, DEFAULT_TRAVEL, roadTravel } from './defaults.ts';
import { generateExtractDay } from './extractDay.ts';
import type { GeneratorOptions } from './generator.ts';
import {
  DEFAULT_CITY_SEED,
  DEFAULT_GENERATOR_OPTIONS,
  defaultScenario,
  GENERATOR_AREA,
  generateGroceryDay,
} from './generator.ts';
import type { LngLat, Scenario, TimeWindow } from './scenario.ts';
import { parseScenario } from './scenarioSchema.ts';
import { hours, minutes } from './units.ts';

const options = fc.record({
  seed: fc.integer(),
  storeCount: fc.integer({ min: 1, max: 20 }),
  orderCount: fc.integer({ min: 0, max: 300 }),
  shopperCount: fc.integer({ min: 0, max: 50 }),
  orderPeriodStart: fc.integer({ min: 0, max: hours(18) }),
  orderPeriodSeconds: fc.integer({ min: 0, max: hours(8) }),
});

const inArea = ({ lat, lng }: LngLat) =>
  lat >= GENERATOR_AREA.south &&
  lat <= GENERATOR_AREA.north &&
  lng >= GENERATOR_AREA.west &&
  lng <= GENERATOR_AREA.east;
const overlaps = (a: TimeWindow, b: TimeWindow) => a.start < b.end && b.start < a.end;

/** The span in which deliveries are promised. */
function deliveryPeriod(s: Scenario): TimeWindow {
  return {
    start: Math.min(...s.orders.map((o) => o.window.start)),
    end: Math.max(...s.orders.map((o) => o.window.end)),
  };
}

describe('defaultScenario', () => {
  const s = defaultScenario();

  it('is the day of seed 1 in the built-in city of seed 1, on its roads, under its own name', () => {
    expect(s.name).toBe('Built-in grocery day');
    expect(s.seed).toBe(1);
    const city = generateCity({ seed: DEFAULT_CITY_SEED });
    const network = { kind: 'builtin-city', seed: DEFAULT_CITY_SEED } as const;
    expect({ ...s, name: '' }).toEqual({ ...generateExtractDay(city, network, { seed: 1 }), name: '' });
    expect(s.travel).toEqual(roadTravel(network));
  });

  it("has 300 orders, 40 shoppers, the city's 9 to 15 shops as stores and the default constraints", () => {
    expect([s.orders.length, s.shoppers.length]).toEqual([300, 40]);
    expect(s.stores.length).toBeGreaterThanOrEqual(9);
    expect(s.stores.length).toBeLessThanOrEqual(15);
    expect(s.constraints).toEqual(DEFAULT_CONSTRAINTS);
    expect(s.constraints).not.toBe(DEFAULT_CONSTRAINTS);
  });

  it('gives every caller its own copy: editing one scenario must not edit the next', () => {
    const edited = defaultScenario();
    edited.orders[0]!.items = 999;
    edited.travel.speedsKmh.ebike = 1;
    expect(defaultScenario()).toEqual(s);
  });

  it('validates', () => {
    expect(parseScenario(s).ok).toBe(true);
  });

  it('places orders from 10:00 to 14:00, busiest around lunch', () => {
    const placed = s.orders.map((o) => o.placedAt);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(hours(10));
    expect(Math.max(...placed)).toBeLessThan(hours(14));
    const between = (from: number, to: number) =>
      placed.filter((t) => t >= hours(from) && t < hours(to)).length;
    expect(between(11.75, 12.75)).toBeGreaterThan(1.5 * between(10, 11));
  });

  it('has realistic baskets: median around 20 items, 1 to 80, a bag per 8 items', () => {
    const items = s.orders.map((o) => o.items).sort((a, b) => a - b);
    expect(items[Math.floor(items.length / 2)]).toBeGreaterThanOrEqual(15);
    expect(items[Math.floor(items.length / 2)]).toBeLessThanOrEqual(26);
    for (const o of s.orders) {
      expect(o.items).toBeGreaterThanOrEqual(1);
      expect(o.items).toBeLessThanOrEqual(80);
      expect(o.bags).toBe(Math.ceil(o.items / 8));
      expect(o.handoffSeconds).toBeGreaterThanOrEqual(minutes(2));
      expect(o.handoffSeconds).toBeLessThanOrEqual(minutes(4));
    }
  });

  it('serves most orders from the nearest store and the rest from the second nearest', () => {
    // Distances as the generator measures them: flat metres at the city's latitude.
    const latitudes = [...s.stores, ...s.orders].map((x) => x.location.lat);
    const metric = flatMetric((Math.min(...latitudes) + Math.max(...latitudes)) / 2);
    const rank = s.orders.map((o) => {
      const byDistance = [...s.stores].sort(
        (a, b) => metric(a.location, o.location) - metric(b.location, o.location),
      );
      return byDistance.findIndex((store) => store.id === o.storeId);
    });
    expect(rank.every((r) => r === 0 || r === 1)).toBe(true);
    const nearestShare = rank.filter((r) => r === 0).length / rank.length;
    expect(nearestShare).toBeGreaterThan(0.7);
    expect(nearestShare).toBeLessThan(0.9);
  });

  it('staggers shifts from 09:30 to 13:00, 4 to 6 hours long, each overlapping the deliveries', () => {
    const starts = s.shoppers.map((p) => p.shift.start);
    expect(new Set(starts).size).toBeGreaterThanOrEqual(10);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(hours(9.5));
    expect(Math.max(...starts)).toBeLessThanOrEqual(hours(13));
    const deliveries = deliveryPeriod(s);
    for (const p of s.shoppers) {
      expect(overlaps(p.shift, deliveries)).toBe(true);
      expect(p.shift.end - p.shift.start).toBeGreaterThanOrEqual(hours(4));
      expect(p.shift.end - p.shift.start).toBeLessThanOrEqual(hours(6));
    }
  });

  it('has mostly cars, some e-bikes, with costs and capacities in range', () => {
    const ebikes = s.shoppers.filter((p) => p.vehicle === 'ebike').length;
    expect(ebikes).toBeGreaterThan(0);
    expect(ebikes).toBeLessThan(s.shoppers.length / 2);
    for (const p of s.shoppers) {
      expect(p.costPerHour).toBeGreaterThanOrEqual(18);
      expect(p.costPerHour).toBeLessThanOrEqual(24);
      expect(p.costPerKm).toBeGreaterThanOrEqual(0.3);
      expect(p.costPerKm).toBeLessThanOrEqual(0.6);
      expect(p.capacity.items).toBeGreaterThanOrEqual(60);
      expect(p.capacity.items).toBeLessThanOrEqual(120);
      expect(p.capacity.bags).toBeGreaterThanOrEqual(8);
      expect(p.capacity.bags).toBeLessThanOrEqual(16);
    }
  });

  it('names stores distinctly after the shops on the map and picks for 30 to 45 s an item', () => {
    expect(new Set(s.stores.map((store) => store.name)).size).toBe(s.stores.length);
    const shops = generateCity({ seed: DEFAULT_CITY_SEED }).pois.flatMap((poi) => poi.tags.name ?? []);
    for (const store of s.stores) expect(shops).toContain(store.name.replace(/ \d+$/, ''));
    for (const store of s.stores) {
      expect(store.pickSecondsPerItem).toBeGreaterThanOrEqual(30);
      expect(store.pickSecondsPerItem).toBeLessThanOrEqual(45);
    }
  });
});

describe('generateGroceryDay', () => {
  it('is deterministic: the same seed gives the same day, another seed another day', () => {
    fc.assert(
      fc.property(options, fc.integer(), (o, other) => {
        fc.pre(other !== o.seed);
        expect(generateGroceryDay(o)).toEqual(generateGroceryDay(o));
        if (o.orderCount > 0)
          expect(generateGroceryDay({ ...o, seed: other }).orders).not.toEqual(generateGroceryDay(o).orders);
      }),
      { numRuns: 30 },
    );
  });

  it('travels in straight lines at the default speeds, on its own copy of them', () => {
    const s = generateGroceryDay();
    expect(s.travel).toEqual(DEFAULT_TRAVEL);
    expect(s.travel.speedsKmh).not.toBe(DEFAULT_TRAVEL.speedsKmh);
  });

  it('keeps the stores and shoppers when only the number of orders changes', () => {
    const few = generateGroceryDay({ seed: 5, orderCount: 10 });
    const many = generateGroceryDay({ seed: 5, orderCount: 500 });
    expect(many.stores).toEqual(few.stores);
    expect(many.shoppers).toEqual(few.shoppers);
  });

  it('makes as many of everything as asked, with unique ids and valid data', () => {
    fc.assert(
      fc.property(options, (o) => {
        const s = generateGroceryDay(o);
        expect([s.stores.length, s.orders.length, s.shoppers.length]).toEqual([
          o.storeCount,
          o.orderCount,
          o.shopperCount,
        ]);
        for (const list of [s.stores, s.orders, s.shoppers])
          expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
        expect(parseScenario(s).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('promises one-hour windows on the quarter-hour, 45 to 105 minutes after placement', () => {
    fc.assert(
      fc.property(options, (o) => {
        const s = generateGroceryDay(o);
        for (const order of s.orders) {
          expect(order.placedAt).toBeGreaterThanOrEqual(o.orderPeriodStart);
          expect(order.placedAt).toBeLessThanOrEqual(o.orderPeriodStart + o.orderPeriodSeconds);
          expect(order.window.end - order.window.start).toBe(hours(1));
          expect(order.window.start % minutes(15)).toBe(0);
          expect(order.window.start - order.placedAt).toBeGreaterThanOrEqual(minutes(45));
          expect(order.window.start - order.placedAt).toBeLessThanOrEqual(minutes(105));
        }
        const placed = s.orders.map((order) => order.placedAt);
        expect(placed).toEqual([...placed].sort((a, b) => a - b));
      }),
      { numRuns: 40 },
    );
  });

  it('sends every order to an existing store that is open for it', () => {
    fc.assert(
      fc.property(options, (o) => {
        const s = generateGroceryDay(o);
        const stores = new Map(s.stores.map((store) => [store.id, store]));
        for (const order of s.orders) {
          const store = stores.get(order.storeId);
          expect(store).toBeDefined();
          expect(store!.hours.start).toBeLessThanOrEqual(order.placedAt);
          expect(store!.hours.end).toBeGreaterThanOrEqual(order.window.end);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('staggers shifts, each overlapping the deliveries', () => {
    fc.assert(
      fc.property(options, (o) => {
        fc.pre(o.shopperCount > 1);
        const s = generateGroceryDay(o);
        expect(new Set(s.shoppers.map((p) => p.shift.start)).size).toBeGreaterThan(1);
        // When windows can be promised, whatever the actual orders turn out to be.
        const deliveries = {
          start: o.orderPeriodStart + minutes(45),
          end: o.orderPeriodStart + o.orderPeriodSeconds + minutes(105) + hours(1),
        };
        for (const p of s.shoppers) expect(overlaps(p.shift, deliveries)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('puts stores, customers and shoppers inside the area', () => {
    fc.assert(
      fc.property(options, (o) => {
        const s = generateGroceryDay(o);
        const points = [
          ...s.stores.map((store) => store.location),
          ...s.orders.map((order) => order.location),
          ...s.shoppers.map((p) => p.start),
        ];
        expect(points.every(inArea)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('scales to 2,000 orders and 200 shoppers', () => {
    const s = generateGroceryDay({ seed: 3, orderCount: 2000, shopperCount: 200, storeCount: 25 });
    expect(s.orders).toHaveLength(2000);
    expect(parseScenario(s).ok).toBe(true);
  });

  it('names stores past the list of names with a number', () => {
    const names = generateGroceryDay({ storeCount: 40, orderCount: 0 }).stores.map((store) => store.name);
    expect(new Set(names).size).toBe(40);
  });

  it('rejects impossible options', () => {
    const bad: Partial<GeneratorOptions>[] = [
      { storeCount: 0 },
      { orderCount: -1 },
      { shopperCount: 2.5 },
      { seed: 0.5 },
      { orderPeriodStart: -1 },
      { orderPeriodSeconds: Number.NaN },
    ];
    for (const o of bad) expect(() => generateGroceryDay(o)).toThrow(RangeError);
  });

  it('fills in defaults for options left out', () => {
    expect(generateGroceryDay({ seed: undefined, orderCount: undefined })).toEqual(
      generateGroceryDay(DEFAULT_GENERATOR_OPTIONS),
    );
  });
});
