/**
 * An order a planner places by hand on the map: what the form starts from
 * where they clicked (the nearest store, the window of the nearest order, a
 * typical size), and the order made of what they typed.
 */
import { flatMetric, ITEMS_PER_BAG } from './dayParts.ts';
import type { LngLat, Order, Scenario, Seconds } from './scenario.ts';
import { minutes } from './units.ts';

export interface OrderDraft {
  storeId: string;
  items: number;
  bags: number;
  windowStart: Seconds;
  windowMinutes: number;
}

const DEFAULT_ITEMS = 20;
const DEFAULT_WINDOW_MINUTES = 60;
/** When no order is near to copy a window from. */
const DEFAULT_WINDOW_START: Seconds = 12 * 3600;
/** A new order was placed this long before its window opens. */
const PLACED_BEFORE: Seconds = minutes(60);
const DEFAULT_HANDOFF: Seconds = minutes(2);

export function draftOrder(scenario: Scenario, at: LngLat): OrderDraft {
  const distance = flatMetric(at.lat);
  const nearest = <T>(things: readonly T[], where: (t: T) => LngLat): T | undefined =>
    things.reduce<T | undefined>(
      (best, t) => (best === undefined || distance(where(t), at) < distance(where(best), at) ? t : best),
      undefined,
    );
  return {
    storeId: nearest(scenario.stores, (s) => s.location)?.id ?? '',
    items: DEFAULT_ITEMS,
    bags: Math.ceil(DEFAULT_ITEMS / ITEMS_PER_BAG),
    windowStart: nearest(scenario.orders, (o) => o.location)?.window.start ?? DEFAULT_WINDOW_START,
    windowMinutes: DEFAULT_WINDOW_MINUTES,
  };
}

/** The order at `at` as drafted, under an id no order of the scenario has; the scenario's schema judges it. */
export function newOrder(scenario: Scenario, at: LngLat, draft: OrderDraft): Order {
  return {
    id: newOrderId(scenario),
    storeId: draft.storeId,
    location: at,
    items: draft.items,
    bags: draft.bags,
    placedAt: Math.max(0, draft.windowStart - PLACED_BEFORE),
    window: { start: draft.windowStart, end: draft.windowStart + minutes(draft.windowMinutes) },
    handoffSeconds: scenario.orders[0]?.handoffSeconds ?? DEFAULT_HANDOFF,
  };
}

/** `o` and the number after the highest `o<number>` id in use. */
export function newOrderId(scenario: Scenario): string {
  let highest = 0;
  for (const o of scenario.orders) {
    const match = /^o(\d+)$/.exec(o.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `o${highest + 1}`;
}
