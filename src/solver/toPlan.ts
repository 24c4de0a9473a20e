/**
 * Engine solution → the domain's plan. Trips are read off the load: a trip
 * ends when the shopper has nothing left on board.
 */
import type { Plan, PlannedStop, ShopperRoute, Trip, UnassignedOrder } from '../domain/plan.ts';
import type { LngLat } from '../domain/scenario.ts';
import { DIMENSION_COUNT, ORDERS_DIMENSION, type RoutingModel } from './model.ts';
import type { RouteSchedule } from './routeSchedule.ts';
import type { Solution } from './solution.ts';

export function toPlan(
  model: RoutingModel,
  locations: readonly LngLat[],
  solution: Solution,
  unassigned: readonly UnassignedOrder[],
): Plan {
  const routes = solution.routes
    .filter((r) => r.nodes.length > 0)
    .map((r) => toShopperRoute(model, locations, r));
  const cost = { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total: 0 };
  for (const r of solution.routes) {
    const v = model.vehicles[r.vehicle]!;
    if (r.nodes.length === 0) continue;
    cost.time += (r.endTime - r.startTime) * v.costPerSecond;
    cost.distance += r.distance * v.costPerMetre;
    cost.fixed += v.fixedCost;
    cost.lateness += r.latenessSeconds * model.latenessCostPerSecond;
  }
  const penaltyOf = new Map(model.tasks.map((t) => [t.id, t.penalty] as const));
  for (const u of unassigned) cost.unassigned += penaltyOf.get(u.orderId) ?? 0;
  cost.total = cost.time + cost.distance + cost.fixed + cost.lateness + cost.unassigned;
  return { routes, unassigned: [...unassigned], cost };
}

function toShopperRoute(model: RoutingModel, locations: readonly LngLat[], r: RouteSchedule): ShopperRoute {
  const trips: Trip[] = [];
  let trip: Trip | null = null;
  r.nodes.forEach((n, k) => {
    const node = model.nodes[n]!;
    const task = model.tasks[node.task]!;
    trip ??= { orderIds: [], storeIds: [], stops: [] };
    const load = r.load.slice(k * DIMENSION_COUNT, (k + 1) * DIMENSION_COUNT);
    const stop: PlannedStop = {
      kind: node.isPickup ? 'pickup' : 'delivery',
      orderId: task.id,
      storeId: model.nodes[task.pickup]!.siteId,
      location: locations[node.location]!,
      arrival: r.arrival[k]!,
      wait: r.start[k]! - r.arrival[k]!,
      start: r.start[k]!,
      departure: r.departure[k]!,
      load: { items: load[0]!, bags: load[1]!, orders: load[2]! },
      lateness: r.lateness[k]!,
    };
    trip.stops.push(stop);
    if (node.isPickup) {
      trip.orderIds.push(task.id);
      if (!trip.storeIds.includes(node.siteId)) trip.storeIds.push(node.siteId);
    }
    if (load[ORDERS_DIMENSION] === 0) {
      trips.push(trip);
      trip = null;
    }
  });
  return {
    shopperId: model.vehicles[r.vehicle]!.id,
    trips,
    startTime: r.startTime,
    endTime: r.endTime,
    driveSeconds: r.driveSeconds,
    distance: r.distance,
    // What the shopper's day costs; plan stability is the engine's preference, not a cost.
    cost: r.cost - r.reassignmentCost,
  };
}
