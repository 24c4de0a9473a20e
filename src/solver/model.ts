/**
 * The engine's own model: a pickup-and-delivery problem with time windows,
 * multi-dimensional capacity and max ride times. The grocery scenario compiles
 * into it (`compileScenario.ts`); the classic benchmarks are special cases.
 *
 * Everything is indexed by small integers so that the search touches typed
 * arrays, not objects keyed by strings.
 */
import type { TravelMatrix } from './travel/travelMatrix.ts';

/** Capacity dimensions, in this order, everywhere in the engine. */
export const DIMENSIONS = ['items', 'bags', 'orders'] as const;
export const DIMENSION_COUNT = DIMENSIONS.length;
/** The dimension that counts orders on board: a batch ends when it is back to zero. */
export const ORDERS_DIMENSION = DIMENSIONS.indexOf('orders');

export interface ModelNode {
  task: number;
  isPickup: boolean;
  /** A delivery whose goods are on board from the vehicle's start (no pickup node). */
  fromStart: boolean;
  /** Index into the travel matrix. */
  location: number;
  /** Service may not start before this. */
  earliest: number;
  /** Hard latest start of service (Infinity when none). */
  latest: number;
  /** Soft due time: starting later costs lateness (Infinity when none). */
  due: number;
  service: number;
  /** Signed load change, one entry per dimension (positive at pickups, negative at deliveries). */
  demand: readonly number[];
  /** The store (pickups) or the customer (deliveries) the node stands for. */
  siteId: string;
}

export interface ModelTask {
  /** The scenario's order id (or the benchmark's customer id). */
  id: string;
  /** Pickup node, or -1 when the goods leave with the vehicle from its start (plain VRPTW). */
  pickup: number;
  delivery: number;
  /** Longest allowed time from the pickup's departure to the delivery's start. */
  maxRide: number;
  /**
   * Longest allowed ride beyond driving straight from the pickup to the
   * delivery (Infinity when none). The straight drive depends on the
   * vehicle's profile, so the ride limit does too: see `rideLimit`.
   */
  maxDetour: number;
  /** Cost of leaving the task unassigned. */
  penalty: number;
  /** Skills the vehicle must have, as a bit set (0: none). */
  skills: number;
  /** The vehicle that served it in the plan this solve starts from, -1 when none (plan stability). */
  previousVehicle: number;
  /** Given by hand to the vehicle(s) with this id, which alone may serve it; null: any may. */
  onlyVehicle: string | null;
}

export interface ModelVehicle {
  /** The scenario's shopper id. */
  id: string;
  startLocation: number;
  /** Where the route must end, or -1 when it may end anywhere (after its last service). */
  endLocation: number;
  shiftStart: number;
  /** Everything, including the last service and the way to the end location, ends by then. */
  shiftEnd: number;
  capacity: readonly number[];
  /** Which of the matrix's time profiles this vehicle drives with. */
  profile: number;
  /** Skills the vehicle has, as a bit set. */
  skills: number;
  /** Charged once when the vehicle is used at all. */
  fixedCost: number;
  costPerSecond: number;
  costPerMetre: number;
}

/** The longest ride a task may have on a vehicle of this profile: its max ride, or the direct drive plus its max detour. */
export function rideLimit(model: RoutingModel, task: ModelTask, profile: number): number {
  if (task.maxDetour === Infinity || task.pickup < 0) return task.maxRide;
  const from = model.nodes[task.pickup]!.location;
  const to = model.nodes[task.delivery]!.location;
  return Math.min(task.maxRide, task.maxDetour + model.travel.time[profile]![from * model.travel.size + to]!);
}

/**
 * Looks up a scenario stop's node: the pickup or delivery of the task with
 * that order id; undefined when the model has no such task (or, for a
 * pickup, the task has none).
 */
export function stopNodes(
  model: RoutingModel,
): (orderId: string, kind: 'pickup' | 'delivery') => number | undefined {
  const taskById = new Map(model.tasks.map((t) => [t.id, t] as const));
  return (orderId, kind) => {
    const task = taskById.get(orderId);
    const node = kind === 'pickup' ? task?.pickup : task?.delivery;
    return node !== undefined && node >= 0 ? node : undefined;
  };
}

/** Whether a vehicle may serve a task: it has every skill the task needs, and the task is not given to another. */
export const mayServe = (vehicle: ModelVehicle, task: ModelTask): boolean =>
  (task.skills & ~vehicle.skills) === 0 && (task.onlyVehicle === null || task.onlyVehicle === vehicle.id);

export interface RoutingModel {
  nodes: ModelNode[];
  tasks: ModelTask[];
  vehicles: ModelVehicle[];
  travel: TravelMatrix;
  latenessCostPerSecond: number;
  /**
   * Everything on board at once comes from one pickup site: a vehicle picks
   * at a second store only once it has delivered all it carried.
   */
  singleSiteBatches: boolean;
  /**
   * Hierarchical objective: one vehicle fewer beats any other saving (fixed
   * costs are set to make it so); on lone-delivery models the search first
   * spends a share of its time on fleet minimisation.
   */
  vehiclesFirst: boolean;
  /** Charged for each task served by another vehicle than its `previousVehicle` (0: plans may reshuffle freely). */
  reassignmentCost: number;
}

/** What serving a task on this vehicle costs in plan stability. */
export function reassignmentCost(model: RoutingModel, task: ModelTask, vehicle: number): number {
  return task.previousVehicle >= 0 && task.previousVehicle !== vehicle ? model.reassignmentCost : 0;
}
