/**
 * The parts of a generated grocery day that do not depend on where it
 * happens: when orders are placed and what they hold, their delivery
 * windows, store hours, shoppers and their shifts, and spreading places out.
 * The Baltimore generator (`generator.ts`) and the generator on a map
 * (`extractDay.ts`) differ only in where stores, homes and shift starts are;
 * they pass those in as samplers.
 */
import { DEFAULT_CONSTRAINTS } from './defaults.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';
import type { LngLat, Order, Scenario, Shopper, Store, TimeWindow } from './scenario.ts';
import { SCENARIO_VERSION } from './scenario.ts';
import { hours, minutes, type Seconds } from './units.ts';

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

/** Options with defaults filled in and checked; `generator` names the caller in errors. */
export function resolveDayOptions(
  options: Partial<GeneratorOptions>,
  defaults: Readonly<GeneratorOptions>,
  generator: string,
): GeneratorOptions {
  const o: GeneratorOptions = {
    seed: options.seed ?? defaults.seed,
    storeCount: options.storeCount ?? defaults.storeCount,
    orderCount: options.orderCount ?? defaults.orderCount,
    shopperCount: options.shopperCount ?? defaults.shopperCount,
    orderPeriodStart: options.orderPeriodStart ?? defaults.orderPeriodStart,
    orderPeriodSeconds: options.orderPeriodSeconds ?? defaults.orderPeriodSeconds,
  };
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`${generator}: ${what}`);
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

/** Where a day happens: each part draws from its own random stream. */
export interface DayPlaces {
  stores(random: Random, period: TimeWindow): Store[];
  /** Draws customers' homes (from the orders' stream, after whatever set-up it needs). */
  homes(random: Random): () => LngLat;
  /** Draws where shifts start (from the shoppers' stream). */
  shiftStarts(random: Random): () => LngLat;
  /** Ranks stores by distance from a home. */
  metric: Metric;
}

/** What a generator says about its day, given what was generated. */
export type DayHeader = (
  day: Pick<Scenario, 'stores' | 'orders' | 'shoppers'>,
  period: TimeWindow,
) => Pick<Scenario, 'name' | 'description' | 'travel'>;

/**
 * Stores, orders and shoppers, each from its own random stream, so that
 * asking for more orders does not move the stores or change the shoppers.
 */
export function generateDay(o: GeneratorOptions, places: DayPlaces, header: DayHeader): Scenario {
  const period = { start: o.orderPeriodStart, end: o.orderPeriodStart + o.orderPeriodSeconds };
  const stream = (n: number) => createRandom(deriveSeed(o.seed, n));
  const stores = places.stores(stream(1), period);
  const orderRandom = stream(2);
  const orders = generateOrders(
    orderRandom,
    o.orderCount,
    stores,
    period,
    places.homes(orderRandom),
    places.metric,
  );
  const shopperRandom = stream(3);
  const shoppers = generateShoppers(shopperRandom, o.shopperCount, period, places.shiftStarts(shopperRandom));
  const { name, description, travel } = header({ stores, orders, shoppers }, period);
  return {
    version: SCENARIO_VERSION,
    name,
    description,
    seed: o.seed,
    travel,
    stores,
    orders,
    shoppers,
    constraints: { ...DEFAULT_CONSTRAINTS },
  };
}

// ---------------------------------------------------------------------------
// Places

/** Squared distance in metres² between two points a few km apart; see `flatMetric`. */
export type Metric = (a: LngLat, b: LngLat) => number;

const METRES_PER_DEGREE_LAT = 111_000;

/**
 * Degrees flattened at one latitude: plenty for ranking and spreading points
 * a few km apart, and far cheaper than great circles.
 */
export function flatMetric(
  latitude: number,
): Metric & { metresPerDegreeLat: number; metresPerDegreeLng: number } {
  const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((latitude * Math.PI) / 180);
  const metric = (a: LngLat, b: LngLat) => {
    const dx = (a.lng - b.lng) * metresPerDegreeLng;
    const dy = (a.lat - b.lat) * METRES_PER_DEGREE_LAT;
    return dx * dx + dy * dy;
  };
  return Object.assign(metric, { metresPerDegreeLat: METRES_PER_DEGREE_LAT, metresPerDegreeLng });
}

