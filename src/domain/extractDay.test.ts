import { describe, expect, it } from 'vitest';
import { generateCity } from './city/generateCity.ts';
import { roadTravel } from './defaults.ts';
import { generateExtractDay, isGroceryShop } from './extractDay.ts';
import type { OsmExtract, OsmTags } from './osm.ts';
import type { LngLat } from './scenario.ts';
import { parseScenario } from './scenarioSchema.ts';

const city = generateCity({ seed: 3 });
const network = { kind: 'builtin-city', seed: 3 } as const;
const day = generateExtractDay(city, network, { seed: 5 });

/** The city as a real map would come: no city metadata. */
const { city: _info, ...plainMap } = city;
const withoutShops: OsmExtract = {
  ...plainMap,
  pois: plainMap.pois.filter((poi) => !isGroceryShop(poi.tags)),
};

/** Metres from a point to the nearest piece of the ways `accept` takes. */
function metresToWays(
  extract: OsmExtract,
  point: LngLat,
  accept: (tags: OsmTags, index: number) => boolean,
): number {
  const ky = 111_320;
  const kx = ky * Math.cos((point.lat * Math.PI) / 180);
  let best = Infinity;
  extract.ways.forEach((way, index) => {
    if (!accept(way.tags, index)) return;
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      const [a, b] = [way.nodes[i]!, way.nodes[i + 1]!];
      const ax = (extract.lons[a]! - point.lng) * kx;
      const ay = (extract.lats[a]! - point.lat) * ky;
      const dx = (extract.lons[b]! - extract.lons[a]!) * kx;
      const dy = (extract.lats[b]! - extract.lats[a]!) * ky;
      const squared = dx * dx + dy * dy;
      const t = squared > 0 ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / squared)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  });
  return best;
}

const isRoad = (tags: OsmTags) => tags.highway !== undefined;

describe('generateExtractDay on the built-in city', () => {
  it('is deterministic, and another seed gives other orders', () => {
    expect(generateExtractDay(city, network, { seed: 5 })).toEqual(day);
    expect(generateExtractDay(city, network, { seed: 6 }).orders).not.toEqual(day.orders);
  });

  it('makes a valid road scenario of the asked size on the named network', () => {
    expect([day.orders.length, day.shoppers.length]).toEqual([300, 40]);
    expect(day.travel).toEqual(roadTravel(network));
    expect(day.name).toContain(city.city.name);
    expect(parseScenario(day)).toEqual({ ok: true, scenario: day });
    const small = generateExtractDay(city, network, { seed: 5, orderCount: 30, shopperCount: 5 });
    expect([small.orders.length, small.shoppers.length]).toEqual([30, 5]);
  });

  it("takes the stores from the map's grocery shops, with their names", () => {
    const shops = city.pois.filter((poi) => isGroceryShop(poi.tags));
    expect(day.stores).toHaveLength(shops.length);
    expect(new Set(day.stores.map((s) => s.name)).size).toBe(day.stores.length);
    day.stores.forEach((store, i) => {
      const shop = shops[i]!;
      expect(store.name.replace(/ \d+$/, '')).toBe(shop.tags.name);
      expect(store.location.lat).toBeCloseTo(city.lats[shop.node]!, 5);
      expect(store.location.lng).toBeCloseTo(city.lons[shop.node]!, 5);
    });
  });

  it('picks a spread-out few when the map has more shops than asked for', () => {
    const shopPositions = new Set(
      city.pois.filter((poi) => isGroceryShop(poi.tags)).map((poi) => `${city.lats[poi.node]!.toFixed(6)}`),
    );
    const few = generateExtractDay(city, network, { seed: 5, storeCount: 4 });
    expect(few.stores).toHaveLength(4);
    expect(new Set(few.stores.map((s) => s.location.lat)).size).toBe(4);
    for (const store of few.stores) expect(shopPositions).toContain(store.location.lat.toFixed(6));
  });

  it('puts homes and shift starts along streets people live on, where the city says they live', () => {
    const inhabited = (_tags: OsmTags, index: number) => (city.city.households[index] ?? 0) > 0;
    for (const point of [...day.orders.map((o) => o.location), ...day.shoppers.map((p) => p.start)]) {
      expect(metresToWays(city, point, inhabited)).toBeLessThanOrEqual(16);
    }
  });

  it('keeps the stores and shoppers when only the number of orders changes', () => {
    const more = generateExtractDay(city, network, { seed: 5, orderCount: 500 });
    expect(more.stores).toEqual(day.stores);
    expect(more.shoppers).toEqual(day.shoppers);
  });
});

describe('generateExtractDay on a map without city metadata', () => {
  const file = { kind: 'file', name: 'town.osm.pbf' } as const;

  it('puts homes along residential streets, every one near a road', () => {
    const s = generateExtractDay(plainMap, file, { seed: 2, orderCount: 100 });
    const residential = (tags: OsmTags) => tags.highway === 'residential' || tags.highway === 'living_street';
    for (const order of s.orders) {
      expect(metresToWays(plainMap, order.location, residential)).toBeLessThanOrEqual(16);
      expect(metresToWays(plainMap, order.location, isRoad)).toBeLessThan(1000);
    }
    expect(s.name).toContain('the map file "town.osm.pbf"');
  });

  it('places stores beside the main roads when the map has no grocery shops, named after the road', () => {
    const s = generateExtractDay(withoutShops, file, { seed: 2, storeCount: 9, orderCount: 20 });
    expect(s.stores).toHaveLength(9);
    const arterial = (tags: OsmTags) => ['primary', 'secondary', 'tertiary'].includes(tags.highway ?? '');
    for (const store of s.stores) {
      expect(metresToWays(withoutShops, store.location, arterial)).toBeLessThanOrEqual(21);
      expect(store.name).toMatch(/ Market( \d+)?$/);
    }
    expect(new Set(s.stores.map((store) => store.name)).size).toBe(9);
    expect(parseScenario(s).ok).toBe(true);
  });

  it('rejects impossible options and maps without streets', () => {
    expect(() => generateExtractDay(plainMap, file, { storeCount: 0 })).toThrow(RangeError);
    expect(() => generateExtractDay(plainMap, file, { orderCount: -1 })).toThrow(
      /generateExtractDay: orderCount/,
    );
    const noStreets: OsmExtract = { ...withoutShops, ways: withoutShops.ways.filter((w) => !isRoad(w.tags)) };
    expect(() => generateExtractDay(noStreets, file)).toThrow(/no streets/);
  });
});
