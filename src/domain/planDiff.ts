/**
 * What changed between two plans of (versions of) one scenario, in the
 * planner's terms: which orders went to another shopper.
 */
import type { Plan } from './plan.ts';

/** Each order's shopper in a plan; null for an order the plan leaves unassigned. */
export function shopperByOrder(plan: Plan): Map<string, string | null> {
  const shopperOf = new Map<string, string | null>();
  for (const u of plan.unassigned) shopperOf.set(u.orderId, null);
  for (const route of plan.routes) {
    for (const trip of route.trips)
      for (const orderId of trip.orderIds) shopperOf.set(orderId, route.shopperId);
  }
  return shopperOf;
}

/**
 * Orders of both plans whose shopper differs: moved to another shopper, or
 * assigned in one plan and unassigned in the other. Orders only one plan
 * knows (added or deleted since) are not changes of shopper.
 */
export function reassignedOrders(before: Plan, after: Plan): string[] {
  const was = shopperByOrder(before);
  const changed: string[] = [];
  for (const [orderId, shopper] of shopperByOrder(after)) {
    if (was.has(orderId) && was.get(orderId) !== shopper) changed.push(orderId);
  }
  return changed;
}
