/**
 * Scenario + plan → the rows the timeline draws: one per working shopper
 * (their day as blocks of work) and one per order (its window and planned
 * arrival). Pure and one pass over the stops, so it can run on every plan a
 * solve streams in; the components only place what it returns.
 */
import type { Load, Plan, ReasonCode, ShopperRoute } from '../../domain/plan.ts';
import { indexPlan } from '../../domain/planIndex.ts';
import { isWorking, type Scenario, type Shopper, type TimeWindow } from '../../domain/scenario.ts';
import { formatClock, formatDuration, type Seconds } from '../../domain/units.ts';

/** What a shopper is doing over a stretch of the day. */
export type BlockKind = 'drive' | 'wait' | 'pick' | 'handoff';

export interface TimelineBlock {
  kind: BlockKind;
  start: Seconds;
  end: Seconds;
  /** The order picked or handed off; null for driving and waiting. */
  orderId: string | null;
  /** A handoff after the order's window. */
  late: boolean;
}

/** What is on board from leaving one stop until work starts at the next. */
export interface LoadStep {
  start: Seconds;
  end: Seconds;
  load: Load;
}

export interface ShopperRow {
  shopperId: string;
  name: string;
  /** Position in `scenario.shoppers`: the key of the shopper's colour. */
  index: number;
  shift: TimeWindow;
  /** Items the shopper carries at most, to scale the load bar. */
  capacityItems: number;
  blocks: TimelineBlock[];
  /** Stretches of the shift with no work at all. */
  idle: TimeWindow[];
  loads: LoadStep[];
  stops: number;
  batches: number;
  lateOrders: number;
}

export type OrderState = 'on-time' | 'late' | 'unassigned' | 'pending';

export interface OrderRow {
  orderId: string;
  window: TimeWindow;
  state: OrderState;
  /** Planned start of the handoff at the door; null when the plan does not serve the order. */
  arrival: Seconds | null;
  lateness: Seconds;
  shopperId: string | null;
  /** Why the plan leaves the order without a shopper. */
  reason: ReasonCode | null;
}

type Day = Pick<Scenario, 'shoppers' | 'orders'>;

/** Working shoppers in scenario order, so rows do not reshuffle between re-solves. */
export function shopperRows(scenario: Day, plan: Plan): ShopperRow[] {
  const routes = new Map(plan.routes.map((r) => [r.shopperId, r] as const));
  const rows: ShopperRow[] = [];
  scenario.shoppers.forEach((shopper, index) => {
    const route = routes.get(shopper.id);
    if (!route || route.trips.length === 0) return;
    const drawn = rowOf.get(route);
    const row =
      drawn && drawn.shopper === shopper && drawn.row.index === index
        ? drawn.row
        : shopperRow(shopper, index, route);
    rowOf.set(route, { shopper, row });
    rows.push(row);
  });
  return rows;
}

/**
 * Each route's row, while its shopper stays the same object: the plans a
 * solve streams keep the route objects that did not change (`planStream.ts`),
 * so an unchanged route keeps its row and the row view its memo.
 */
const rowOf = new WeakMap<ShopperRoute, { shopper: Shopper; row: ShopperRow }>();

function shopperRow(shopper: Shopper, index: number, route: ShopperRoute): ShopperRow {
  const blocks: TimelineBlock[] = [];
  const loads: LoadStep[] = [];
  // Stops at one place one after another (a batch picked at one store) have no drive between them,
  // and a stop whose work starts on arrival no wait: such empty stretches are left out. Every stop
  // keeps its block, however short, so the row shows each one.
  const between = (kind: 'drive' | 'wait', start: Seconds, end: Seconds) => {
    if (end > start) blocks.push({ kind, start, end, orderId: null, late: false });
  };
  let previousDeparture = route.startTime;
  let onBoard: Load | null = null;
  let stops = 0;
  let lateOrders = 0;
  for (const stop of route.trips.flatMap((trip) => trip.stops)) {
    stops++;
    between('drive', previousDeparture, stop.arrival);
    between('wait', stop.arrival, stop.start);
    const late = stop.kind === 'delivery' && stop.lateness > 0;
    if (late) lateOrders++;
    blocks.push({
      kind: stop.kind === 'pickup' ? 'pick' : 'handoff',
      start: stop.start,
      end: stop.departure,
      orderId: stop.orderId,
      late,
    });
    if (onBoard && onBoard.orders > 0 && stop.start > previousDeparture)
      loads.push({ start: previousDeparture, end: stop.start, load: onBoard });
    onBoard = stop.load;
    previousDeparture = stop.departure;
  }
  return {
    shopperId: shopper.id,
    name: shopper.name,
    index,
    shift: shopper.shift,
    capacityItems: shopper.capacity.items,
    blocks,
    idle: gaps(shopper.shift, blocks),
    loads,
    stops,
    batches: route.trips.length,
    lateOrders,
  };
}

