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
 *
 * Travel comes from `travel`; without one, a straight-line scenario is timed
 * by its own settings, and a road scenario is an error (its network is not
 * part of the scenario).
 */
import { describeNetwork } from '../domain/networkRef.ts';
import type { Plan, ReasonCode } from '../domain/plan.ts';
import { isWorking, type LngLat, type Scenario, type Shopper } from '../domain/scenario.ts';
import type { ModelNode, ModelTask, ModelVehicle, RoutingModel } from './model.ts';
import { straightLineTravel, type TravelProfile, type TravelProvider } from './travel/travelProvider.ts';

export interface CompiledScenario {
  model: RoutingModel;
  /** Where each location index is on the map. */
  locations: LngLat[];
  /** Orders that could not become tasks at all, with why. */
  rejected: { orderId: string; reason: ReasonCode }[];
}

/** What compiling a scenario may take into account besides the scenario. */
export interface CompileContext {
  /** The plan the solve starts from: with a reassignment cost, tasks prefer their shopper in it. */
  previous?: Plan;
  /**
   * Stretches of shoppers' days already taken (pinned batches), in day order:
   * such a shopper becomes one vehicle per free stretch around them, each
   * with the same id.
   */
  held?: ReadonlyMap<string, readonly HeldStretch[]>;
}

/** Part of a shopper's day that is not the engine's to plan: from a place and time to another. */
export interface HeldStretch {
  from: LngLat;
  /** Work there starts at this time: the shopper must have arrived by then. */
  startsAt: number;
  to: LngLat;
  /** The shopper leaves `to` at this time. */
  endsAt: number;
}

export function compileScenario(
  scenario: Scenario,
  travel: TravelProvider = ownTravel(scenario),
  context: CompileContext = {},
): CompiledScenario {
  const { constraints } = scenario;
  const locations: LngLat[] = [];
  /** What each location is, for travel errors. */
  const names: string[] = [];
  const storeLocation = new Map<string, number>();
  for (const store of scenario.stores) {
    storeLocation.set(store.id, locations.length);
    locations.push(store.location);
    names.push(`store "${store.id}"`);
  }
  const storeById = new Map(scenario.stores.map((s) => [s.id, s] as const));

  const skillBits = skillIndex(scenario);
  const givenTo = new Map((scenario.assignments ?? []).map((a) => [a.orderId, a.shopperId] as const));
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
    names.push(`order "${order.id}"`);
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
      maxDetour: constraints.maxDetourSeconds ?? Infinity,
      penalty: constraints.unassignedPenalty,
      skills: skillBits(order.requiredSkills),
      previousVehicle: -1,
      onlyVehicle: givenTo.get(order.id) ?? null,
    });
  }

  // One time profile per vehicle type and speed factor in use.
  const profiles = new Map<string, TravelProfile>();
  const profileOf = (shopper: Shopper) => {
    const speedFactor = shopper.speedFactor ?? 1;
    const key = `${shopper.vehicle}@${speedFactor}`;
    if (!profiles.has(key)) profiles.set(key, { vehicle: shopper.vehicle, speedFactor });
    return [...profiles.keys()].indexOf(key);
  };
  // A shopper off today is no vehicle at all: nothing can be planned on them.
  const working = scenario.shoppers.filter(isWorking);
  const place = (at: LngLat, name: string) => {
    locations.push(at);
    names.push(name);
    return locations.length - 1;
  };
  const vehicles: ModelVehicle[] = working.flatMap((shopper) => {
    const vehicle: ModelVehicle = {
      id: shopper.id,
      startLocation: place(shopper.start, `shopper "${shopper.id}"`),
      // A shopper's day ends at the last handoff, wherever that is.
      endLocation: -1,
      shiftStart: shopper.shift.start,
      shiftEnd: shopper.shift.end,
      capacity: [
        Math.min(shopper.capacity.items, constraints.maxItemsPerBatch),
        Math.min(shopper.capacity.bags, constraints.maxBagsPerBatch),
        constraints.maxOrdersPerBatch,
      ],
      profile: profileOf(shopper),
      skills: skillBits(shopper.skills),
      fixedCost: shopper.fixedCost ?? 0,
      costPerSecond: shopper.costPerHour / 3600,
      costPerMetre: shopper.costPerKm / 1000,
    };
    const held = context.held?.get(shopper.id) ?? [];
    if (held.length === 0) return [vehicle];
    // One vehicle per free stretch of the day: up to the first held stretch, between two, after the last.
    // The shopper works in any case, so the fixed cost is the held stretches' to carry.
    const pieces = [
      ...held.map((h) => ({ end: h.from, by: h.startsAt })),
      { end: null, by: shopper.shift.end },
    ];
    let from = vehicle.startLocation;
    let after = shopper.shift.start;
    return pieces.map((piece, k) => {
      const fragment: ModelVehicle = {
        ...vehicle,
        startLocation: from,
        shiftStart: after,
        endLocation: piece.end ? place(piece.end, `pinned batch of shopper "${shopper.id}"`) : -1,
        shiftEnd: piece.by,
        fixedCost: 0,
      };
      if (k < held.length) {
        from = place(held[k]!.to, `pinned batch of shopper "${shopper.id}"`);
        after = held[k]!.endsAt;
      }
      return fragment;
    });
  });

  const reassignment = constraints.reassignmentCost ?? 0;
  if (context.previous && reassignment > 0) rememberShoppers(context.previous, vehicles, tasks);

  const matrix = travel({ locations, names, profiles: [...profiles.values()] });
  return {
    model: {
      nodes,
      tasks,
      vehicles,
      travel: matrix,
      latenessCostPerSecond: constraints.latenessCostPerMinute / 60,
      // A grocery day weighs shoppers' fixed cost against everything else.
      vehiclesFirst: false,
      singleSiteBatches: constraints.sameStoreBatches === true,
      reassignmentCost: reassignment,
    },
    locations,
    rejected,
  };
}

/** Each task's `previousVehicle`: the shopper that delivered it in the previous plan, if still working. */
function rememberShoppers(previous: Plan, vehicles: readonly ModelVehicle[], tasks: ModelTask[]): void {
  const vehicleOf = new Map(vehicles.map((v, i) => [v.id, i] as const));
  const shopperOf = new Map<string, number>();
  for (const route of previous.routes) {
    const vehicle = vehicleOf.get(route.shopperId);
    if (vehicle === undefined) continue;
    for (const trip of route.trips) for (const orderId of trip.orderIds) shopperOf.set(orderId, vehicle);
  }
  for (const task of tasks) task.previousVehicle = shopperOf.get(task.id) ?? -1;
}

/** The travel a scenario can be timed by without outside help. */
function ownTravel(scenario: Scenario): TravelProvider {
  if (scenario.travel.model === 'road') {
    throw new Error(
      `the scenario travels on the roads of ${describeNetwork(scenario.travel.network)}: compiling it needs that road network`,
    );
  }
  return straightLineTravel(scenario.travel);
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