/** Six decimals are ~0.1 m: precise enough, and the JSON stays readable. */
export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Mitchell's best-candidate sampling: each new item is the candidate farthest
 * from those already placed. Stores end up spread out like real ones (no two
 * on the same block) without the regularity of a grid. A candidate where an
 * item already is is never taken, so `draw` may repeat itself (picking from a
 * list) as long as it can offer `count` different places.
 */
export function spreadOut<T>(count: number, draw: () => T, gap2: (a: T, b: T) => number): T[] {
  const CANDIDATES = 12;
  const placed: T[] = [];
  while (placed.length < count) {
    let best: T | undefined;
    let bestGap = 0;
    for (let c = 0; c < CANDIDATES || best === undefined; c++) {
      const candidate = draw();
      const gap = Math.min(Infinity, ...placed.map((p) => gap2(p, candidate)));
      if (gap > bestGap) {
        best = candidate;
        bestGap = gap;
      }
    }
    placed.push(best);
  }
  return placed;
}

/** Names made distinct by numbering repeats in order: "Harbor Market", "Harbor Market 2". */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  });
}

// ---------------------------------------------------------------------------
// Stores

/** Delivery windows are one hour long. */
const WINDOW_LENGTH = hours(1);
/**
 * Windows start 45–90 min after the order is placed (the store's lead time for
 * picking and the drive, plus some customers choosing a later slot), rounded
 * up to the quarter-hour as booking pages show them.
 */
const MIN_LEAD = minutes(45);
const MAX_LEAD = minutes(90);

/** Common opening hours, [open, close] in hours; the long day is the most common. */
const STORE_HOURS: readonly (readonly [number, number])[] = [
  [7, 22],
  [7, 22],
  [7, 22],
  [8, 21],
  [6, 23],
];

/** Store number `index` (0-based) with typical hours and picking speed. */
export function storeAt(
  random: Random,
  index: number,
  name: string,
  location: LngLat,
  period: TimeWindow,
): Store {
  return {
    id: `s${index + 1}`,
    name,
    location,
    hours: storeHours(random, period),
    pickSecondsPerItem: random.int(30, 45),
  };
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

export const ITEMS_PER_BAG = 8;
/** Share of orders that go to the second-nearest store (stock-outs, customer preference). */
const SECOND_STORE_SHARE = 0.2;

/** Orders placed over `period`, each from a home `home` draws, served by a store near it. */
function generateOrders(
  random: Random,
  count: number,
  stores: readonly Store[],
  period: TimeWindow,
  home: () => LngLat,
  metric: Metric,
): Order[] {
  return placementTimes(random, count, period).map((placedAt, i) => {
    const location = home();
    const items = basketSize(random);
    const windowStart = ceilTo(placedAt + random.int(MIN_LEAD, MAX_LEAD), minutes(15));
    return {
      id: `o${i + 1}`,
      storeId: servingStore(random, stores, location, metric).id,
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

/**
 * Items in a basket. Basket sizes are right-skewed: most orders are a couple
 * of bags, a few are a weekly shop. A log-normal (median 20, sigma 0.6) has
 * that shape and is never negative; clipped to 1..80.
 */
function basketSize(random: Random): number {
  return Math.min(80, Math.max(1, Math.round(random.lognormal(20, 0.6))));
}

/** Usually the nearest store; sometimes the second nearest. */
function servingStore(random: Random, stores: readonly Store[], location: LngLat, metric: Metric): Store {
  let nearest: Store | undefined;
  let nearestGap = Infinity;
  let second: Store | undefined;
  let secondGap = Infinity;
  for (const store of stores) {
    const gap = metric(store.location, location);
    if (gap < nearestGap) {
      [second, secondGap] = [nearest, nearestGap];
      [nearest, nearestGap] = [store, gap];
    } else if (gap < secondGap) {
      [second, secondGap] = [store, gap];
    }
  }
  // There is always a nearest store: resolveDayOptions asks for at least one.
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

/** Shoppers on staggered shifts over `period`, each starting from where `startAt` draws. */
function generateShoppers(
  random: Random,
  count: number,
  period: TimeWindow,
  startAt: () => LngLat,
): Shopper[] {
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
      start: startAt(),
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
