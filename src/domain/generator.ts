/**
 * A seeded generator for a realistic on-demand grocery day in north and
 * central Baltimore, on straight-line travel: stores spread over the area,
 * orders that arrive with a lunch peak and are promised a one-hour window a
 * little later, and shoppers on staggered shifts. (A day on a real or the
 * built-in city's street map is `extractDay.ts`.)
 *
 * The same options always give the same scenario (see `generateDay`).
 */
import { generateCity } from './city/generateCity.ts';
import {
  type DayPlaces,
  distinctNames,
  flatMetric,
  type GeneratorOptions,
  generateDay,
  resolveDayOptions,
  round6,
  spreadOut,
  storeAt,
} from './dayParts.ts';
import { DEFAULT_TRAVEL } from './defaults.ts';
import { generateExtractDay } from './extractDay.ts';
import type { Random } from './random.ts';
import type { LngLat, Scenario, Store, TimeWindow } from './scenario.ts';
import { formatClock, hours } from './units.ts';

export type { GeneratorOptions };

export const DEFAULT_GENERATOR_OPTIONS: Readonly<GeneratorOptions> = {
  seed: 1,
  storeCount: 9,
  orderCount: 300,
  shopperCount: 40,
  orderPeriodStart: hours(10),
  orderPeriodSeconds: hours(4),
};

export interface Area {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** North and central Baltimore, all on land: it stops north of the harbour. */
export const GENERATOR_AREA: Readonly<Area> = { south: 39.285, north: 39.365, west: -76.7, east: -76.56 };

/** The city and the seed of the day the studio opens with. */
export const DEFAULT_CITY_SEED = 1;
let builtInDay: Scenario | undefined;

/**
 * The built-in day the studio opens with: a day in the built-in city, on its
 * roads. Generating the city takes a noticeable fraction of a second, so the
 * day is made once; every call returns its own copy.
 */
export function defaultScenario(): Scenario {
  builtInDay ??= {
    ...generateExtractDay(
      generateCity({ seed: DEFAULT_CITY_SEED }),
      { kind: 'builtin-city', seed: DEFAULT_CITY_SEED },
      {
        seed: 1,
      },
    ),
    name: 'Built-in grocery day',
  };
  return structuredClone(builtInDay);
}

/** A day in Baltimore on straight-line travel (benchmarks and tests use it: no map needed). */
export function generateGroceryDay(options: Partial<GeneratorOptions> = {}): Scenario {
  const o = resolveDayOptions(options, DEFAULT_GENERATOR_OPTIONS, 'generateGroceryDay');
  const places: DayPlaces = {
    stores: (random, period) => generateStores(random, o.storeCount, period),
    homes: (random) => {
      const neighbourhoods = generateNeighbourhoods(random);
      return () => customerLocation(random, neighbourhoods);
    },
    shiftStarts: (random) => () => uniformPoint(random),
    metric: METRIC,
  };
  return generateDay(o, places, (day, period) => ({
    name: `Grocery day (seed ${o.seed})`,
    description:
      `Generated: ${day.stores.length} stores, ${day.orders.length} orders placed ` +
      `${formatClock(period.start)}–${formatClock(period.end)}, ${day.shoppers.length} shoppers ` +
      'in north and central Baltimore.',
    travel: structuredClone(DEFAULT_TRAVEL),
  }));
}

// ---------------------------------------------------------------------------
// Geography

const METRIC = flatMetric((GENERATOR_AREA.south + GENERATOR_AREA.north) / 2);

function inArea({ lat, lng }: LngLat): boolean {
  const area = GENERATOR_AREA;
  return lat >= area.south && lat <= area.north && lng >= area.west && lng <= area.east;
}

/** The area shrunk by `fraction` of its size on every side. */
function inset(area: Area, fraction: number): Area {
  const dLat = (area.north - area.south) * fraction;
  const dLng = (area.east - area.west) * fraction;
  return {
    south: area.south + dLat,
    north: area.north - dLat,
    west: area.west + dLng,
    east: area.east - dLng,
  };
}

function uniformPoint(random: Random, area: Area = GENERATOR_AREA): LngLat {
  return {
    lng: round6(random.uniform(area.west, area.east)),
    lat: round6(random.uniform(area.south, area.north)),
  };
}

/** Best-candidate points in `area`: spread out, see `spreadOut`. */
function spreadPoints(random: Random, count: number, area: Area): LngLat[] {
  return spreadOut(count, () => uniformPoint(random, area), METRIC);
}

// ---------------------------------------------------------------------------
// Stores

const STORE_NAMES = [
  'Harbor Market',
  'Charles Street Grocer',
  'Hampden Fresh',
  'Druid Hill Market',
  'Roland Park Provisions',
  'Waverly Pantry',
  'Mount Vernon Market',
  'Remington Grocery',
  'Montebello Foods',
  'Station North Market',
  'Charles Village Grocer',
  'Hamilton Fresh',
  'Woodberry Pantry',
  'Govans Market',
  'Bolton Hill Grocer',
  'Medfield Market',
] as const;

function generateStores(random: Random, count: number, period: TimeWindow): Store[] {
  const shuffled = random.shuffle(STORE_NAMES);
  // Past the list, names repeat with a number: "Hampden Fresh 2".
  const names = distinctNames(Array.from({ length: count }, (_, i) => shuffled[i % shuffled.length]!));
  // Kept off the edges so every store has customers on all sides.
  const locations = spreadPoints(random, count, inset(GENERATOR_AREA, 0.1));
  return locations.map((location, i) => storeAt(random, i, names[i]!, location, period));
}

// ---------------------------------------------------------------------------
// Customers

/** Share of customers spread evenly; the rest live in denser neighbourhoods. */
const SCATTERED_SHARE = 0.3;

interface Neighbourhood {
  centre: LngLat;
  /** Spread of homes around the centre, metres. */
  radius: number;
  /** Relative share of the clustered orders. */
  weight: number;
}

function generateNeighbourhoods(random: Random): Neighbourhood[] {
  return spreadPoints(random, 8, inset(GENERATOR_AREA, 0.1)).map((centre) => ({
    centre,
    radius: random.uniform(700, 1500),
    weight: random.uniform(0.5, 1.5),
  }));
}

function customerLocation(random: Random, neighbourhoods: readonly Neighbourhood[]): LngLat {
  if (random.chance(SCATTERED_SHARE)) return uniformPoint(random);
  const { centre, radius } = pickWeighted(random, neighbourhoods);
  // Redraw homes that fall outside the area (rare: centres are inset).
  for (;;) {
    const home = {
      lng: round6(random.normal(centre.lng, radius / METRIC.metresPerDegreeLng)),
      lat: round6(random.normal(centre.lat, radius / METRIC.metresPerDegreeLat)),
    };
    if (inArea(home)) return home;
  }
}

function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  let remaining = random.uniform(
    0,
    items.reduce((sum, item) => sum + item.weight, 0),
  );
  for (const item of items) {
    remaining -= item.weight;
    if (remaining < 0) return item;
  }
  return items.at(-1)!; // only reached through rounding in the sum
}
