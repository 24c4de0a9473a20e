/**
 * Cheapest feasible insertion of one task (its pickup, then later its
 * delivery) into one route.
 *
 * A candidate is evaluated by walking only the part of the route it delays,
 * starting from the cached schedule before the pickup: as soon as a node of
 * the old route departs at its old time again, everything after it is known
 * to be unchanged (and was feasible), so the walk stops there. Positions that
 * cannot work are pruned from cached times and loads before any walk.
 */
import { DIMENSION_COUNT, deliveryOf, pickupOf, type RoutingModel } from './model.ts';
import { type RouteSchedule, routeCost } from './routeSchedule.ts';
import { travelDistance, travelTime } from './travel/travelMatrix.ts';

export interface Insertion {
  /** Cost increase of the route. */
  delta: number;
  /** The pickup goes before the node now at `pickupAt`; the delivery before the node now at `deliveryAt`. */
  pickupAt: number;
  deliveryAt: number;
}

const EPS = 1e-6;

/** Positions of the old route, re-timed during one walk (scratch, reused). */
let walkDeparture = new Float64Array(64);

export function bestInsertion(
  model: RoutingModel,
  route: RouteSchedule,
  task: number,
  /** Skips each feasible position with this probability (SISR's "blinks"); needs `random`. */
  blinkRate = 0,
  random: () => number = Math.random,
): Insertion | null {
  const v = model.vehicles[route.vehicle]!;
  const p = model.nodes[pickupOf(task)]!;
  const q = model.nodes[deliveryOf(task)]!;
  const m = route.nodes.length;
  if (walkDeparture.length < m) walkDeparture = new Float64Array(2 * m);
  for (let d = 0; d < DIMENSION_COUNT; d++) if (p.demand[d]! > v.capacity[d]! + EPS) return null;

  let best: Insertion | null = null;
  const locAt = (k: number) => model.nodes[route.nodes[k]!]!.location;
  const time = (a: number, b: number) => travelTime(model.travel, v.profile, a, b);
  const dist = (a: number, b: number) => travelDistance(model.travel, a, b);

  for (let i = 0; i <= m; i++) {
    const prevLoc = i === 0 ? v.startLocation : locAt(i - 1);
    const prevDeparture = i === 0 ? v.shiftStart : route.departure[i - 1]!;
    const pArrival = prevDeparture + time(prevLoc, p.location);
    // Later positions only depart later: no pickup position after this one can work either.
    if (Math.max(pArrival, p.earliest) > p.latest + EPS) break;
    // The pickup rides on top of the load already on board before position i.
    if (i > 0 && !fits(route, i - 1, p.demand, v.capacity)) continue;

    const pStart = Math.max(pArrival, p.earliest);
    const pDeparture = pStart + p.service;

    for (let j = i; j <= m; j++) {
      // Nodes i..j-1 carry the task's load too.
      if (j > i && !fits(route, j - 1, p.demand, v.capacity)) break;
      const beforeQLoc = j === i ? p.location : locAt(j - 1);
      const beforeQDeparture = j === i ? pDeparture : route.departure[j - 1]!;
      // Old departures are lower bounds on the new ones.
      const qStartBound = Math.max(beforeQDeparture + time(beforeQLoc, q.location), q.earliest);
      if (qStartBound > q.latest + EPS) break;
      if (qStartBound - pDeparture > model.tasks[task]!.maxRide + EPS) break;

      const delta = evaluate(i, j, pStart);
      if (delta === null) continue;
      if (blinkRate > 0 && random() < blinkRate) continue;
      if (!best || delta < best.delta - EPS) best = { delta, pickupAt: i, deliveryAt: j };
    }
  }
  return best;

  /** Cost delta of inserting the pickup before position i and the delivery before j, or null if infeasible. */
  function evaluate(i: number, j: number, pStart: number): number | null {
    const pDeparture = pStart + p.service;
    let t = pDeparture;
    let loc = p.location;
    let lateDelta = Math.max(0, pStart - p.due);
    let endTime = route.endTime;
    let tailChanged = true;
    // Old nodes i..j-1, then the delivery, then old nodes j.. until the delay is absorbed.
    for (let k = i; k <= m; k++) {
      if (k === j) {
        const arrival = t + time(loc, q.location);
        const start = Math.max(arrival, q.earliest);
        if (start > q.latest + EPS || start - pDeparture > model.tasks[task]!.maxRide + EPS) return null;
        lateDelta += Math.max(0, start - q.due);
        t = start + q.service;
        loc = q.location;
      }
      if (k === m) break;
      const node = model.nodes[route.nodes[k]!]!;
      const arrival = t + time(loc, node.location);
      const start = Math.max(arrival, node.earliest);
      if (start > node.latest + EPS) return null;
      lateDelta += Math.max(0, start - node.due) - route.lateness[k]!;
      const departure = start + node.service;
      if (!node.isPickup) {
        const pk = route.partner[k]!;
        const picked = pk < i ? route.departure[pk]! : walkDeparture[pk]!;
        if (start - picked > model.tasks[node.task]!.maxRide + EPS) return null;
      }
      walkDeparture[k] = departure;
      t = departure;
      loc = node.location;
      if (k >= j && departure <= route.departure[k]! + EPS) {
        tailChanged = false;
        break;
      }
    }
    if (tailChanged) {
      if (t > v.shiftEnd + EPS) return null;
      endTime = t;
    }
    // A new first stop moves the departure from home; otherwise it stays.
    const startTime = i === 0 ? pStart - time(v.startLocation, p.location) : route.startTime;
    const newCost = routeCost(
      model,
      route.vehicle,
      endTime - startTime,
      route.distance + insertedDistance(i, j),
      route.latenessSeconds + lateDelta,
    );
    return newCost - route.cost;
  }

  function insertedDistance(i: number, j: number): number {
    const prev = i === 0 ? v.startLocation : locAt(i - 1);
    if (j === i) {
      const next = i < m ? locAt(i) : -1;
      const oldLeg = next >= 0 ? dist(prev, next) : 0;
      const newLegs =
        dist(prev, p.location) + dist(p.location, q.location) + (next >= 0 ? dist(q.location, next) : 0);
      return newLegs - oldLeg;
    }
    const first = locAt(i);
    const before = locAt(j - 1);
    const after = j < m ? locAt(j) : -1;
    return (
      dist(prev, p.location) +
      dist(p.location, first) -
      dist(prev, first) +
      dist(before, q.location) +
      (after >= 0 ? dist(q.location, after) - dist(before, after) : 0)
    );
  }
}

function fits(
  route: RouteSchedule,
  k: number,
  demand: readonly number[],
  capacity: readonly number[],
): boolean {
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    if (route.load[k * DIMENSION_COUNT + d]! + demand[d]! > capacity[d]! + EPS) return false;
  }
  return true;
}

/** The route's node list with the insertion applied. */
export function applyInsertion(nodes: readonly number[], task: number, at: Insertion): number[] {
  const result = nodes.slice(0, at.pickupAt);
  result.push(pickupOf(task));
  result.push(...nodes.slice(at.pickupAt, at.deliveryAt));
  result.push(deliveryOf(task));
  result.push(...nodes.slice(at.deliveryAt));
  return result;
}
