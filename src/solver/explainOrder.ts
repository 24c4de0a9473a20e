/**
 * "Why?" for one order of a plan: could each shopper serve it at all (alone,
 * on an empty day), where it would go most cheaply in each shopper's day as
 * planned and what that breaks, and which orders share its batch. Every
 * number comes from the engine's own route simulation of the plan
 * (`PlanAtHand.inEngine`), so it agrees with what the engine saw.
 */
import {
  type Competitor,
  type InfeasibleSubset,
  type InsertionOption,
  type OrderExplanation,
  REASON_WORDS,
  type ShopperCheck,
} from '../domain/explanation.ts';
import type { ReasonCode } from '../domain/plan.ts';
import type { Order, Shopper } from '../domain/scenario.ts';
import { formatClock, formatCostChange } from '../domain/units.ts';
import { infeasibleSubsets } from './infeasibleSubsets.ts';
import type { IisSolver } from './mip/linearProgram.ts';
import { type RoutingModel, rideLimit } from './model.ts';
import type { PlanAtHand } from './planAtHand.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';
import { copySolution, setRoute } from './solution.ts';

/** How many of the cheapest places are shown. */
const INSERTIONS_SHOWN = 3;

/**
 * `iis` is where HiGHS answers feasibility questions; without it (null) an
 * order nobody can serve is explained by the static check alone.
 */
export async function explainOrder(
  hand: PlanAtHand,
  orderId: string,
  iis: IisSolver | null,
): Promise<OrderExplanation> {
  const { scenario, plan } = hand;
  const order = scenario.orders.find((o) => o.id === orderId);
  if (!order) throw new Error(`no order ${orderId} in the scenario`);
  const unassigned = plan.unassigned.find((u) => u.orderId === orderId);
  const store = scenario.stores.find((s) => s.id === order.storeId);
  if (!store) {
    return {
      orderId,
      status: 'unassigned',
      summary: `Unassigned: its store ${order.storeId} does not exist.`,
      shoppers: [],
      insertions: [],
      competitors: [],
      conflicts: [],
    };
  }
  const { model, solution } = hand.inEngine();
  const task = model.tasks.findIndex((t) => t.id === orderId);
  const shopperById = new Map(scenario.shoppers.map((p) => [p.id, p] as const));
  const name = (shopperId: string) => shopperById.get(shopperId)?.name ?? shopperId;

  const alone = model.vehicles.map((_, v) => simulateRoute(model, v, pairOf(model, task)));
  const shoppers: ShopperCheck[] = model.vehicles.map((vehicle, v) => {
    const blockedBy = (alone[v]!.violation?.reason as ReasonCode | undefined) ?? null;
    return {
      shopperId: vehicle.id,
      blockedBy,
      detail: aloneDetail(model, order, shopperById.get(vehicle.id)!, alone[v]!, blockedBy),
    };
  });
  shoppers.sort((a, b) => Number(a.blockedBy !== null) - Number(b.blockedBy !== null));

  // Every place is priced against the plan without the order: for a served order, its own place is one of them.
  const without = copySolution(solution);
  const from = solution.vehicleOf[task]!;
  if (from >= 0)
    setRoute(
      model,
      without,
      from,
      without.routes[from]!.nodes.filter((n) => !isOf(model, n, task)),
    );
  const place = hand.place();
  const insertions: InsertionOption[] = model.vehicles
    .map((vehicle, v) => {
      const placed = copySolution(without);
      setRoute(model, placed, v, place(without.routes[v]!, task));
      const route = placed.routes[v]!;
      const breaks = (route.violation?.reason as ReasonCode | undefined) ?? null;
      return {
        shopperId: vehicle.id,
        costDelta: placed.cost - solution.cost,
        breaks,
        detail: placeDetail(model, route, task, breaks),
      };
    })
    .sort((a, b) => a.costDelta - b.costDelta)
    .slice(0, INSERTIONS_SHOWN);

  const served = plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes(orderId)));
  const trip = served?.trips.find((t) => t.orderIds.includes(orderId));
  const delivery = trip?.stops.find((s) => s.kind === 'delivery' && s.orderId === orderId);
  const competitors: Competitor[] = (trip?.stops ?? [])
    .filter((s) => s.kind === 'delivery' && s.orderId !== orderId)
    .map((s) => ({
      orderId: s.orderId,
      detail: `handed over ${formatClock(s.start)}${delivery && s.start < delivery.start ? ', before this one' : ', after this one'}`,
    }));

  const able = shoppers.filter((s) => s.blockedBy === null).length;
  const best = insertions[0];
  const bestWords = best
    ? `The cheapest place is on ${name(best.shopperId)}'s day at ${formatCostChange(best.costDelta)}${best.breaks ? `, which breaks ${best.breaks}` : ''}.`
    : '';
  let status: OrderExplanation['status'];
  let summary: string;
  let conflicts: InfeasibleSubset[] = [];
  if (unassigned || !delivery || !served) {
    status = 'unassigned';
    const reason = unassigned?.reason ?? 'cost';
    summary = `Unassigned: ${REASON_WORDS[reason]} (${reason}). ${able} of ${shoppers.length} shoppers could serve it alone on an empty day. ${bestWords}`;
    if (able === 0 && iis) conflicts = await infeasibleSubsets(model, task, alone, iis, order, store);
    const nearest = conflicts[0];
    if (nearest) {
      summary += ` Nearest, ${name(nearest.shopperId)}: ${nearest.rules.map((r) => r.text).join('; ')} — HiGHS finds no schedule that keeps all of these.`;
    }
  } else if (delivery.lateness > 0) {
    status = 'late';
    summary =
      `Late by ${Math.round(delivery.lateness / 60)} min with ${name(served.shopperId)}: handed over ${formatClock(delivery.start)}, window ${formatClock(order.window.start)}–${formatClock(order.window.end)}` +
      `${competitors.length > 0 ? `, on a batch with ${competitors.map((c) => c.orderId).join(', ')}` : ''}. ${bestWords}`;
  } else {
    status = 'on-time';
    summary =
      `On time with ${name(served.shopperId)}: handed over ${formatClock(delivery.start)}, window ${formatClock(order.window.start)}–${formatClock(order.window.end)}` +
      `${competitors.length > 0 ? `, batched with ${competitors.map((c) => c.orderId).join(', ')}` : ''}. ${bestWords}`;
  }
  return { orderId, status, summary: summary.trim(), shoppers, insertions, competitors, conflicts };
}

