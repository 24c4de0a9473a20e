/**
 * For each task, the tasks most likely to share a route with it: close at
 * the door and close in time. Ruin uses this to remove related tasks together
 * (SISR's adjacency lists), so that recreate can regroup them.
 */
import type { RoutingModel } from '../model.ts';
import { travelDistance } from '../travel/travelMatrix.ts';

/** Metres of door distance one minute of window difference is worth. */
const METRES_PER_MINUTE_APART = 300;

export function taskNeighbours(model: RoutingModel, k: number): Int32Array[] {
  const n = model.tasks.length;
  const doors = model.tasks.map((task) => model.nodes[task.delivery]!);
  // Lone deliveries all come from the vehicle's start: they differ only at the door.
  const stores = model.tasks.map((task) => (task.pickup >= 0 ? model.nodes[task.pickup]!.location : -1));
  const relatedness = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  return model.tasks.map((_, a) => {
    for (let b = 0; b < n; b++) {
      const apart = Math.abs(doors[a]!.earliest - doors[b]!.earliest) / 60;
      relatedness[b] =
        travelDistance(model.travel, doors[a]!.location, doors[b]!.location) +
        (stores[a]! >= 0 && stores[b]! >= 0 ? travelDistance(model.travel, stores[a]!, stores[b]!) : 0) +
        apart * METRES_PER_MINUTE_APART;
    }
    const sorted = order.filter((b) => b !== a).sort((x, y) => relatedness[x]! - relatedness[y]! || x - y);
    return Int32Array.from(sorted.slice(0, k));
  });
}
