/**
 * The order in which removed tasks are put back (SISR's sorting step): a
 * different order each time gives recreate different batches to find.
 */
import type { Random } from '../../domain/random.ts';
import type { RoutingModel } from '../model.ts';

export function recreateOrder(model: RoutingModel, tasks: number[], random: Random): number[] {
  const shuffled = random.shuffle(tasks);
  const roll = random.next();
  if (roll < 0.4) return shuffled;
  if (roll < 0.7) {
    // Tightest deadline first: those have the fewest places left.
    const due = (t: number) => {
      const d = model.nodes[model.tasks[t]!.delivery]!;
      return Math.min(d.latest, d.due);
    };
    return shuffled.sort((a, b) => due(a) - due(b));
  }
  // Largest first: big orders are the hardest to fit once the small ones are placed.
  const size = (t: number) => -model.nodes[model.tasks[t]!.delivery]!.demand[0]!;
  return shuffled.sort((a, b) => size(b) - size(a));
}
