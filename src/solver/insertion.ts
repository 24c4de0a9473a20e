/**
 * Cheapest feasible insertion of one task into one route: a pickup and, later
 * on the same route, its delivery; or a lone delivery whose goods leave with
 * the vehicle from its start.
 *
 * A candidate is evaluated by walking only the part of the route it delays,
 * starting from the cached schedule before the first inserted node: as soon
 * as a node of the old route departs at its old time again, everything after
 * it is known to be unchanged (and was feasible), so the walk stops there.
 * Positions that cannot work are pruned from cached times and loads first.
 *
 * When the model has only hard windows and no ride limits (the classic
 * benchmarks), a candidate is checked in O(1) instead: the route caches, per
 * position, the latest start that keeps the rest feasible and the waiting
 * before it, so a delay's effect on feasibility and on the route's end is
 * read off without walking.
 *
 * This is the engine's hottest code: it allocates nothing per candidate and
 * defines no closures (module-level state holds the call's context).
 */
import {
  DIMENSION_COUNT,
  type ModelNode,
  type ModelVehicle,
  mayServe,
  type RoutingModel,
  reassignmentCost,
  rideLimit,
} from './model.ts';
import { type RouteSchedule, routeCost } from './routeSchedule.ts';

export interface Insertion {
  /** Cost increase of the route. */
  delta: number;
  /** The first node (pickup, or the lone delivery) goes before the node now at `pickupAt`. */
  pickupAt: number;
  /** A paired delivery goes before the node now at `deliveryAt` (≥ pickupAt); unused for a lone delivery. */
  deliveryAt: number;
}

const EPS = 1e-6;

/** Departures of old positions, re-timed during one walk (scratch, reused). */
let walkDeparture = new Float64Array(64);

// The call's context, set once per bestInsertion call.
let model: RoutingModel;
let route: RouteSchedule;
let vehicle: ModelVehicle;
let size: number;
let distance: Float64Array;
let time: Float64Array;
let m: number;
let maxRide: number;
/** The route's cost without plan stability: what `walk` and `slackCheck` compare the new route's parts with. */
let routeBase: number;
let evaluate: typeof walk;

const locAt = (k: number): number => model.nodes[route.nodes[k]!]!.location;
/** Location after old position k-1: the next node, the end, or none (-1). */
const nextLoc = (k: number): number => (k < m ? locAt(k) : vehicle.endLocation);
const prevLoc = (k: number): number => (k === 0 ? vehicle.startLocation : locAt(k - 1));
const prevDeparture = (k: number): number => (k === 0 ? vehicle.shiftStart : route.departure[k - 1]!);
const travel = (a: number, b: number): number => time[a * size + b]!;
const dist = (a: number, b: number): number => (a < 0 || b < 0 ? 0 : distance[a * size + b]!);
const detour = (a: number, x: number, b: number): number => dist(a, x) + dist(x, b) - dist(a, b);

