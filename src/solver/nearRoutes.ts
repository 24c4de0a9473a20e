/**
 * For each task to place, the working routes that pass nearest its store and
 * its door: where a large repair looks first. A rule change that breaks many
 * batches on a large day (hundreds of orders to place again, among hundreds
 * of shoppers) otherwise prices every order on every route, and regret
 * insertion does so again after each placement (about 2 s for 341 orders
 * among 200 shoppers before the first plan could be shown).
 */
import type { RoutingModel } from './model.ts';
import type { Solution } from './solution.ts';
import { travelDistance } from './travel/travelMatrix.ts';

/** By task: the `k` non-empty routes (vehicle indices) nearest it, nearest first. */
export function nearRoutes(
  model: RoutingModel,
  s: Solution,
  tasks: readonly number[],
  k: number,
): Map<number, Int32Array> {
  const working = s.routes.flatMap((route, v) =>
    route.nodes.length > 0
      ? [{ v, places: [...new Set(route.nodes.map((n) => model.nodes[n]!.location))] }]
      : [],
  );
  const near = new Map<number, Int32Array>();
  const score = new Float64Array(working.length);
  const order = working.map((_, i) => i);
  for (const t of tasks) {
    const task = model.tasks[t]!;
    const door = model.nodes[task.delivery]!.location;
    const store = task.pickup >= 0 ? model.nodes[task.pickup]!.location : -1;
    working.forEach(({ places }, i) => {
      let toDoor = Infinity;
      let toStore = store >= 0 ? Infinity : 0;
      for (const place of places) {
        toDoor = Math.min(toDoor, travelDistance(model.travel, place, door));
        if (store >= 0) toStore = Math.min(toStore, travelDistance(model.travel, place, store));
      }
      score[i] = toDoor + toStore;
    });
    const nearest = order.sort((a, b) => score[a]! - score[b]! || a - b).slice(0, k);
    near.set(
      t,
      Int32Array.from(nearest, (i) => working[i]!.v),
    );
  }
  return near;
}
