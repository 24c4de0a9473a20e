/**
 * The Compare tab's list of changed orders as text: each order with what
 * changed, in a planner's words ("Ana → Ben", "batch 3 → 1 orders (split)",
 * "arrives 12 min later"), shoppers by name.
 */
import type { ChangedOrder, OrderChange, OrderChangeKind } from '../../domain/orderChanges.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { formatClock, formatMinutes, type Seconds } from '../../domain/units.ts';

/** What each kind of change is called in the filter and beside an order. */
export const CHANGE_KIND_LABELS: Record<OrderChangeKind, string> = {
  unassigned: 'Newly unassigned',
  late: 'Newly late',
  shopper: 'Shopper',
  batch: 'Batch',
  arrival: 'Arrival',
  assigned: 'Newly assigned',
  'on-time': 'No longer late',
  added: 'Added',
  removed: 'Deleted',
};

export interface ChangePhrase {
  kind: OrderChangeKind;
  text: string;
  /** More than the phrase says (the whole batch before and after), for its tooltip; null when the phrase says it all. */
  detail: string | null;
}

export interface ChangedOrderRow {
  orderId: string;
  /** Who delivers it in the plan on screen, to select with it; null when nobody does. */
  shopperId: string | null;
  /** Deleted from the day since the baseline: nothing to select. */
  deleted: boolean;
  phrases: ChangePhrase[];
}

/** Whole minutes of the size of a shift, so that earlier and later read alike: 90 s is 2 min either way. */
const minutesText = (s: Seconds) => formatMinutes(Math.abs(s));

/** Shoppers by name, in both days (a shopper may be only in the baseline's). */
export function shopperNames(...days: Scenario[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const day of days) for (const s of day.shoppers) if (!names.has(s.id)) names.set(s.id, s.name);
  return names;
}

function phrase(change: OrderChange, nameOf: (shopperId: string) => string): ChangePhrase {
  const plain = (text: string): ChangePhrase => ({ kind: change.kind, text, detail: null });
  switch (change.kind) {
    case 'unassigned':
      return plain(`unassigned (${change.reason}), was ${nameOf(change.fromShopperId)}`);
    case 'assigned':
      return plain(`now with ${nameOf(change.toShopperId)}, was unassigned (${change.wasReason})`);
    case 'late':
      return plain(`now ${minutesText(change.lateness)} late`);
    case 'on-time':
      return plain(`now on time, was ${minutesText(change.wasLateness)} late`);
    case 'shopper':
      return plain(`${nameOf(change.fromShopperId)} → ${nameOf(change.toShopperId)}`);
    case 'batch':
      return {
        kind: 'batch',
        text: `batch ${change.before.length} → ${change.after.length} orders (${change.how})`,
        detail: `Was ${change.before.join(', ')}; now ${change.after.join(', ')}`,
      };
    case 'arrival':
      return {
        kind: 'arrival',
        text: `arrives ${minutesText(change.shift)} ${change.shift > 0 ? 'later' : 'earlier'}`,
        detail: `${formatClock(change.before)} → ${formatClock(change.after)}`,
      };
    case 'added':
      return plain(change.shopperId ? `added, with ${nameOf(change.shopperId)}` : 'added, unassigned');
    case 'removed':
      return plain('deleted from the day');
  }
}

export function changedOrderRows(
  changed: readonly ChangedOrder[],
  names: ReadonlyMap<string, string>,
): ChangedOrderRow[] {
  const nameOf = (id: string) => names.get(id) ?? id;
  return changed.map((o) => ({
    orderId: o.orderId,
    shopperId: o.shopperId,
    deleted: o.changes.some((c) => c.kind === 'removed'),
    phrases: o.changes.map((c) => phrase(c, nameOf)),
  }));
}