const pairOf = (model: RoutingModel, task: number): number[] => {
  const { pickup, delivery } = model.tasks[task]!;
  return pickup >= 0 ? [pickup, delivery] : [delivery];
};

const isOf = (model: RoutingModel, node: number, task: number) => model.nodes[node]!.task === task;

/** What stops one shopper serving the order alone, or when it would be handed over. */
function aloneDetail(
  model: RoutingModel,
  order: Order,
  shopper: Shopper,
  alone: RouteSchedule,
  blockedBy: ReasonCode | null,
): string {
  const handoff = alone.start.at(-1)!;
  switch (blockedBy) {
    case null:
      return `could hand it over at ${formatClock(handoff)}`;
    case 'time-window':
      return `earliest handoff ${formatClock(handoff)}, the window closes ${formatClock(order.window.end)}`;
    case 'capacity':
      return `${order.items} items / ${order.bags} bags; carries at most ${model.vehicles[alone.vehicle]!.capacity[0]} / ${model.vehicles[alone.vehicle]!.capacity[1]}`;
    case 'shift':
      return `the shift ends ${formatClock(shopper.shift.end)}; this order alone ends ${formatClock(alone.endTime)}`;
    case 'skill': {
      const missing = (order.requiredSkills ?? []).filter((s) => !shopper.skills?.includes(s));
      return `lacks ${missing.join(', ')}`;
    }
    case 'ride-time': {
      const ride = handoff - alone.departure[0]!;
      const limit = rideLimit(
        model,
        model.tasks[model.nodes[alone.nodes[0]!]!.task]!,
        model.vehicles[alone.vehicle]!.profile,
      );
      return `the ride would take ${Math.round(ride / 60)} min, at most ${Math.round(limit / 60)} allowed`;
    }
    case 'no-store':
      return `picking could start ${formatClock(alone.start[0]!)}, too late for the store's hours`;
    default:
      return blockedBy;
  }
}

/** Where the order lands in a shopper's day, and what breaks there. */
function placeDetail(
  model: RoutingModel,
  route: RouteSchedule,
  task: number,
  breaks: ReasonCode | null,
): string {
  const at = route.nodes.findIndex((n) => isOf(model, n, task) && !model.nodes[n]!.isPickup);
  const handoff = `handed over ${formatClock(route.start[at]!)}`;
  if (!breaks) return `${handoff}; keeps every rule`;
  const where = route.violation!.position;
  const stop = where < route.nodes.length ? model.tasks[model.nodes[route.nodes[where]!]!.task]!.id : null;
  return `${handoff}; breaks ${breaks}${stop ? ` at order ${stop}` : ' at the end of the day'}`;
}
