/**
 * A seeded generator for a realistic on-demand grocery day in north and
 * central Baltimore: stores spread over the area, orders that arrive with a
 * lunch peak and are promised a one-hour window a little later, and shoppers
 * on staggered shifts.
 *
 * The same options always give the same scenario. Stores, orders and shoppers
 * each draw from their own random stream, so asking for more orders does not
 * move the stores or change the shoppers.
 */
import { DEFAULT_CONSTRAINTS, DEFAULT_TRAVEL } from './defaults.ts';
import type { Random } from './random.ts';
import { createRandom, deriveSeed } from './random.ts';
import type { LngLat, Order, Scenario, Shopper, Store, TimeWindow } from './scenario.ts';
import { SCENARIO_VERSION } from './scenario.ts';
import { formatClock, hours, minutes, type Seconds } from './units.ts';

export interface GeneratorOptions {
  /** Any integer; the same seed gives the same scenario. */
  seed: number;
  storeCount: number;
  orderCount: number;
  shopperCount: number;
  /** When customers start placing orders, seconds since midnight. */
  orderPeriodStart: Seconds;
  /** How long customers keep placing orders. */
  orderPeriodSeconds: Seconds;
}

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

/** The built-in day the studio opens with. */
export function defaultScenario(): Scenario {
  return { ...generateGroceryDay({ seed: 1 }), name: 'Built-in grocery day' };
}

export function generateGroceryDay(options: Partial<GeneratorOptions> = {}): Scenario {
  const o = resolveOptions(options);
  const period: TimeWindow = { start: o.orderPeriodStart, end: o.orderPeriodStart + o.orderPeriodSeconds };
  const stream = (n: number) => createRandom(deriveSeed(o.seed, n));
  const stores = generateStores(stream(1), o.storeCount, period);
  const orders = generateOrders(stream(2), o.orderCount, stores, period);
  const shoppers = generateShoppers(stream(3), o.shopperCount, period);
  return {
    version: SCENARIO_VERSION,
    name: `Grocery day (seed ${o.seed})`,
    description:
      `Generated: ${stores.length} stores, ${orders.length} orders placed ` +
      `${formatClock(period.start)}–${formatClock(period.end)}, ${shoppers.length} shoppers ` +
      'in north and central Baltimore.',
    seed: o.seed,
    travel: structuredClone(DEFAULT_TRAVEL),
    stores,
    orders,
    shoppers,
    constraints: { ...DEFAULT_CONSTRAINTS },
  };
}

/** Delivery windows are one hour long. */
const WINDOW_LENGTH = hours(1);
/**
 * Windows start 45–90 min after the order is placed (the store's lead time for
 * picking and the drive, plus some customers choosing a later slot), rounded
 * up to the quarter-hour as booking pages show them.
 */
const MIN_LEAD = minutes(45);
const MAX_LEAD = minutes(90);

function resolveOptions(options: Partial<GeneratorOptions>): GeneratorOptions {
  const d = DEFAULT_GENERATOR_OPTIONS;
  const o: GeneratorOptions = {
    seed: options.seed ?? d.seed,
    storeCount: options.storeCount ?? d.storeCount,
    orderCount: options.orderCount ?? d.orderCount,
    shopperCount: options.shopperCount ?? d.shopperCount,
    orderPeriodStart: options.orderPeriodStart ?? d.orderPeriodStart,
    orderPeriodSeconds: options.orderPeriodSeconds ?? d.orderPeriodSeconds,
  };
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`generateGroceryDay: ${what}`);
  };
  check(Number.isSafeInteger(o.seed), `seed must be an integer, got ${o.seed}`);
  // Orders need a store to come from.
  check(Number.isInteger(o.storeCount) && o.storeCount >= 1, `storeCount must be ≥ 1, got ${o.storeCount}`);
  check(Number.isInteger(o.orderCount) && o.orderCount >= 0, `orderCount must be ≥ 0, got ${o.orderCount}`);
  check(
    Number.isInteger(o.shopperCount) && o.shopperCount >= 0,
    `shopperCount must be ≥ 0, got ${o.shopperCount}`,
  );
  check(Number.isFinite(o.orderPeriodStart) && o.orderPeriodStart >= 0, 'orderPeriodStart must be ≥ 0');
  check(Number.isFinite(o.orderPeriodSeconds) && o.orderPeriodSeconds >= 0, 'orderPeriodSeconds must be ≥ 0');
  return o;
}

// ---------------------------------------------------------------------------
// Geography

