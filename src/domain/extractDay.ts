/**
 * A seeded grocery day on a street map (an OSM extract: a real city's or the
 * built-in one's), travelling on its roads:
 *
 * - stores are the map's grocery shops (`shop=supermarket|convenience|
 *   greengrocer`, named by their `name` tag), a spread-out selection when
 *   there are more than asked for; a map without any gets stores placed
 *   beside its main roads, where real supermarkets stand;
 * - customers live along residential streets: on the built-in city, in
 *   proportion to the households along each street (its density map); on a
 *   real map, in proportion to street length;
 * - shoppers start from home, drawn like customers;
 * - order times, baskets, windows, store hours and shifts are those of
 *   `generateGroceryDay` (`dayParts.ts`).
 *
 * Like `generateGroceryDay`, the same options give the same day, and more
 * orders do not move the stores or change the shoppers (see `generateDay`).
 */
import type { GeneratedCity } from './city/generateCity.ts';
import {
  type DayPlaces,
  distinctNames,
  flatMetric,
  type GeneratorOptions,
  generateDay,
  type Metric,
  resolveDayOptions,
  round6,
  spreadOut,
  storeAt,
} from './dayParts.ts';
import { roadTravel } from './defaults.ts';
import { describeNetwork } from './networkRef.ts';
import type { OsmExtract, OsmTags, OsmWay } from './osm.ts';
import type { Random } from './random.ts';
import type { LngLat, NetworkRef, Scenario, Store, TimeWindow } from './scenario.ts';
import { createStreetSampler, middleLatitude, type StreetSampler } from './streetSampler.ts';
import { formatClock, hours } from './units.ts';

/** `storeCount` is the most stores taken from the map's shops, and the number placed when it has none. */
export const DEFAULT_EXTRACT_DAY_OPTIONS: Readonly<GeneratorOptions> = {
  seed: 1,
  storeCount: 15,
  orderCount: 300,
  shopperCount: 40,
  orderPeriodStart: hours(10),
  orderPeriodSeconds: hours(4),
};

/** The shops a grocery delivery can pick from, and what to call one the map leaves unnamed. */
const GROCERY_SHOPS: Readonly<Record<string, string>> = {
  supermarket: 'Supermarket',
  convenience: 'Convenience store',
  greengrocer: 'Greengrocer',
};

/** Whether a point of interest is a shop a delivery can pick groceries at. */
export const isGroceryShop = (tags: OsmTags): boolean =>
  tags.shop !== undefined && Object.hasOwn(GROCERY_SHOPS, tags.shop);

/** Streets people live on. */
const RESIDENTIAL = new Set(['residential', 'living_street']);
/** Main roads a shop fronts (not motorways or trunk roads, where nobody parks to shop). */
const ARTERIAL = new Set(['primary', 'secondary', 'tertiary']);
/** Any street a car may use and a door may face: the fallback when a map lacks the kinds above. */
const STREET = new Set([...RESIDENTIAL, ...ARTERIAL, 'unclassified']);

/** Doors are a few metres off the street's centreline; shop fronts a little more (the city puts them at 14–22 m). */
const HOME_OFFSET_M = [6, 15] as const;
const SHOP_OFFSET_M = [12, 20] as const;

