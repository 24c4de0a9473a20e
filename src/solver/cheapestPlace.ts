/**
 * Where one task costs least on one route: keeping every rule if any place
 * does, and otherwise anywhere — what "forcing it in" would cost. Moving an
 * order by hand and "why?" both ask this, the latter for every shopper.
 *
 * The place breaking rules is found by the same fast insertion as the
 * search, run on the model with every limit lifted (windows' latest starts,
 * capacities, shifts, ride limits, skills, single-store batches). A route's
 * times and costs do not depend on its limits — breaking one only marks it —
 * so the cheapest insertion there is the cheapest of all places, without
 * simulating every pair of positions.
 */
import { applyInsertion, bestInsertion } from './insertion.ts';
import type { RoutingModel } from './model.ts';
import { type RouteSchedule, simulateRoute } from './routeSchedule.ts';

export type PlaceTask = (route: RouteSchedule, task: number) => number[];

/** A function giving the route's stops with the task inserted where it costs least. */
export function cheapestPlacer(model: RoutingModel): PlaceTask {
  let unlimited: RoutingModel | null = null;
  return (route, task) => {
    const feasible = bestInsertion(model, route, task);
    if (feasible) return applyInsertion(model, route.nodes, task, feasible);
    unlimited ??= withoutLimits(model);
    const relaxed = simulateRoute(unlimited, route.vehicle, route.nodes);
    const anywhere = bestInsertion(unlimited, relaxed, task)!;
    return applyInsertion(model, route.nodes, task, anywhere);
  };
}

function withoutLimits(model: RoutingModel): RoutingModel {
  return {
    ...model,
    nodes: model.nodes.map((node) => ({ ...node, latest: Infinity })),
    tasks: model.tasks.map((task) => ({
      ...task,
      maxRide: Infinity,
      maxDetour: Infinity,
      skills: 0,
      onlyVehicle: null,
    })),
    vehicles: model.vehicles.map((vehicle) => ({
      ...vehicle,
      shiftEnd: Infinity,
      capacity: vehicle.capacity.map(() => Infinity),
    })),
    singleSiteBatches: false,
  };
}
