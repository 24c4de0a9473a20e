/**
 * Two plans of one day side by side, order by order: what happened to each
 * order between plan A (the baseline) and plan B (the plan compared with it).
 * Pure; one pass over each plan's stops.
 *
 * What counts as a change, precisely:
 * - `unassigned` / `assigned`: A delivers the order and B leaves it
 *   unassigned, or the other way round. Such an order has no other change:
 *   its shopper, batch and arrival exist in one plan only.
 * - When both plans deliver the order, any of:
 *   - `shopper`: another shopper delivers it.
 *   - `batch`: it rides with other orders. An order's batch mates are the
 *     other orders of its trip (one batch picked, then delivered); the batch
 *     changed when that set differs. How it changed: `split` (some of its
 *     mates are gone and none are new: the batch was split, or it now rides
 *     alone), `merged` (all its mates are still there, with new ones: batches
 *     were merged) or `regrouped` (mates both gone and new). A whole batch
 *     handed to another shopper changes shopper, not batch.
 *   - `arrival`: the arrival at the door moved by `ARRIVAL_THRESHOLD` (one
 *     minute) or more, earlier or later.
 *   - `late` / `on-time`: late in B and on time in A, or the other way round.
 * - `added` / `removed`: only B's or only A's plan has the order (it was
 *   added to the day or deleted from it in between).
 * An order both plans leave unassigned has not changed, whatever the reason.
 *
 * Swapping A and B swaps `unassigned`↔`assigned`, `late`↔`on-time`,
 * `added`↔`removed` and `split`↔`merged`, and negates arrival shifts.
 */
import type { Plan, PlanOfDay, ReasonCode } from './plan.ts';
import type { Scenario } from './scenario.ts';
import { SECONDS_PER_MINUTE, type Seconds } from './units.ts';

/** Arrivals closer than this are the same arrival: seconds of drift are not a change a planner acts on. */
export const ARRIVAL_THRESHOLD: Seconds = SECONDS_PER_MINUTE;

export type BatchChange = 'split' | 'merged' | 'regrouped';

export type OrderChange =
  | { kind: 'unassigned'; fromShopperId: string; reason: ReasonCode }
  | { kind: 'assigned'; toShopperId: string; wasReason: ReasonCode }
  | { kind: 'late'; lateness: Seconds }
  | { kind: 'on-time'; wasLateness: Seconds }
  | { kind: 'shopper'; fromShopperId: string; toShopperId: string }
  /** `before`, `after`: the whole batch (the order and its mates), in trip order. */
  | { kind: 'batch'; how: BatchChange; before: readonly string[]; after: readonly string[] }
  /** `shift`: after − before; negative is earlier. */
  | { kind: 'arrival'; before: Seconds; after: Seconds; shift: Seconds }
  /** `shopperId`: who delivers it in the plan that has it; null when that plan leaves it unassigned. */
  | { kind: 'added'; shopperId: string | null }
  | { kind: 'removed'; shopperId: string | null };

export type OrderChangeKind = OrderChange['kind'];

/**
 * Every kind of change, the most consequential first: service lost, then
 * the reshuffles a planner has to tell the shoppers about, then service
 * gained, then orders only one plan has. Lists of changed orders follow
 * this order.
 */
export const ORDER_CHANGE_KINDS: readonly OrderChangeKind[] = [
  'unassigned',
  'late',
  'shopper',
  'batch',
  'arrival',
  'assigned',
  'on-time',
  'added',
  'removed',
];

/** An order that changed, with every change, in `ORDER_CHANGE_KINDS` order. */
export interface ChangedOrder {
  orderId: string;
  changes: OrderChange[];
  /** Who delivers it in plan B (to select that shopper's day with it); null when B does not deliver it. */
  shopperId: string | null;
}

export interface OrderComparison {
  /** Most consequential change first, then in the order of B's scenario (orders only A has, A's). */
  changed: ChangedOrder[];
  /** Orders with at least one change of each kind. */
  counts: Record<OrderChangeKind, number>;
}

/** Where a plan has an order. */
type Placement =
  | {
      kind: 'delivered';
      shopperId: string;
      batch: readonly string[];
      arrival: Seconds;
      lateness: Seconds;
    }
  | { kind: 'unassigned'; reason: ReasonCode };

/** Each order the plan knows: delivered (by a delivery stop, as the KPIs count it) or unassigned. */
function placements(plan: Plan): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  for (const u of plan.unassigned) placed.set(u.orderId, { kind: 'unassigned', reason: u.reason });
  for (const route of plan.routes) {
    for (const trip of route.trips) {
      for (const stop of trip.stops) {
        if (stop.kind !== 'delivery') continue;
        placed.set(stop.orderId, {
          kind: 'delivered',
          shopperId: route.shopperId,
          batch: trip.orderIds,
          arrival: stop.arrival,
          lateness: stop.lateness,
        });
      }
    }
  }
  return placed;
}