export function generateExtractDay(
  extract: OsmExtract | GeneratedCity,
  network: NetworkRef,
  options: Partial<GeneratorOptions> = {},
): Scenario {
  const o = resolveDayOptions(options, DEFAULT_EXTRACT_DAY_OPTIONS, 'generateExtractDay');
  const metric = flatMetric(middleLatitude(extract));
  const shops = groceryShops(extract);
  const homes = homeSampler(extract);
  const home = (random: Random) => () => homes.sample(random, HOME_OFFSET_M).location;
  const places: DayPlaces = {
    stores: (random, period) =>
      shops.length > 0
        ? shopStores(random, shops, o.storeCount, period, metric)
        : arterialStores(random, extract, o.storeCount, period, metric),
    homes: home,
    // Shoppers live where customers do.
    shiftStarts: home,
    metric,
  };
  const place = 'city' in extract ? extract.city.name : describeNetwork(network);
  return generateDay(o, places, (day, period) => ({
    name: `Grocery day in ${place} (seed ${o.seed})`,
    description:
      `Generated: ${day.stores.length} stores ${shops.length > 0 ? "from the map's shops" : 'beside main roads'}, ` +
      `${day.orders.length} orders placed ${formatClock(period.start)}–${formatClock(period.end)}, ` +
      `${day.shoppers.length} shoppers, on the streets of ${describeNetwork(network)}.`,
    travel: roadTravel(network),
  }));
}

// ---------------------------------------------------------------------------
// Stores

interface Shop {
  name: string;
  location: LngLat;
}

/** The map's grocery shops, one per position (a shop mapped twice on one spot counts once). */
function groceryShops(extract: OsmExtract): Shop[] {
  const byPosition = new Map<string, Shop>();
  for (const poi of extract.pois) {
    if (!isGroceryShop(poi.tags)) continue;
    const location = { lng: round6(extract.lons[poi.node]!), lat: round6(extract.lats[poi.node]!) };
    const key = `${location.lng},${location.lat}`;
    if (!byPosition.has(key))
      byPosition.set(key, { name: poi.tags.name ?? GROCERY_SHOPS[poi.tags.shop!]!, location });
  }
  return [...byPosition.values()];
}

/** All the shops when there are few enough, otherwise `count` spread over the map. */
function shopStores(
  random: Random,
  shops: readonly Shop[],
  count: number,
  period: TimeWindow,
  metric: Metric,
): Store[] {
  const chosen =
    shops.length <= count
      ? shops
      : spreadOut(
          count,
          () => random.pick(shops),
          (a, b) => metric(a.location, b.location),
        );
  return storesAt(random, chosen, period);
}

/** `count` stores spread along the main roads, named after their street ("Elm Avenue Market"). */
function arterialStores(
  random: Random,
  extract: OsmExtract,
  count: number,
  period: TimeWindow,
  metric: Metric,
): Store[] {
  const roads =
    createStreetSampler(extract, byLength(ARTERIAL)) ??
    requireStreets(createStreetSampler(extract, byLength(STREET)));
  const spots = spreadOut(
    count,
    () => roads.sample(random, SHOP_OFFSET_M),
    (a, b) => metric(a.location, b.location),
  );
  return storesAt(
    random,
    spots.map((spot) => ({ name: `${spot.street ?? 'Corner'} Market`, location: spot.location })),
    period,
  );
}

function storesAt(random: Random, shops: readonly Shop[], period: TimeWindow): Store[] {
  const names = distinctNames(shops.map((shop) => shop.name));
  return shops.map((shop, i) => storeAt(random, i, names[i]!, shop.location, period));
}

// ---------------------------------------------------------------------------
// Homes

/** Where customers and shoppers live: see the module comment. */
function homeSampler(extract: OsmExtract | GeneratedCity): StreetSampler {
  const households = 'city' in extract ? extract.city.households : undefined;
  const byHouseholds = households && createStreetSampler(extract, (_way, index) => households[index] ?? 0);
  return (
    byHouseholds ??
    createStreetSampler(extract, byLength(RESIDENTIAL)) ??
    requireStreets(createStreetSampler(extract, byLength(STREET)))
  );
}

/** Weighs the ways of the given `highway` classes by their length. */
const byLength =
  (classes: ReadonlySet<string>) =>
  (way: OsmWay, _index: number, lengthM: number): number =>
    classes.has(way.tags.highway ?? '') ? lengthM : 0;

function requireStreets(sampler: StreetSampler | null): StreetSampler {
  if (sampler === null)
    throw new RangeError('generateExtractDay: the map has no streets to put homes and stores on');
  return sampler;
}