export function bestInsertion(
  routingModel: RoutingModel,
  routeSchedule: RouteSchedule,
  task: number,
  /** Skips each feasible position with this probability (SISR's "blinks"); needs `random`. */
  blinkRate = 0,
  random: () => number = Math.random,
): Insertion | null {
  model = routingModel;
  route = routeSchedule;
  vehicle = model.vehicles[route.vehicle]!;
  size = model.travel.size;
  distance = model.travel.distance;
  time = model.travel.time[vehicle.profile]!;
  m = route.nodes.length;
  const t = model.tasks[task]!;
  if (!mayServe(vehicle, t)) return null;
  maxRide = rideLimit(model, t, vehicle.profile);
  routeBase = route.cost - route.reassignmentCost;
  evaluate = hardWindowsOnly(model) ? slackCheck : walk;
  if (walkDeparture.length < m) walkDeparture = new Float64Array(2 * m);
  const q = model.nodes[t.delivery]!;
  const capacity = vehicle.capacity;

  let best: Insertion | null = null;
  let bestDelta = Infinity;
  let bestI = -1;
  let bestJ = -1;

  if (t.pickup < 0) {
    // A lone delivery adds its load to everything on board before it, from the start on.
    if (!fitsAt(route.initialLoad, 0, q.demand, -1, capacity)) return null;
    for (let i = 0; i <= m; i++) {
      if (i > 0 && !fitsAt(route.load, i - 1, q.demand, -1, capacity)) break;
      const arrival = prevDeparture(i) + travel(prevLoc(i), q.location);
      if (Math.max(arrival, q.earliest) > q.latest + EPS) break;
      const delta = evaluate(i, q, -1, null, detour(prevLoc(i), q.location, nextLoc(i)));
      if (delta === null || delta >= bestDelta - EPS || (blinkRate > 0 && random() < blinkRate)) continue;
      bestDelta = delta;
      bestI = i;
      bestJ = i;
    }
  } else {
    const p = model.nodes[t.pickup]!;
    for (let d = 0; d < DIMENSION_COUNT; d++) if (p.demand[d]! > capacity[d]! + EPS) return null;
    const site = model.singleSiteBatches ? p.location : -1;
    for (let i = 0; i <= m; i++) {
      const pArrival = prevDeparture(i) + travel(prevLoc(i), p.location);
      // Later positions only depart later: no pickup position after this one can work either.
      if (Math.max(pArrival, p.earliest) > p.latest + EPS) break;
      // The pickup rides on top of what is on board before position i.
      const fits =
        i === 0
          ? fitsAt(route.initialLoad, 0, p.demand, 1, capacity)
          : fitsAt(route.load, i - 1, p.demand, 1, capacity);
      if (!fits || (site >= 0 && i > 0 && !sharesBatch(i - 1, site))) continue;
      const pDeparture = Math.max(pArrival, p.earliest) + p.service;
      for (let j = i; j <= m; j++) {
        // Old nodes i..j-1 carry the task's load too.
        if (j > i && !fitsAt(route.load, j - 1, p.demand, 1, capacity)) break;
        if (site >= 0 && j > i && !sharesBatch(j - 1, site)) break;
        const beforeQLoc = j === i ? p.location : locAt(j - 1);
        const beforeQDeparture = j === i ? pDeparture : route.departure[j - 1]!;
        // Old departures are lower bounds on the new ones.
        const qStartBound = Math.max(beforeQDeparture + travel(beforeQLoc, q.location), q.earliest);
        if (qStartBound > q.latest + EPS || qStartBound - pDeparture > maxRide + EPS) break;
        const distanceDelta =
          j === i
            ? dist(prevLoc(i), p.location) +
              dist(p.location, q.location) +
              dist(q.location, nextLoc(i)) -
              dist(prevLoc(i), nextLoc(i))
            : detour(prevLoc(i), p.location, locAt(i)) + detour(locAt(j - 1), q.location, nextLoc(j));
        const delta = evaluate(i, p, j, q, distanceDelta);
        if (delta === null || delta >= bestDelta - EPS || (blinkRate > 0 && random() < blinkRate)) continue;
        bestDelta = delta;
        bestI = i;
        bestJ = j;
      }
    }
  }
  // Where in the route it goes, stability charges the same: added once, to the best.
  if (bestI >= 0)
    best = {
      delta: bestDelta + reassignmentCost(model, t, route.vehicle),
      pickupAt: bestI,
      deliveryAt: bestJ,
    };
  return best;
}

/**
 * Cost delta of `first` before old position i and, if given, `second`
 * before old position j (j ≥ i); null when infeasible.
 */
function walk(
  i: number,
  first: ModelNode,
  j: number,
  second: ModelNode | null,
  distanceDelta: number,
): number | null {
  const firstStart = Math.max(prevDeparture(i) + travel(prevLoc(i), first.location), first.earliest);
  const firstDeparture = firstStart + first.service;
  let t = firstDeparture;
  let loc = first.location;
  let lateDelta = Math.max(0, firstStart - first.due);
  let tailChanged = true;
  for (let k = i; k <= m; k++) {
    if (second && k === j) {
      const start = Math.max(t + travel(loc, second.location), second.earliest);
      if (start > second.latest + EPS || start - firstDeparture > maxRide + EPS) return null;
      lateDelta += Math.max(0, start - second.due);
      t = start + second.service;
      loc = second.location;
    }
    if (k === m) break;
    const node = model.nodes[route.nodes[k]!]!;
    const start = Math.max(t + travel(loc, node.location), node.earliest);
    if (start > node.latest + EPS) return null;
    lateDelta += Math.max(0, start - node.due) - route.lateness[k]!;
    const departure = start + node.service;
    const pk = route.partner[k]!;
    if (!node.isPickup && pk >= 0) {
      const picked = pk < i ? route.departure[pk]! : walkDeparture[pk]!;
      if (start - picked > rideLimit(model, model.tasks[node.task]!, vehicle.profile) + EPS) return null;
    }
    walkDeparture[k] = departure;
    t = departure;
    loc = node.location;
    if ((!second || k >= j) && departure <= route.departure[k]! + EPS) {
      tailChanged = false;
      break;
    }
  }
  let endTime = route.endTime;
  if (tailChanged) {
    endTime = vehicle.endLocation >= 0 ? t + travel(loc, vehicle.endLocation) : t;
    if (endTime > vehicle.shiftEnd + EPS) return null;
  }
  // A new first stop moves the departure from the start; otherwise it stays.
  const startTime = i === 0 ? firstStart - travel(vehicle.startLocation, first.location) : route.startTime;
  const newCost = routeCost(
    model,
    route.vehicle,
    endTime - startTime,
    route.distance + distanceDelta,
    route.latenessSeconds + lateDelta,
  );
  return newCost - routeBase;
}

