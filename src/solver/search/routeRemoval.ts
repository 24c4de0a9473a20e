/**
 * Ruin for fleet minimisation: take one of the smallest routes away whole.
 * String removals rarely empty a route, so when vehicles carry a fixed cost
 * this is what lets recreate try the day with one vehicle fewer; if the
 * removed tasks all fit elsewhere, the saved fixed cost makes the candidate
 * win outright.
 */
import type { Random } from '../../domain/random.ts';
import type { RoutingModel } from '../model.ts';
import { routeTasks, type Solution } from '../solution.ts';

/** Among how many of the smallest routes one is picked. */
const SMALLEST = 3;

/** The tasks of one of the smallest used routes; empty when no route is used. */
export function selectSmallRoute(model: RoutingModel, s: Solution, random: Random): number[] {
  const used = s.routes.filter((r) => r.nodes.length > 0).sort((a, b) => a.nodes.length - b.nodes.length);
  if (used.length === 0) return [];
  const route = used[random.int(0, Math.min(SMALLEST, used.length) - 1)]!;
  return routeTasks(model, route);
}
