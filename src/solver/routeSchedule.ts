/**
 * The engine's reference evaluation of one vehicle's route: a full forward
 * simulation. The search keeps its result as the route's cache and tests its
 * fast move evaluation against it. (The independent validator in
 * `validator/` does not use this: it re-derives everything from the plan.)
 */
import type { ReasonCode } from '../domain/plan.ts';
import { DIMENSION_COUNT, mayServe, type RoutingModel, reassignmentCost, rideLimit } from './model.ts';
import { travelDistance, travelTime } from './travel/travelMatrix.ts';

export interface RouteSchedule {
  vehicle: number;
  nodes: number[];
  arrival: number[];
  start: number[];
  departure: number[];
  /** On board when leaving the start: the deliveries loaded there. */
  initialLoad: number[];
  /** On board after each node, DIMENSION_COUNT numbers per node. */
  load: number[];
  /** Pickup location of the orders picked and on board after each node, -1 when there are none (single-site batches). */
  batchSite: number[];
  /** Start of service after the node's soft due time. */
  lateness: number[];
  /** Position of each node's partner (pickup ↔ delivery) in this route, -1 when absent. */
  partner: number[];
  /**
   * Latest start of service at each position that keeps the rest of the route
   * within its windows and the shift (Savelsbergh's forward time slack): a move
   * that delays position k is feasible, as far as hard windows go, iff the new
   * start there is no later than this.
   */
  latestStart: number[];
  /** waitPrefix[k] = waiting before service at positions 0..k-1 (length n + 1). */
  waitPrefix: number[];
  /** Leaves the vehicle's start: as late as possible without delaying the first service. */
  startTime: number;
  /** Arrival at the end location, or the last departure when the route may end anywhere. */
  endTime: number;
  driveSeconds: number;
  distance: number;
  latenessSeconds: number;
  /** Plan stability's part of `cost`: its tasks that another vehicle served before. */
  reassignmentCost: number;
  /** What the route costs the objective: time, distance, fixed cost, lateness and reassignments. */
  cost: number;
  /** The first rule the route breaks, or null when it is feasible. */
  violation: RouteViolation | null;
}

export interface RouteViolation {
  /** In the domain's vocabulary; 'precedence' only for malformed routes. */
  reason: ReasonCode | 'precedence';
  /** Position in the route where it was found (the route's length for end-of-route rules). */
  position: number;
}

/** Which rule each capacity dimension stands for. */
const CAPACITY_REASONS: readonly ReasonCode[] = ['capacity', 'capacity', 'batch-size'];

/**
 * What a non-empty route costs the planner, from its parts; one formula for
 * the simulation and the fast paths (which add reassignments themselves).
 */
export function routeCost(
  model: RoutingModel,
  vehicle: number,
  duration: number,
  distance: number,
  lateness: number,
): number {
  const v = model.vehicles[vehicle]!;
  return (
    v.fixedCost +
    duration * v.costPerSecond +
    distance * v.costPerMetre +
    lateness * model.latenessCostPerSecond
  );
}

