/**
 * The rules of "serve this order alone on this shopper's day"
 * (`serveAloneLp.ts`) in a planner's words, each with its number and the
 * reason code it stands for (null for the facts the rules meet).
 */
import type { ConflictRule } from '../domain/explanation.ts';
import type { Order, Store } from '../domain/scenario.ts';
import { formatClock, formatDuration } from '../domain/units.ts';
import type { AloneRule } from './serveAloneLp.ts';

const UNITS = { items: 'items', bags: 'bags', orders: 'orders on board' } as const;

export function aloneRuleWords(rule: AloneRule, order: Order, store: Store): ConflictRule {
  switch (rule.kind) {
    case 'served':
      return { reason: null, text: `order ${order.id} is to be served` };
    case 'shift-starts':
      return { reason: 'shift', text: `the shift starts ${formatClock(rule.at)}` };
    case 'drive-to-store':
      return {
        reason: null,
        text: `the drive from the shift's start to ${store.name} takes ${formatDuration(rule.seconds)}`,
      };
    case 'picking-from':
      return {
        reason: null,
        text: `picking can start ${formatClock(rule.at)} at the earliest (${pickingFrom(rule.at, order, store)})`,
      };
    case 'store-closes':
      return {
        reason: 'no-store',
        text: `${store.name} closes ${formatClock(store.hours.end)}: picking must start by ${formatClock(rule.pickingBy)}`,
      };
    case 'pick-and-drive':
      return {
        reason: null,
        text: `picking takes ${formatDuration(rule.pickSeconds)} and the drive to the door ${formatDuration(rule.driveSeconds)}`,
      };
    case 'window-opens':
      return { reason: null, text: `the delivery window opens ${formatClock(rule.at)}` };
    case 'window-closes':
      return { reason: 'time-window', text: `the delivery window closes ${formatClock(rule.at)}` };
    case 'ride-limit':
      return {
        reason: 'ride-time',
        text: `the ride from the store may last at most ${formatDuration(rule.seconds)}`,
      };
    case 'shift-ends':
      return {
        reason: 'shift',
        text: `the shift ends ${formatClock(rule.at)}, after the ${formatDuration(rule.handoffSeconds)} handoff${rule.driveBackSeconds > 0 ? ` and ${formatDuration(rule.driveBackSeconds)} back` : ''}`,
      };
    case 'capacity':
      return {
        reason: rule.dimension === 'orders' ? 'batch-size' : 'capacity',
        text: `it is ${rule.needs} ${UNITS[rule.dimension]}; the shopper takes at most ${rule.carries}`,
      };
    case 'may-not-serve': {
      const skills = order.requiredSkills ?? [];
      return {
        reason: 'skill',
        text:
          skills.length > 0
            ? `it needs ${skills.join(', ')}, which the shopper lacks`
            : 'the shopper may not serve it',
      };
    }
  }
}

/** Which of the order's, the store's or the ride's limits sets the earliest picking. */
function pickingFrom(at: number, order: Order, store: Store): string {
  if (at === order.placedAt) return 'the order is placed then';
  if (at === store.hours.start) return 'the store opens then';
  return 'picking earlier would make the ride too long';
}
