/**
 * For each task, the tasks most likely to share a route with it: close at
 * the door and close in time. Ruin uses this to remove related tasks together
 * (SISR's adjacency lists), so that recreate can regroup them.
 */
import type { RoutingModel } from '../model.ts';
import { type TravelMatrix, travelDistance } from '../travel/travelMatrix.ts';

/**
 * Windows opening apart count as a share of the distance the fleet covers in
 * that time (matrix-wide distance over time), in metres on a city map as in
 * a benchmark's plain units. Measured, not derived: lone deliveries (VRPTW)
 * do best related mostly by distance, as in HGS's granular lists (Solomon at
 * 5 s: 1.31% above the records with the paired weight, 0.65% with this);
 * pickup-and-delivery pairs need time to weigh more (Li & Lim lr206: 45%
 * above its record with the lone weight, at the record with this).
 */
const TIME_WEIGHT_LONE = 0.1;
const TIME_WEIGHT_PAIRED = 5;

/** Distance per unit of time over the whole matrix. */
function typicalSpeed(travel: TravelMatrix): number {
  let distance = 0;
  let time = 0;
  const times = travel.time[0]!;
  for (let k = 0; k < travel.distance.length; k++) {
    distance += travel.distance[k]!;
    time += times[k]!;
  }
  return time > 0 ? distance / time : 0;
}

export function taskNeighbours(model: RoutingModel, k: number): Int32Array[] {
  const n = model.tasks.length;
  const doors = model.tasks.map((task) => model.nodes[task.delivery]!);
  // Lone deliveries all come from the vehicle's start: they differ only at the door.
  const stores = model.tasks.map((task) => (task.pickup >= 0 ? model.nodes[task.pickup]!.location : -1));
  const relatedness = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const paired = model.tasks.some((task) => task.pickup >= 0);
  const timeWeight = typicalSpeed(model.travel) * (paired ? TIME_WEIGHT_PAIRED : TIME_WEIGHT_LONE);
  return model.tasks.map((_, a) => {
    for (let b = 0; b < n; b++) {
      const apart = Math.abs(doors[a]!.earliest - doors[b]!.earliest);
      relatedness[b] =
        travelDistance(model.travel, doors[a]!.location, doors[b]!.location) +
        (stores[a]! >= 0 && stores[b]! >= 0 ? travelDistance(model.travel, stores[a]!, stores[b]!) : 0) +
        apart * timeWeight;
    }
    const sorted = order.filter((b) => b !== a).sort((x, y) => relatedness[x]! - relatedness[y]! || x - y);
    return Int32Array.from(sorted.slice(0, k));
  });
}
