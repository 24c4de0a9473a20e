/**
 * Recreating a solution: insert tasks one at a time at their cheapest
 * feasible place. Two orders of insertion:
 * - regret-2 (construction): the task that would lose most by waiting goes
 *   first, with best insertions cached per (task, vehicle) and only the
 *   changed route re-evaluated after each step;
 * - a given order (ruin-and-recreate): quicker, with blinks for diversity.
 * A task stays unassigned when no route takes it or when serving it costs
 * more than its penalty. Of several interchangeable empty vehicles only one
 * is tried (`vehicleClasses.ts`).
 */
import { applyInsertion, bestInsertion, type Insertion } from './insertion.ts';
import type { RoutingModel } from './model.ts';
import { type Solution, setRoute } from './solution.ts';
import { candidateVehicles } from './vehicleClasses.ts';

/**
 * Regret-2 insertion: the task that would lose most by waiting goes first,
 * to its cheapest place. With `near` (see `nearRoutes.ts`), a task is priced
 * only on its near routes and on the empty vehicles (one per class), and on
 * every vehicle once none of those can take it within its penalty.
 */
export function insertRegret(
  model: RoutingModel,
  s: Solution,
  tasks: readonly number[],
  near: ReadonlyMap<number, Int32Array> | null = null,
): void {
  const pending = new Set(tasks);
  let vehicles = candidateVehicles(model, s.routes);
  /** Tasks priced on every vehicle: all of them without `near`. */
  const everywhere = new Set(near ? tasks.filter((t) => !near.has(t)) : tasks);
  const nearSets = new Map([...(near ?? [])].map(([t, vs]) => [t, new Set(vs)] as const));
  const isEmpty = (v: number) => s.routes[v]!.nodes.length === 0;
  const considers = (t: number, v: number) => everywhere.has(t) || isEmpty(v) || nearSets.get(t)!.has(v);
  let emptyVehicles = vehicles.filter(isEmpty);
  /** The vehicles `t` considers, as lists to walk in turn (no array built per call: the scan runs per task per step). */
  const candidatesOf = (t: number): readonly (readonly number[] | Int32Array)[] =>
    everywhere.has(t) ? [vehicles] : [near!.get(t)!, emptyVehicles];

  /** Best insertion per task, per vehicle (only the vehicles it considers are filled in). */
  const cache = new Map<number, (Insertion | null)[]>();
  for (const t of pending) {
    const row = new Array<Insertion | null>(model.vehicles.length).fill(null);
    for (const list of candidatesOf(t)) for (const v of list) row[v] = bestInsertion(model, s.routes[v]!, t);
    cache.set(t, row);
  }
  /** The two cheapest places of `t` among the vehicles it considers. */
  const cheapest = (t: number) => {
    const row = cache.get(t)!;
    let best = Infinity;
    let second = Infinity;
    let bestVehicle = -1;
    for (const list of candidatesOf(t))
      for (const v of list) {
        const delta = row[v]?.delta ?? Infinity;
        if (delta < best) {
          second = best;
          best = delta;
          bestVehicle = v;
        } else if (delta < second) second = delta;
      }
    return { best, second, bestVehicle };
  };

  while (pending.size > 0) {
    let chosen = -1;
    let chosenVehicle = -1;
    let chosenRegret = -Infinity;
    for (const t of pending) {
      let { best, second, bestVehicle } = cheapest(t);
      const penalty = model.tasks[t]!.penalty;
      if ((bestVehicle < 0 || best > penalty) && !everywhere.has(t)) {
        // Nothing near takes it: priced everywhere before it is given up.
        everywhere.add(t);
        const row = cache.get(t)!;
        for (const v of vehicles) row[v] ??= bestInsertion(model, s.routes[v]!, t);
        ({ best, second, bestVehicle } = cheapest(t));
      }
      if (bestVehicle < 0 || best > penalty) {
        pending.delete(t);
        continue;
      }
      // With one option left, waiting risks losing the task: rank it by what losing it costs.
      const regret = Math.min(second, penalty) - best;
      if (regret > chosenRegret || (regret === chosenRegret && t < chosen)) {
        chosen = t;
        chosenVehicle = bestVehicle;
        chosenRegret = regret;
      }
    }
    if (chosen < 0) break;
    const at = cache.get(chosen)![chosenVehicle]!;
    setRoute(model, s, chosenVehicle, applyInsertion(model, s.routes[chosenVehicle]!.nodes, chosen, at));
    pending.delete(chosen);
    cache.delete(chosen);
    const previous = new Set(vehicles);
    vehicles = candidateVehicles(model, s.routes);
    emptyVehicles = vehicles.filter(isEmpty);
    // The changed route, and an empty vehicle that just became its class's representative, need fresh entries.
    const stale = vehicles.filter((v) => v === chosenVehicle || !previous.has(v));
    for (const t of pending) {
      const row = cache.get(t)!;
      for (const v of stale) row[v] = considers(t, v) ? bestInsertion(model, s.routes[v]!, t) : null;
    }
  }
}

export function insertInOrder(
  model: RoutingModel,
  s: Solution,
  tasks: readonly number[],
  blinkRate: number,
  random: () => number,
  /** False: only routes already in use take tasks (fleet minimisation). */
  openRoutes = true,
): void {
  for (const t of tasks) {
    let best: Insertion | null = null;
    let bestVehicle = -1;
    for (const v of candidateVehicles(model, s.routes)) {
      if (!openRoutes && s.routes[v]!.nodes.length === 0) continue;
      const at = bestInsertion(model, s.routes[v]!, t, blinkRate, random);
      if (at && (!best || at.delta < best.delta)) {
        best = at;
        bestVehicle = v;
      }
    }
    if (best && best.delta <= model.tasks[t]!.penalty) {
      setRoute(model, s, bestVehicle, applyInsertion(model, s.routes[bestVehicle]!.nodes, t, best));
    }
  }
}