export function simulateRoute(model: RoutingModel, vehicle: number, nodes: readonly number[]): RouteSchedule {
  const v = model.vehicles[vehicle]!;
  const n = nodes.length;
  const load = new Array<number>(DIMENSION_COUNT).fill(0);
  for (const id of nodes) {
    const node = model.nodes[id]!;
    if (node.fromStart) for (let d = 0; d < DIMENSION_COUNT; d++) load[d]! -= node.demand[d]!;
  }
  const schedule: RouteSchedule = {
    vehicle,
    nodes: [...nodes],
    arrival: new Array(n),
    start: new Array(n),
    departure: new Array(n),
    initialLoad: [...load],
    load: new Array(n * DIMENSION_COUNT),
    batchSite: new Array(n),
    lateness: new Array(n),
    partner: new Array(n).fill(-1),
    latestStart: new Array(n),
    waitPrefix: new Array(n + 1).fill(0),
    startTime: v.shiftStart,
    endTime: v.shiftStart,
    driveSeconds: 0,
    distance: 0,
    latenessSeconds: 0,
    reassignmentCost: 0,
    cost: 0,
    violation: null,
  };
  if (n === 0) return schedule;

  /** Orders picked up and not yet delivered. */
  let pickedOnBoard = 0;
  /** Open pickups: task → position. */
  const openPickups = new Map<number, number>();
  let violation: RouteViolation | null = null;
  const fail = (reason: RouteViolation['reason'], position: number) => {
    violation ??= { reason, position };
  };
  for (let d = 0; d < DIMENSION_COUNT; d++)
    if (load[d]! > v.capacity[d]! + 1e-9) fail(CAPACITY_REASONS[d]!, 0);

  let time = v.shiftStart;
  let location = v.startLocation;
  for (let k = 0; k < n; k++) {
    const node = model.nodes[nodes[k]!]!;
    if (!mayServe(v, model.tasks[node.task]!)) fail('skill', k);
    const leg = travelTime(model.travel, v.profile, location, node.location);
    schedule.driveSeconds += leg;
    schedule.distance += travelDistance(model.travel, location, node.location);
    const arrival = time + leg;
    const start = Math.max(arrival, node.earliest);
    // A pickup's latest start is the store's closing time less the picking.
    if (start > node.latest + 1e-6) fail(node.isPickup ? 'no-store' : 'time-window', k);
    const lateness = Math.max(0, start - node.due);
    const site = k === 0 ? -1 : schedule.batchSite[k - 1]!;
    if (model.singleSiteBatches && node.isPickup && site >= 0 && site !== node.location)
      fail('mixed-stores', k);
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      load[d]! += node.demand[d]!;
      if (load[d]! > v.capacity[d]! + 1e-9) fail(CAPACITY_REASONS[d]!, k);
      schedule.load[k * DIMENSION_COUNT + d] = load[d]!;
    }
    // Goods loaded at the start (lone deliveries) come from no site and bind none.
    pickedOnBoard += node.isPickup ? 1 : node.fromStart ? 0 : -1;
    schedule.batchSite[k] = pickedOnBoard <= 0 ? -1 : node.isPickup && site < 0 ? node.location : site;
    const departure = start + node.service;
    if (node.isPickup) openPickups.set(node.task, k);
    else if (!node.fromStart) {
      const picked = openPickups.get(node.task);
      if (picked === undefined) fail('precedence', k);
      else {
        schedule.partner[k] = picked;
        schedule.partner[picked] = k;
        if (start - schedule.departure[picked]! > rideLimit(model, model.tasks[node.task]!, v.profile) + 1e-6)
          fail('ride-time', k);
      }
      openPickups.delete(node.task);
    }
    if (!node.isPickup)
      schedule.reassignmentCost += reassignmentCost(model, model.tasks[node.task]!, vehicle);
    schedule.arrival[k] = arrival;
    schedule.start[k] = start;
    schedule.departure[k] = departure;
    schedule.lateness[k] = lateness;
    schedule.latenessSeconds += lateness;
    time = departure;
    location = node.location;
  }
  if (openPickups.size > 0) fail('precedence', n);
  if (v.endLocation >= 0) {
    const leg = travelTime(model.travel, v.profile, location, v.endLocation);
    schedule.driveSeconds += leg;
    schedule.distance += travelDistance(model.travel, location, v.endLocation);
    time += leg;
  }
  if (time > v.shiftEnd + 1e-6) fail('shift', n);

  // Leaving home later instead of waiting at the first stop changes nothing downstream.
  const first = model.nodes[nodes[0]!]!;
  schedule.startTime =
    schedule.start[0]! - travelTime(model.travel, v.profile, v.startLocation, first.location);
  schedule.arrival[0] = schedule.start[0]!;
  for (let k = 0; k < n; k++) {
    schedule.waitPrefix[k + 1] = schedule.waitPrefix[k]! + schedule.start[k]! - schedule.arrival[k]!;
  }
  let latestDeparture =
    v.endLocation >= 0
      ? v.shiftEnd - travelTime(model.travel, v.profile, model.nodes[nodes[n - 1]!]!.location, v.endLocation)
      : v.shiftEnd;
  for (let k = n - 1; k >= 0; k--) {
    const node = model.nodes[nodes[k]!]!;
    schedule.latestStart[k] = Math.min(node.latest, latestDeparture - node.service);
    if (k > 0) {
      const before = model.nodes[nodes[k - 1]!]!.location;
      latestDeparture = schedule.latestStart[k]! - travelTime(model.travel, v.profile, before, node.location);
    }
  }
  schedule.endTime = time;
  schedule.cost =
    routeCost(
      model,
      vehicle,
      schedule.endTime - schedule.startTime,
      schedule.distance,
      schedule.latenessSeconds,
    ) + schedule.reassignmentCost;
  schedule.violation = violation;
  return schedule;
}
