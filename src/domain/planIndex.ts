import type { Plan, PlannedStop, ReasonCode } from './plan.ts';

export interface OrderAssignment {
  shopperId: string;
  tripIndex: number;
  pickup: PlannedStop;
  delivery: PlannedStop;
}

export interface PlanIndex {
  assigned: Map<string, OrderAssignment>;
  unassigned: Map<string, ReasonCode>;
}

/** Looks up, for each order, where the plan serves it (or why it does not). */
export function indexPlan(plan: Plan): PlanIndex {
  const assigned = new Map<string, OrderAssignment>();
  for (const route of plan.routes) {
    route.trips.forEach((trip, tripIndex) => {
      const pickups = new Map<string, PlannedStop>();
      for (const stop of trip.stops) {
        if (stop.kind === 'pickup') pickups.set(stop.orderId, stop);
        else {
          const pickup = pickups.get(stop.orderId);
          if (pickup)
            assigned.set(stop.orderId, { shopperId: route.shopperId, tripIndex, pickup, delivery: stop });
        }
      }
    });
  }
  const unassigned = new Map(plan.unassigned.map((u) => [u.orderId, u.reason] as const));
  return { assigned, unassigned };
}
