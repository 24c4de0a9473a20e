/**
 * For an order nobody can serve even alone: HiGHS' irreducible infeasible
 * subset of "serve it alone on this shopper's day" for the shoppers nearest
 * to serving it, in words. A handful, not every shopper: each costs HiGHS a
 * few milliseconds, and the nearest say the most.
 */
import type { InfeasibleSubset } from '../domain/explanation.ts';
import type { Order, Store } from '../domain/scenario.ts';
import { aloneRuleWords } from './aloneRuleWords.ts';
import type { IisSolver } from './mip/linearProgram.ts';
import type { RoutingModel } from './model.ts';
import type { RouteSchedule } from './routeSchedule.ts';
import { serveAloneProgram } from './serveAloneLp.ts';

/** How many shoppers' subsets are worked out. */
const SHOPPERS_ASKED = 3;

/**
 * `alone` is each vehicle's schedule of the order alone. Nearest: blocked by
 * time (window, shift, ride, store hours) before capacity or skill, then
 * the earliest handoff.
 */
export async function infeasibleSubsets(
  model: RoutingModel,
  task: number,
  alone: readonly RouteSchedule[],
  iis: IisSolver,
  order: Order,
  store: Store,
): Promise<InfeasibleSubset[]> {
  const structural = (s: RouteSchedule) =>
    ['capacity', 'batch-size', 'skill'].includes(s.violation?.reason ?? '');
  const nearest = [...alone]
    .sort((a, b) => Number(structural(a)) - Number(structural(b)) || a.start.at(-1)! - b.start.at(-1)!)
    .slice(0, SHOPPERS_ASKED);
  const subsets: InfeasibleSubset[] = [];
  for (const schedule of nearest) {
    const { program, rules } = serveAloneProgram(model, task, schedule.vehicle);
    const answer = await iis.iis(program);
    // Feasible: the engine's earliest-first schedule broke a ride limit that waiting at the store would keep.
    if (answer.feasible || answer.rows.length === 0) continue;
    subsets.push({
      shopperId: model.vehicles[schedule.vehicle]!.id,
      rules: answer.rows.map((r) => aloneRuleWords(rules[r]!, order, store)),
    });
  }
  return subsets;
}