export function compareOrders(a: PlanOfDay, b: PlanOfDay): OrderComparison {
  const before = placements(a.plan);
  const after = placements(b.plan);
  const rank = orderRanks(a.scenario, b.scenario);
  const changed: ChangedOrder[] = [];
  for (const orderId of new Set([...after.keys(), ...before.keys()])) {
    const changes = changesOf(orderId, before.get(orderId), after.get(orderId));
    if (changes.length === 0) continue;
    const now = after.get(orderId);
    changed.push({ orderId, changes, shopperId: now?.kind === 'delivered' ? now.shopperId : null });
  }
  const severity = (o: ChangedOrder) => ORDER_CHANGE_KINDS.indexOf(o.changes[0]!.kind);
  const position = (o: ChangedOrder) => rank.get(o.orderId) ?? Number.MAX_SAFE_INTEGER;
  changed.sort((x, y) => severity(x) - severity(y) || position(x) - position(y));

  const counts = Object.fromEntries(ORDER_CHANGE_KINDS.map((k) => [k, 0])) as Record<OrderChangeKind, number>;
  for (const order of changed) for (const change of order.changes) counts[change.kind]++;
  return { changed, counts };
}

/** Each order's position: B's scenario first, then the orders only A's scenario has. */
function orderRanks(a: Scenario, b: Scenario): Map<string, number> {
  const rank = new Map<string, number>();
  for (const o of [...b.orders, ...a.orders]) if (!rank.has(o.id)) rank.set(o.id, rank.size);
  return rank;
}

function changesOf(orderId: string, was: Placement | undefined, now: Placement | undefined): OrderChange[] {
  if (!was && !now) return [];
  if (!was) return [{ kind: 'added', shopperId: shopperIdOf(now!) }];
  if (!now) return [{ kind: 'removed', shopperId: shopperIdOf(was) }];
  if (was.kind === 'unassigned' && now.kind === 'unassigned') return [];
  if (was.kind === 'unassigned' && now.kind === 'delivered')
    return [{ kind: 'assigned', toShopperId: now.shopperId, wasReason: was.reason }];
  if (was.kind === 'delivered' && now.kind === 'unassigned')
    return [{ kind: 'unassigned', fromShopperId: was.shopperId, reason: now.reason }];
  if (was.kind !== 'delivered' || now.kind !== 'delivered') return [];

  const changes: OrderChange[] = [];
  if (was.lateness === 0 && now.lateness > 0) changes.push({ kind: 'late', lateness: now.lateness });
  if (was.lateness > 0 && now.lateness === 0) changes.push({ kind: 'on-time', wasLateness: was.lateness });
  if (was.shopperId !== now.shopperId)
    changes.push({ kind: 'shopper', fromShopperId: was.shopperId, toShopperId: now.shopperId });
  const how = batchChange(orderId, was.batch, now.batch);
  if (how) changes.push({ kind: 'batch', how, before: was.batch, after: now.batch });
  const shift = now.arrival - was.arrival;
  if (Math.abs(shift) >= ARRIVAL_THRESHOLD)
    changes.push({ kind: 'arrival', before: was.arrival, after: now.arrival, shift });
  changes.sort((x, y) => ORDER_CHANGE_KINDS.indexOf(x.kind) - ORDER_CHANGE_KINDS.indexOf(y.kind));
  return changes;
}

function shopperIdOf(p: Placement): string | null {
  return p.kind === 'delivered' ? p.shopperId : null;
}

/** How the order's batch mates changed; null when they are the same orders. */
function batchChange(
  orderId: string,
  before: readonly string[],
  after: readonly string[],
): BatchChange | null {
  const was = new Set(before.filter((id) => id !== orderId));
  const now = new Set(after.filter((id) => id !== orderId));
  const gone = [...was].some((id) => !now.has(id));
  const joined = [...now].some((id) => !was.has(id));
  if (gone && joined) return 'regrouped';
  if (gone) return 'split';
  if (joined) return 'merged';
  return null;
}

/** The changed orders with a change of this kind; all of them for null. */
export function withChange(
  changed: readonly ChangedOrder[],
  kind: OrderChangeKind | null,
): readonly ChangedOrder[] {
  return kind === null ? changed : changed.filter((o) => o.changes.some((c) => c.kind === kind));
}
