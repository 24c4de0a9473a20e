/**
 * Scenario (planner's words) → routing model (the engine's numbers).
 *
 * Locations are laid out as stores, then customers, then shopper starts.
 * A pickup is the picking of one order at its store: it may not start before
 * the order is placed or the store opens, and must end before the store
 * closes. Nor may it start so early that the order, waiting for its window
 * to open, would exceed the max ride time: any feasible schedule satisfies
 * that bound, and stating it lets the engine schedule as early as possible. A delivery is the handoff at the door: its window is hard or soft
 * as the scenario says. Orders whose store does not exist become no task and
 * are reported unassignable.
 */
import type { ReasonCode } from '../domain/plan.ts';
import type { LngLat, Scenario, Shopper, VehicleType } from '../domain/scenario.ts';
import type { ModelNode, ModelTask, ModelVehicle, RoutingModel } from './model.ts';
import { straightLineMatrix } from './travel/straightLine.ts';

export interface CompiledScenario {
  model: RoutingModel;
  /** Where each location index is on the map. */
  locations: LngLat[];
  /** Orders that could not become tasks at all, with why. */
  rejected: { orderId: string; reason: ReasonCode }[];
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const { constraints } = scenario;
  const locations: LngLat[] = [];
  const storeLocation = new Map<string, number>();
  for (const store of scenario.stores) {
    storeLocation.set(store.id, locations.length);
    locations.push(store.location);
  }
  const storeById = new Map(scenario.stores.map((s) => [s.id, s] as const));

  const skillBits = skillIndex(scenario);
  const nodes: ModelNode[] = [];
  const tasks: ModelTask[] = [];
  const rejected: CompiledScenario['rejected'] = [];
  const soft = constraints.windows === 'soft';
  for (const order of scenario.orders) {
    const store = storeById.get(order.storeId);
    if (!store) {
      rejected.push({ orderId: order.id, reason: 'no-store' });
      continue;
    }
    const task = tasks.length;
    const customer = locations.length;
    locations.push(order.location);
    const picking = order.items * store.pickSecondsPerItem;
    const pickup = nodes.length;
    const load = [order.items, order.bags, 1];
    nodes.push({
      task,
      isPickup: true,
      fromStart: false,
      location: storeLocation.get(store.id)!,
      earliest: Math.max(
        order.placedAt,
        store.hours.start,
        order.window.start - constraints.maxRideSeconds - picking,
      ),
      latest: store.hours.end - picking,
      due: Infinity,
      service: picking,
      demand: load,
      siteId: store.id,
    });
    nodes.push({
      task,
      isPickup: false,
      fromStart: false,
      location: customer,
      earliest: order.window.start,
      latest: soft ? Infinity : order.window.end,
      due: soft ? order.window.end : Infinity,
      service: order.handoffSeconds,
      demand: load.map((x) => -x),
      siteId: order.id,
    });
    tasks.push({
      id: order.id,
      pickup,
      delivery: pickup + 1,
      maxRide: constraints.maxRideSeconds,
      penalty: constraints.unassignedPenalty,
      skills: skillBits(order.requiredSkills),
    });
  }

  // One time profile per vehicle type and speed factor in use.
  const profiles = new Map<string, { type: VehicleType; factor: number }>();
  const profileOf = (shopper: Shopper) => {
    const factor = shopper.speedFactor ?? 1;
    const key = `${shopper.vehicle}@${factor}`;
    if (!profiles.has(key)) profiles.set(key, { type: shopper.vehicle, factor });
    return [...profiles.keys()].indexOf(key);
  };
  const vehicles: ModelVehicle[] = scenario.shoppers.map((shopper) => {
    const startLocation = locations.length;
    locations.push(shopper.start);
    return {
      id: shopper.id,
      startLocation,
      // A shopper's day ends at the last handoff, wherever that is.
      endLocation: -1,
      shiftStart: shopper.shift.start,
      shiftEnd: shopper.shift.end,
      capacity: [
        Math.min(shopper.capacity.items, constraints.maxItemsPerBatch),
        shopper.capacity.bags,
        constraints.maxOrdersPerBatch,
      ],
      profile: profileOf(shopper),
      skills: skillBits(shopper.skills),
      fixedCost: 0,
      costPerSecond: shopper.costPerHour / 3600,
      costPerMetre: shopper.costPerKm / 1000,
    };
  });

  const travel = straightLineMatrix(locations, {
    circuity: scenario.travel.circuity,
    speedsKmh: [...profiles.values()].map(({ type, factor }) => scenario.travel.speedsKmh[type] * factor),
  });
  return {
    model: { nodes, tasks, vehicles, travel, latenessCostPerSecond: constraints.latenessCostPerMinute / 60 },
    locations,
    rejected,
  };
}

/** The engine keeps skills as bits of one 32-bit integer. */
const MAX_SKILLS = 31;

/** Skill names → bit sets, numbered in order of first mention. */
function skillIndex(scenario: Scenario): (skills: readonly string[] | undefined) => number {
  const bit = new Map<string, number>();
  const lists = [...scenario.orders.map((o) => o.requiredSkills), ...scenario.shoppers.map((s) => s.skills)];
  for (const skill of lists.flatMap((list) => list ?? [])) if (!bit.has(skill)) bit.set(skill, bit.size);
  if (bit.size > MAX_SKILLS) {
    throw new Error(`the scenario names ${bit.size} different skills; at most ${MAX_SKILLS} are supported`);
  }
  return (skills) => (skills ?? []).reduce((bits, skill) => bits | (1 << bit.get(skill)!), 0);
}
