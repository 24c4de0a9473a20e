/**
 * Independent check of a benchmark solution against the literature's rules,
 * sharing nothing with the engine: hard time windows with travel time =
 * Euclidean distance (speed 1), service starting at max(arrival, ready), every
 * route back at the depot by its due date; capacity on the route's total
 * (VRPTW) or on the running load with pickups before their deliveries in the
 * same route (PDPTW); every customer served exactly once. A fleet larger than
 * the file's is not a violation: distance-only records use more vehicles.
 */
import { type BenchmarkCustomer, type BenchmarkInstance, euclidean } from './instance.ts';

export interface RoutesCheck {
  /** Empty when the solution is feasible. Routes are numbered from 1 in the order given. */
  violations: string[];
  /** Non-empty routes. */
  vehicles: number;
  /** Total, unrounded. */
  distance: number;
}

/**
 * Arrival times are sums of square roots: a record route that meets a due date
 * exactly must not fail on the last bits of the sum.
 */
const TIME_TOLERANCE = 1e-6;

interface Visit {
  route: number;
  position: number;
}

export function validateRoutes(
  instance: BenchmarkInstance,
  routes: readonly (readonly number[])[],
): RoutesCheck {
  const violations: string[] = [];
  const byId = new Map(instance.customers.map((c) => [c.id, c]));
  const firstVisit = new Map<number, Visit>();
  let distance = 0;
  let vehicles = 0;

  routes.forEach((ids, route) => {
    if (ids.length === 0) return;
    const label = `route ${route + 1}`;
    const stops: BenchmarkCustomer[] = [];
    ids.forEach((id, position) => {
      const customer = byId.get(id);
      if (!customer) {
        violations.push(`${label}: ${id} is not a customer of ${instance.name}`);
        return;
      }
      const earlier = firstVisit.get(id);
      if (earlier)
        violations.push(`${label}: customer ${id} is served again (first in route ${earlier.route + 1})`);
      else firstVisit.set(id, { route, position });
      // A repeated customer is still a stop the vehicle drives to and serves.
      stops.push(customer);
    });
    vehicles++;
    distance += checkSchedule(instance, stops, label, violations);
    if (instance.kind === 'pdptw') checkRunningLoad(instance, stops, label, violations);
    else checkTotalLoad(instance, stops, label, violations);
  });

  for (const customer of instance.customers) {
    if (!firstVisit.has(customer.id)) violations.push(`customer ${customer.id} is not served`);
  }
  if (instance.kind === 'pdptw') checkPrecedence(instance, firstVisit, violations);
  return { violations, vehicles, distance };
}

/** Simulates the route from the depot and back; returns its distance. */
function checkSchedule(
  instance: BenchmarkInstance,
  stops: readonly BenchmarkCustomer[],
  label: string,
  violations: string[],
): number {
  const { depot } = instance;
  let distance = 0;
  let time = depot.ready;
  let at: { x: number; y: number } = depot;
  for (const stop of stops) {
    const leg = euclidean(at, stop);
    distance += leg;
    const arrival = time + leg;
    if (arrival > stop.due + TIME_TOLERANCE) {
      violations.push(
        `${label}: customer ${stop.id} served at ${show(arrival)} after its due ${show(stop.due)}`,
      );
    }
    time = Math.max(arrival, stop.ready) + stop.service;
    at = stop;
  }
  const back = euclidean(at, depot);
  distance += back;
  if (time + back > depot.due + TIME_TOLERANCE) {
    violations.push(`${label}: back at the depot at ${show(time + back)} after its due ${show(depot.due)}`);
  }
  return distance;
}

function checkTotalLoad(
  instance: BenchmarkInstance,
  stops: readonly BenchmarkCustomer[],
  label: string,
  violations: string[],
): void {
  const load = stops.reduce((sum, stop) => sum + stop.demand, 0);
  if (load > instance.capacity)
    violations.push(`${label}: load ${load} exceeds capacity ${instance.capacity}`);
}

/** Reports the first stop where the load leaves [0, capacity]; later ones follow from it. */
function checkRunningLoad(
  instance: BenchmarkInstance,
  stops: readonly BenchmarkCustomer[],
  label: string,
  violations: string[],
): void {
  let load = 0;
  for (const stop of stops) {
    load += stop.demand;
    if (load > instance.capacity) {
      violations.push(
        `${label}: load ${load} after customer ${stop.id} exceeds capacity ${instance.capacity}`,
      );
      return;
    }
    if (load < 0) {
      violations.push(`${label}: load ${load} after customer ${stop.id} is negative`);
      return;
    }
  }
}

/** Each delivery after its pickup, in the same route. A pair member served nowhere is already reported. */
function checkPrecedence(
  instance: BenchmarkInstance,
  firstVisit: Map<number, Visit>,
  violations: string[],
): void {
  for (const customer of instance.customers) {
    if (customer.pickupId === undefined) continue;
    const delivery = firstVisit.get(customer.id);
    const pickup = firstVisit.get(customer.pickupId);
    if (!delivery || !pickup) continue;
    const label = `route ${delivery.route + 1}`;
    if (pickup.route !== delivery.route) {
      violations.push(
        `${label}: delivery ${customer.id} is not in the route of its pickup ${customer.pickupId} (route ${pickup.route + 1})`,
      );
    } else if (pickup.position > delivery.position) {
      violations.push(`${label}: delivery ${customer.id} comes before its pickup ${customer.pickupId}`);
    }
  }
}

/** Two decimals, as the literature reports times and distances. */
function show(value: number): string {
  return String(Number(value.toFixed(2)));
}
