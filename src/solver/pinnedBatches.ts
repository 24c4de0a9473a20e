/**
 * Pinned batches (`Scenario.pins` with scope 'batch'): each keeps its
 * shopper, its stops and their order, timed as early as the shopper can do
 * the shopper's pinned batches one after the other. The engine plans the
 * rest of the day without those orders, the shopper split into one vehicle
 * per free stretch around the batches (`HeldStretch`); the plan then puts
 * each shopper's stretches and batches back into one day, re-timed by the
 * engine's route simulation over the whole scenario, for the validator to
 * judge like any other.
 */
import type { Plan, UnassignedOrder } from '../domain/plan.ts';
import { isWorking, type Scenario } from '../domain/scenario.ts';
import { type CompiledScenario, compileScenario, type HeldStretch } from './compileScenario.ts';
import { type RoutingModel, stopNodes } from './model.ts';
import { simulateRoute } from './routeSchedule.ts';
import { emptySolution, type Solution, setRoute } from './solution.ts';
import { toPlan } from './toPlan.ts';
import type { TravelProvider } from './travel/travelProvider.ts';

export interface BatchSplit {
  /** The day without the pinned batches' orders, and without their pins: the engine's part. */
  free: Scenario;
  /** Each shopper's pinned batches as the stretches of the day they take, in day order. */
  held: Map<string, HeldStretch[]>;
  /** The engine's solution of `free` as a plan of the whole day, pinned batches in their places. */
  planOf: (model: RoutingModel, solution: Solution, unassigned: UnassignedOrder[]) => Plan;
}

/** `travel` as for `compileScenario`; null when the scenario pins no batch (the engine's plan is the plan). */
export function splitPinnedBatches(scenario: Scenario, travel?: TravelProvider): BatchSplit | null {
  const working = new Set(scenario.shoppers.filter(isWorking).map((p) => p.id));
  const pins = (scenario.pins ?? []).filter((pin) => pin.scope === 'batch' && working.has(pin.shopperId));
  if (pins.length === 0) return null;
  const { pins: _, ...unpinned } = scenario;
  const whole = compileScenario(unpinned, travel);
  const { model } = whole;
  const nodeOf = stopNodes(model);
  const vehicleOf = new Map(model.vehicles.map((v, i) => [v.id, i] as const));

  /** Each shopper's pinned batches, as nodes of the whole day's model. */
  const batches = new Map<string, number[][]>();
  for (const pin of pins) {
    // An order without a store is no task: its stops go (and the order is reported as the engine reports it).
    const nodes = pin.stops.flatMap((stop) => nodeOf(stop.orderId, stop.kind) ?? []);
    if (nodes.length > 0) batches.set(pin.shopperId, [...(batches.get(pin.shopperId) ?? []), nodes]);
  }
  const held = new Map<string, HeldStretch[]>();
  for (const [shopperId, shopperBatches] of batches) {
    const timed = simulateRoute(model, vehicleOf.get(shopperId)!, shopperBatches.flat());
    let first = 0;
    held.set(
      shopperId,
      shopperBatches.map((nodes) => {
        const last = first + nodes.length - 1;
        const stretch = {
          from: whole.locations[model.nodes[nodes[0]!]!.location]!,
          startsAt: timed.start[first]!,
          to: whole.locations[model.nodes[nodes.at(-1)!]!.location]!,
          endsAt: timed.departure[last]!,
        };
        first = last + 1;
        return stretch;
      }),
    );
  }

  const pinnedOrders = new Set(pins.flatMap((pin) => pin.stops.map((stop) => stop.orderId)));
  return {
    free: { ...unpinned, orders: scenario.orders.filter((o) => !pinnedOrders.has(o.id)) },
    held,
    planOf: (freeModel, solution, unassigned) =>
      wholeDay(whole, batches, freeModel, solution, unassigned, nodeOf),
  };
}

/** The free stretches' routes and the pinned batches, interleaved per shopper, simulated in the whole model. */
function wholeDay(
  whole: CompiledScenario,
  batches: ReadonlyMap<string, number[][]>,
  freeModel: RoutingModel,
  solution: Solution,
  unassigned: UnassignedOrder[],
  nodeOf: ReturnType<typeof stopNodes>,
): Plan {
  const { model } = whole;
  const stretches = new Map<string, number[][]>();
  for (const route of solution.routes) {
    const id = freeModel.vehicles[route.vehicle]!.id;
    const nodes = route.nodes.map((n) => {
      const node = freeModel.nodes[n]!;
      return nodeOf(freeModel.tasks[node.task]!.id, node.isPickup ? 'pickup' : 'delivery')!;
    });
    stretches.set(id, [...(stretches.get(id) ?? []), nodes]);
  }
  const day = emptySolution(model);
  model.vehicles.forEach((vehicle, v) => {
    const free = stretches.get(vehicle.id) ?? [];
    const pinned = batches.get(vehicle.id) ?? [];
    const nodes = free.flatMap((stretch, k) => [...stretch, ...(pinned[k] ?? [])]);
    if (nodes.length > 0) setRoute(model, day, v, nodes);
  });
  return toPlan(model, whole.locations, day, unassigned);
}