/** The O(1) counterpart of `walk` for models without soft windows or ride limits. */
function slackCheck(
  i: number,
  first: ModelNode,
  j: number,
  second: ModelNode | null,
  distanceDelta: number,
): number | null {
  const firstStart = Math.max(prevDeparture(i) + travel(prevLoc(i), first.location), first.earliest);
  if (firstStart > first.latest + EPS) return null;
  let departure = firstStart + first.service;
  let loc = first.location;
  let next = i;
  if (second) {
    if (j > i) {
      const start = Math.max(departure + travel(loc, locAt(i)), model.nodes[route.nodes[i]!]!.earliest);
      if (start > route.latestStart[i]! + EPS) return null;
      // The delay shrinks by every wait it meets on the way to position j-1.
      const delay = Math.max(0, start - route.start[i]! - (route.waitPrefix[j]! - route.waitPrefix[i + 1]!));
      departure = route.departure[j - 1]! + delay;
      loc = locAt(j - 1);
    }
    const start = Math.max(departure + travel(loc, second.location), second.earliest);
    if (start > second.latest + EPS) return null;
    departure = start + second.service;
    loc = second.location;
    next = j;
  }
  let endTime: number;
  if (next < m) {
    const start = Math.max(departure + travel(loc, locAt(next)), model.nodes[route.nodes[next]!]!.earliest);
    if (start > route.latestStart[next]! + EPS) return null;
    const delay = start - route.start[next]!;
    // Only a non-metric matrix could make a detour arrive earlier; walk such a case exactly.
    if (delay < -EPS) return walk(i, first, j, second, distanceDelta);
    endTime = route.endTime + Math.max(0, delay - (route.waitPrefix[m]! - route.waitPrefix[next + 1]!));
  } else {
    endTime = vehicle.endLocation >= 0 ? departure + travel(loc, vehicle.endLocation) : departure;
    if (endTime > vehicle.shiftEnd + EPS) return null;
  }
  const startTime = i === 0 ? firstStart - travel(vehicle.startLocation, first.location) : route.startTime;
  return (
    routeCost(
      model,
      route.vehicle,
      endTime - startTime,
      route.distance + distanceDelta,
      route.latenessSeconds,
    ) - routeBase
  );
}

const hardOnly = new WeakMap<RoutingModel, boolean>();

/** No soft due times and no ride or detour limits anywhere in the model. */
function hardWindowsOnly(routingModel: RoutingModel): boolean {
  let known = hardOnly.get(routingModel);
  if (known === undefined) {
    known =
      routingModel.nodes.every((n) => n.due === Infinity) &&
      routingModel.tasks.every((t) => t.maxRide === Infinity && t.maxDetour === Infinity);
    hardOnly.set(routingModel, known);
  }
  return known;
}

/** Whether what is on board after old position k is nothing, or a batch from `site`. */
function sharesBatch(k: number, site: number): boolean {
  const onBoard = route.batchSite[k]!;
  return onBoard < 0 || onBoard === site;
}

/** Whether load row k plus `sign` × demand stays within capacity. */
function fitsAt(
  loads: readonly number[],
  k: number,
  demand: readonly number[],
  sign: 1 | -1,
  capacity: readonly number[],
): boolean {
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    if (loads[k * DIMENSION_COUNT + d]! + sign * demand[d]! > capacity[d]! + EPS) return false;
  }
  return true;
}

/** The route's node list with the insertion applied. */
export function applyInsertion(
  routingModel: RoutingModel,
  nodes: readonly number[],
  task: number,
  at: Insertion,
): number[] {
  const { pickup, delivery } = routingModel.tasks[task]!;
  if (pickup < 0) return [...nodes.slice(0, at.pickupAt), delivery, ...nodes.slice(at.pickupAt)];
  return [
    ...nodes.slice(0, at.pickupAt),
    pickup,
    ...nodes.slice(at.pickupAt, at.deliveryAt),
    delivery,
    ...nodes.slice(at.deliveryAt),
  ];
}
