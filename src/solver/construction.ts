/**
 * Recreating a solution: insert tasks one at a time at their cheapest
 * feasible place. Two orders of insertion:
 * - regret-2 (construction): the task that would lose most by waiting goes
 *   first, with best insertions cached per (task, vehicle) and only the
 *   changed route re-evaluated after each step;
 * - a given order (ruin-and-recreate): quicker, with blinks for diversity.
 * A task stays unassigned when no route takes it or when serving it costs
 * more than its penalty.
 */
import { applyInsertion, bestInsertion, type Insertion } from './insertion.ts';
import type { RoutingModel } from './model.ts';
import { type Solution, setRoute } from './solution.ts';

export function insertRegret(model: RoutingModel, s: Solution, tasks: readonly number[]): void {
  const vehicles = model.vehicles.length;
  const pending = new Set(tasks);
  const cache = new Map<number, (Insertion | null)[]>();
  for (const t of pending)
    cache.set(
      t,
      s.routes.map((route) => bestInsertion(model, route, t)),
    );

  while (pending.size > 0) {
    let chosen = -1;
    let chosenVehicle = -1;
    let chosenRegret = -Infinity;
    for (const t of pending) {
      const options = cache.get(t)!;
      let best = Infinity;
      let second = Infinity;
      let bestVehicle = -1;
      for (let v = 0; v < vehicles; v++) {
        const delta = options[v]?.delta ?? Infinity;
        if (delta < best) {
          second = best;
          best = delta;
          bestVehicle = v;
        } else if (delta < second) second = delta;
      }
      const penalty = model.tasks[t]!.penalty;
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
    setRoute(model, s, chosenVehicle, applyInsertion(s.routes[chosenVehicle]!.nodes, chosen, at));
    pending.delete(chosen);
    cache.delete(chosen);
    const changed = s.routes[chosenVehicle]!;
    for (const t of pending) cache.get(t)![chosenVehicle] = bestInsertion(model, changed, t);
  }
}

export function insertInOrder(
  model: RoutingModel,
  s: Solution,
  tasks: readonly number[],
  blinkRate: number,
  random: () => number,
): void {
  for (const t of tasks) {
    let best: Insertion | null = null;
    let bestVehicle = -1;
    for (let v = 0; v < s.routes.length; v++) {
      const at = bestInsertion(model, s.routes[v]!, t, blinkRate, random);
      if (at && (!best || at.delta < best.delta)) {
        best = at;
        bestVehicle = v;
      }
    }
    if (best && best.delta <= model.tasks[t]!.penalty) {
      setRoute(model, s, bestVehicle, applyInsertion(s.routes[bestVehicle]!.nodes, t, best));
    }
  }
}