/** Metres per degree, flattened at the area's latitude: plenty for ranking and spreading points a few km apart. */
const METRES_PER_DEGREE_LAT = 111_000;
const METRES_PER_DEGREE_LNG =
  METRES_PER_DEGREE_LAT * Math.cos((((GENERATOR_AREA.south + GENERATOR_AREA.north) / 2) * Math.PI) / 180);

function squaredDistance(a: LngLat, b: LngLat): number {
  const dx = (a.lng - b.lng) * METRES_PER_DEGREE_LNG;
  const dy = (a.lat - b.lat) * METRES_PER_DEGREE_LAT;
  return dx * dx + dy * dy;
}

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

/** Six decimals are ~0.1 m: precise enough, and the JSON stays readable. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function uniformPoint(random: Random, area: Area = GENERATOR_AREA): LngLat {
  return {
    lng: round6(random.uniform(area.west, area.east)),
    lat: round6(random.uniform(area.south, area.north)),
  };
}

/**
 * Mitchell's best-candidate sampling: each new point is the candidate farthest
 * from those already placed. Stores end up spread out like real ones (no two
 * on the same block) without the regularity of a grid.
 */
function spreadPoints(random: Random, count: number, area: Area): LngLat[] {
  const CANDIDATES = 12;
  const points: LngLat[] = [];
  while (points.length < count) {
    let best: LngLat | undefined;
    let bestGap = -1;
    for (let c = 0; c < CANDIDATES; c++) {
      const candidate = uniformPoint(random, area);
      const gap = Math.min(Infinity, ...points.map((p) => squaredDistance(p, candidate)));
      if (gap > bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
    points.push(best!);
  }
  return points;
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

/** Common opening hours, [open, close] in hours; the long day is the most common. */
const STORE_HOURS: readonly (readonly [number, number])[] = [
  [7, 22],
  [7, 22],
  [7, 22],
  [8, 21],
  [6, 23],
];

function generateStores(random: Random, count: number, period: TimeWindow): Store[] {
  const names = random.shuffle(STORE_NAMES);
  // Kept off the edges so every store has customers on all sides.
  const locations = spreadPoints(random, count, inset(GENERATOR_AREA, 0.1));
  return locations.map((location, i) => ({
    id: `s${i + 1}`,
    // Past the list, names repeat with a number: "Hampden Fresh 2".
    name: i < names.length ? names[i]! : `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`,
    location,
    hours: storeHours(random, period),
    pickSecondsPerItem: random.int(30, 45),
  }));
}

/** Typical hours, widened when needed so that every order can be picked while the store is open. */
function storeHours(random: Random, period: TimeWindow): TimeWindow {
  const [open, close] = random.pick(STORE_HOURS);
  const lastWindowEnd = period.end + MAX_LEAD + minutes(15) + WINDOW_LENGTH;
  return {
    start: Math.max(0, Math.min(hours(open), floorTo(period.start - hours(1), hours(1)))),
    end: Math.max(hours(close), ceilTo(lastWindowEnd, hours(1))),
  };
}

const floorTo = (t: Seconds, step: Seconds) => Math.floor(t / step) * step;
const ceilTo = (t: Seconds, step: Seconds) => Math.ceil(t / step) * step;

// ---------------------------------------------------------------------------
// Orders

const ITEMS_PER_BAG = 8;
/** Share of orders that go to the second-nearest store (stock-outs, customer preference). */
const SECOND_STORE_SHARE = 0.2;
/** Share of customers spread evenly; the rest live in denser neighbourhoods. */
const SCATTERED_SHARE = 0.3;

function generateOrders(
  random: Random,
  count: number,
  stores: readonly Store[],
  period: TimeWindow,
): Order[] {
  const neighbourhoods = generateNeighbourhoods(random);
  return placementTimes(random, count, period).map((placedAt, i) => {
    const location = customerLocation(random, neighbourhoods);
    const items = basketSize(random);
    const windowStart = ceilTo(placedAt + random.int(MIN_LEAD, MAX_LEAD), minutes(15));
    return {
      id: `o${i + 1}`,
      storeId: servingStore(random, stores, location).id,
      location,
      items,
      bags: Math.ceil(items / ITEMS_PER_BAG),
      placedAt,
      window: { start: windowStart, end: windowStart + WINDOW_LENGTH },
      handoffSeconds: random.int(minutes(2), minutes(4)),
    };
  });
}

/** Relative order rate over the day: a steady base with a lunch peak and a smaller dinner peak. */
function demand(t: Seconds): number {
  const bump = (centre: Seconds, width: Seconds) => Math.exp(-0.5 * ((t - centre) / width) ** 2);
  return 1 + 1.6 * bump(hours(12.25), minutes(50)) + 1.2 * bump(hours(18.25), minutes(70));
}
const PEAK_DEMAND = 1 + 1.6 + 1.2;

/**
 * Sorted placement times following `demand` (thinning: draw uniformly, keep a
 * draw with probability demand / peak). About two draws per order.
 */
function placementTimes(random: Random, count: number, period: TimeWindow): Seconds[] {
  const times: Seconds[] = [];
  while (times.length < count) {
    const t = random.uniform(period.start, period.end);
    if (random.next() * PEAK_DEMAND < demand(t)) times.push(Math.floor(t));
  }
  return times.sort((a, b) => a - b);
}

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
      lng: round6(random.normal(centre.lng, radius / METRES_PER_DEGREE_LNG)),
      lat: round6(random.normal(centre.lat, radius / METRES_PER_DEGREE_LAT)),
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

/**
 * Items in a basket. Basket sizes are right-skewed: most orders are a couple
 * of bags, a few are a weekly shop. A log-normal (median 20, sigma 0.6) has
 * that shape and is never negative; clipped to 1..80.
 */
function basketSize(random: Random): number {
  return Math.min(80, Math.max(1, Math.round(random.lognormal(20, 0.6))));
}

/** Usually the nearest store; sometimes the second nearest. */
function servingStore(random: Random, stores: readonly Store[], location: LngLat): Store {
  let nearest: Store | undefined;
  let nearestGap = Infinity;
  let second: Store | undefined;
  let secondGap = Infinity;
  for (const store of stores) {
    const gap = squaredDistance(store.location, location);
    if (gap < nearestGap) {
      [second, secondGap] = [nearest, nearestGap];
      [nearest, nearestGap] = [store, gap];
    } else if (gap < secondGap) {
      [second, secondGap] = [store, gap];
    }
  }
  // There is always a nearest store: resolveOptions asks for at least one.
  return second !== undefined && random.chance(SECOND_STORE_SHARE) ? second : nearest!;
}

// ---------------------------------------------------------------------------
// Shoppers

const SHOPPER_FIRST_NAMES = [
  'Alex',
  'Jordan',
  'Sam',
  'Taylor',
  'Morgan',
  'Casey',
  'Jamie',
  'Riley',
  'Avery',
  'Quinn',
  'Devon',
  'Kendall',
  'Reese',
  'Skyler',
  'Rowan',
  'Dana',
  'Elliot',
  'Harper',
  'Jesse',
  'Kai',
] as const;
const SHIFT_HOURS = [4, 4.5, 5, 5.5, 6] as const;
/** Share of shoppers on e-bikes; the rest drive. */
const EBIKE_SHARE = 0.25;

function generateShoppers(random: Random, count: number, period: TimeWindow): Shopper[] {
  // Starts spread from half an hour before the first order to three quarters
  // into the ordering period, so that every shift overlaps the deliveries
  // (which run from 45 min after the first order to 2¾ h after the last).
  const earliest = Math.max(0, period.start - minutes(30));
  // At least half an hour, so that even a zero-length period staggers its shifts.
  const span = Math.max(minutes(30), period.start + 0.75 * (period.end - period.start) - earliest);
  return Array.from({ length: count }, (_, k) => {
    // Stratified: the k-th shopper starts somewhere in the k-th slice of the span.
    const start = earliest + floorTo((span * (k + random.next())) / count, minutes(15));
    const ebike = random.chance(EBIKE_SHARE);
    return {
      id: `p${k + 1}`,
      name: `${random.pick(SHOPPER_FIRST_NAMES)} ${String.fromCharCode(65 + random.int(0, 25))}.`,
      start: uniformPoint(random),
      shift: { start, end: start + hours(random.pick(SHIFT_HOURS)) },
      // An e-bike carries less than a car boot.
      capacity: ebike
        ? { items: random.int(60, 80), bags: random.int(8, 10) }
        : { items: random.int(80, 120), bags: random.int(10, 16) },
      vehicle: ebike ? 'ebike' : 'car',
      costPerHour: cents(random.uniform(18, 24)),
      // Mileage: fuel and wear for a car, much less for an e-bike.
      costPerKm: cents(ebike ? random.uniform(0.3, 0.4) : random.uniform(0.4, 0.6)),
    };
  });
}

const cents = (x: number) => Math.round(x * 100) / 100;
