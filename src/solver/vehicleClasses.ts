/**
 * Vehicles that are interchangeable when empty (same start, end, shift,
 * capacity, speed, skills and costs) share a class. Inserting into one empty vehicle
 * of a class costs the same as into any other, so the search tries only one:
 * a benchmark's fleet of 25 identical trucks then costs one evaluation, not 25.
 */
import type { RoutingModel } from './model.ts';

const cache = new WeakMap<RoutingModel, Int32Array>();

export function vehicleClasses(model: RoutingModel): Int32Array {
  let classes = cache.get(model);
  if (!classes) {
    const keys = new Map<string, number>();
    classes = Int32Array.from(model.vehicles, (v) => {
      const key = JSON.stringify([
        v.startLocation,
        v.endLocation,
        v.shiftStart,
        v.shiftEnd,
        v.capacity,
        v.profile,
        v.skills,
        v.fixedCost,
        v.costPerSecond,
        v.costPerMetre,
        // With plan stability each vehicle prices its own former tasks lower.
        model.reassignmentCost > 0 ? v.id : '',
      ]);
      if (!keys.has(key)) keys.set(key, keys.size);
      return keys.get(key)!;
    });
    cache.set(model, classes);
  }
  return classes;
}

/** The vehicles worth trying for an insertion: every used one, and one empty vehicle per class. */
export function candidateVehicles(
  model: RoutingModel,
  routes: readonly { nodes: readonly number[] }[],
): number[] {
  const classes = vehicleClasses(model);
  const seenEmpty = new Set<number>();
  const out: number[] = [];
  routes.forEach((route, v) => {
    if (route.nodes.length > 0) out.push(v);
    else if (!seenEmpty.has(classes[v]!)) {
      seenEmpty.add(classes[v]!);
      out.push(v);
    }
  });
  return out;
}
