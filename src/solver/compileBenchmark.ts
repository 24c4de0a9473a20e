/**
 * A classic benchmark instance → routing model. Solomon and Gehring–Homberger
 * customers are lone deliveries loaded at the depot; Li & Lim customers come
 * in pickup-and-delivery pairs. Every vehicle leaves the depot when it opens
 * and must be back by its due date (the horizon). Travel time = Euclidean
 * distance, unrounded, as in the literature.
 */
import type { BenchmarkInstance, BenchmarkSite } from './benchmarks/instance.ts';
import { euclidean } from './benchmarks/instance.ts';
import type { ModelNode, ModelTask, ModelVehicle, RoutingModel } from './model.ts';

export type BenchmarkObjective = 'distance' | 'hierarchical';

export interface CompiledBenchmark {
  model: RoutingModel;
  /** The instance's customer id of each model node. */
  customerOfNode: number[];
}

/**
 * In hierarchical mode a vehicle costs more than any distance it could save,
 * so fewer vehicles always win; the rest of the cost is distance.
 */
function vehicleCostFor(instance: BenchmarkInstance): number {
  const { depot, customers } = instance;
  return 2 * customers.reduce((sum, c) => sum + 2 * euclidean(depot, c), 0);
}

/** Leaving a customer out must never pay, whatever the objective. */
const unassignedPenalty = (instance: BenchmarkInstance, vehicleCost: number) =>
  10 * (vehicleCost + vehicleCostFor(instance));

export function compileBenchmark(
  instance: BenchmarkInstance,
  objective: BenchmarkObjective,
  /** Fleet size; the distance records are fleet-free, so callers may allow more than the file's. */
  fleet = instance.vehicles,
): CompiledBenchmark {
  const sites: BenchmarkSite[] = [instance.depot, ...instance.customers];
  const locationOf = new Map(sites.map((s, i) => [s.id, i] as const));
  const vehicleCost = objective === 'hierarchical' ? vehicleCostFor(instance) : 0;
  const penalty = unassignedPenalty(instance, vehicleCost);

  const nodes: ModelNode[] = [];
  const tasks: ModelTask[] = [];
  const customerOfNode: number[] = [];
  const addNode = (task: number, site: BenchmarkSite, isPickup: boolean, fromStart: boolean) => {
    nodes.push({
      task,
      isPickup,
      fromStart,
      location: locationOf.get(site.id)!,
      earliest: site.ready,
      latest: site.due,
      due: Infinity,
      service: site.service,
      // Only the first dimension is used; the others are unbounded below.
      demand: [site.demand, 0, 0],
      siteId: String(site.id),
    });
    customerOfNode.push(site.id);
    return nodes.length - 1;
  };

  const byId = new Map(instance.customers.map((c) => [c.id, c] as const));
  for (const customer of instance.customers) {
    if (instance.kind === 'pdptw') {
      // Each pair becomes one task, created at its pickup.
      if (customer.deliveryId === undefined || customer.deliveryId === 0) continue;
      const task = tasks.length;
      const pickup = addNode(task, customer, true, false);
      const delivery = addNode(task, byId.get(customer.deliveryId)!, false, false);
      tasks.push(benchmarkTask(customer.id, pickup, delivery, penalty));
    } else {
      const task = tasks.length;
      // Solomon demands are loads dropped off: negative load change, loaded at the depot.
      const delivery = addNode(task, { ...customer, demand: -customer.demand }, false, true);
      tasks.push(benchmarkTask(customer.id, -1, delivery, penalty));
    }
  }

  const vehicles: ModelVehicle[] = Array.from({ length: fleet }, (_, i) => ({
    id: `vehicle ${i + 1}`,
    startLocation: 0,
    endLocation: 0,
    shiftStart: instance.depot.ready,
    shiftEnd: instance.depot.due,
    capacity: [instance.capacity, Infinity, Infinity],
    profile: 0,
    skills: 0,
    fixedCost: vehicleCost,
    costPerSecond: 0,
    costPerMetre: 1,
  }));

  const size = sites.length;
  const distance = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) distance[a * size + b] = euclidean(sites[a]!, sites[b]!);
  }
  return {
    model: {
      nodes,
      tasks,
      vehicles,
      travel: { size, distance, time: [distance] },
      latenessCostPerSecond: 0,
      vehiclesFirst: objective === 'hierarchical',
      singleSiteBatches: false,
      reassignmentCost: 0,
    },
    customerOfNode,
  };
}

/** A benchmark's task: none of the grocery rules (ride limits, skills, stability, hand assignments) apply. */
function benchmarkTask(id: number, pickup: number, delivery: number, penalty: number): ModelTask {
  return {
    id: String(id),
    pickup,
    delivery,
    maxRide: Infinity,
    maxDetour: Infinity,
    penalty,
    skills: 0,
    previousVehicle: -1,
    onlyVehicle: null,
  };
}