/** The parts of `span` no block covers; blocks come in time order. */
function gaps(span: TimeWindow, blocks: readonly TimelineBlock[]): TimeWindow[] {
  const found: TimeWindow[] = [];
  let free = span.start;
  for (const block of blocks) {
    if (block.start > free) found.push({ start: free, end: Math.min(block.start, span.end) });
    free = Math.max(free, block.end);
    if (free >= span.end) break;
  }
  if (free < span.end) found.push({ start: free, end: span.end });
  return found.filter((gap) => gap.end > gap.start);
}

/**
 * Every order of the scenario: the unassigned first, since they need the
 * planner's attention, then the rest in scenario order.
 */
export function orderRows(scenario: Day, plan: Plan | null): OrderRow[] {
  const index = plan ? indexPlan(plan) : null;
  const unassigned: OrderRow[] = [];
  const rest: OrderRow[] = [];
  for (const order of scenario.orders) {
    const served = index?.assigned.get(order.id);
    const reason = index?.unassigned.get(order.id) ?? null;
    const lateness = served?.delivery.lateness ?? 0;
    const row: OrderRow = {
      orderId: order.id,
      window: order.window,
      state: served ? (lateness > 0 ? 'late' : 'on-time') : reason ? 'unassigned' : 'pending',
      arrival: served ? served.delivery.start : null,
      lateness,
      shopperId: served?.shopperId ?? null,
      reason,
    };
    (reason ? unassigned : rest).push(row);
  }
  return [...unassigned, ...rest];
}

const HOUR = 3600;

/**
 * The stretch of the day the timeline spans, on whole hours: every working
 * shopper's shift and every order's window, which do not change while a solve
 * streams plans in (so the axis stays put), widened by any work the plan puts
 * outside them (late handoffs). Null when there is nothing to show.
 */
export function timeDomain(scenario: Day, plan: Plan | null): TimeWindow | null {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const include = (from: Seconds, to: Seconds) => {
    start = Math.min(start, from);
    end = Math.max(end, to);
  };
  for (const shopper of scenario.shoppers) {
    if (isWorking(shopper)) include(shopper.shift.start, shopper.shift.end);
  }
  for (const order of scenario.orders) include(order.window.start, order.window.end);
  for (const route of plan?.routes ?? []) include(route.startTime, route.endTime);
  if (!(end > start)) return null;
  return { start: Math.floor(start / HOUR) * HOUR, end: Math.ceil(end / HOUR) * HOUR };
}

/** "1 stop", "6 stops". */
export const plural = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;
const span = (from: Seconds, to: Seconds) => `${formatClock(from)}–${formatClock(to)}`;

/** The row's accessible name: "Ana: 6 stops, 3 batches". */
export function shopperRowName(row: ShopperRow): string {
  const late = row.lateOrders > 0 ? `, ${row.lateOrders} late` : '';
  return `${row.name}: ${plural(row.stops, 'stop')}, ${plural(row.batches, 'batch', 'batches')}${late}`;
}

/** The row's accessible name: "Order o12: window 10:00–11:00, arrives 10:24". */
export function orderRowName(row: OrderRow): string {
  const window = `window ${span(row.window.start, row.window.end)}`;
  if (row.reason) return `Order ${row.orderId}: ${window}, unassigned (${row.reason})`;
  if (row.arrival === null) return `Order ${row.orderId}: ${window}, not planned yet`;
  const late = row.lateness > 0 ? `, ${formatDuration(row.lateness)} late` : '';
  return `Order ${row.orderId}: ${window}, arrives ${formatClock(row.arrival)}${late}`;
}

const BLOCK_WORDS: Record<BlockKind, string> = {
  drive: 'Drive',
  wait: 'Wait',
  pick: 'Pick',
  handoff: 'Handoff',
};

/** A block's tooltip: "Pick o12 10:05–10:17 (12 min)". */
export function blockTitle(block: TimelineBlock): string {
  const what = block.orderId ? `${BLOCK_WORDS[block.kind]} ${block.orderId}` : BLOCK_WORDS[block.kind];
  const late = block.late ? ', late' : '';
  return `${what} ${span(block.start, block.end)} (${formatDuration(block.end - block.start)})${late}`;
}

export function idleTitle(gap: TimeWindow): string {
  return `Idle ${span(gap.start, gap.end)} (${formatDuration(gap.end - gap.start)})`;
}

export function loadTitle(step: LoadStep): string {
  const { orders, items, bags } = step.load;
  return `On board ${span(step.start, step.end)}: ${plural(orders, 'order')}, ${plural(items, 'item')}, ${plural(bags, 'bag')}`;
}

export function windowTitle(row: OrderRow): string {
  return `Window ${span(row.window.start, row.window.end)}`;
}

/** The arrival mark's tooltip: "Arrives 10:24, 5 min late". */
export function arrivalTitle(arrival: Seconds, lateness: Seconds): string {
  return `Arrives ${formatClock(arrival)}${lateness > 0 ? `, ${formatDuration(lateness)} late` : ''}`;
}

export function shiftTitle(shift: TimeWindow): string {
  return `Shift ${span(shift.start, shift.end)}`;
}
