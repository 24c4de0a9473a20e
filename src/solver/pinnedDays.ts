/**
 * Pinned shopper days (`Scenario.pins` without a scope): the engine never sees them. Each is
 * timed on its own, exactly in its pinned order, by the engine's route
 * simulation; the rest of the day is solved without those shoppers and
 * orders; the two plans are then one. The validator checks the whole, so a
 * pinned day that a later rule change broke is reported, not hidden.
 */
import type { Plan } from '../domain/plan.ts';
import { isWorking, type Scenario } from '../domain/scenario.ts';
import { compileScenario } from './compileScenario.ts';
import { stopNodes } from './model.ts';
import { emptySolution, setRoute } from './solution.ts';
import { toPlan } from './toPlan.ts';
import type { TravelProvider } from './travel/travelProvider.ts';

export interface PinnedSplit {
  /** The day without the pinned shoppers and orders, for the engine (batch pins still in it). */
  free: Scenario;
  /** The pinned days, timed as pinned (no unassigned orders). */
  pinned: Plan;
}

/** `travel`: how the scenario is timed (a road scenario's network); the scenario's own settings without it. */
export function splitPinnedDays(scenario: Scenario, travel?: TravelProvider): PinnedSplit {
  const storeIds = new Set(scenario.stores.map((s) => s.id));
  const orderById = new Map(scenario.orders.map((o) => [o.id, o] as const));
  const working = new Set(scenario.shoppers.filter(isWorking).map((p) => p.id));
  // A pin on a shopper off today holds nothing: its orders are planned like any other.
  const pins = (scenario.pins ?? []).filter((pin) => working.has(pin.shopperId));
  const dayPins = pins.filter((pin) => pin.scope === undefined);
  // Batch pins stay with the rest of the day (`pinnedBatches.ts` plans around them).
  const batchPins = pins.filter((pin) => pin.scope === 'batch');
  const { pins: _, ...unpinned } = scenario;
  const rest: Scenario = batchPins.length > 0 ? { ...unpinned, pins: batchPins } : unpinned;
  if (dayPins.length === 0) return { free: rest, pinned: emptyPlan() };

  const pinnedOrders = new Set(
    dayPins
      .flatMap((pin) => pin.stops.map((stop) => stop.orderId))
      .filter((id) => storeIds.has(orderById.get(id)?.storeId ?? '')),
  );
  const pinnedShoppers = new Set(dayPins.map((pin) => pin.shopperId));
  const free: Scenario = {
    ...rest,
    orders: scenario.orders.filter((o) => !pinnedOrders.has(o.id)),
    shoppers: scenario.shoppers.filter((p) => !pinnedShoppers.has(p.id)),
  };
  const days = dayPins.map((pin) => {
    const orderIds = new Set(pin.stops.map((stop) => stop.orderId).filter((id) => pinnedOrders.has(id)));
    const day: Scenario = {
      ...unpinned,
      orders: scenario.orders.filter((o) => orderIds.has(o.id)),
      shoppers: scenario.shoppers.filter((p) => p.id === pin.shopperId),
    };
    const { model, locations } = compileScenario(day, travel);
    const nodeOf = stopNodes(model);
    const nodes = pin.stops
      .filter((stop) => orderIds.has(stop.orderId))
      .map((stop) => nodeOf(stop.orderId, stop.kind)!);
    const solution = emptySolution(model);
    setRoute(model, solution, 0, nodes);
    return toPlan(model, locations, solution, []);
  });
  return { free, pinned: days.reduce((a, b) => joinPlans(a, b), emptyPlan()) };
}

/** Both plans' routes (in the scenario's shopper order) and unassigned orders, and their costs added. */
export function joinPlans(a: Plan, b: Plan, scenario?: Scenario): Plan {
  const routes = [...a.routes, ...b.routes];
  if (scenario) {
    const rank = new Map(scenario.shoppers.map((p, i) => [p.id, i] as const));
    routes.sort((x, y) => rank.get(x.shopperId)! - rank.get(y.shopperId)!);
  }
  const cost = { ...a.cost };
  for (const key of Object.keys(cost) as (keyof Plan['cost'])[]) cost[key] += b.cost[key];
  return { routes, unassigned: [...a.unassigned, ...b.unassigned], cost };
}

function emptyPlan(): Plan {
  return {
    routes: [],
    unassigned: [],
    cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total: 0 },
  };
}
