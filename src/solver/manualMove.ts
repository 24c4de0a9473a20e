/**
 * A planner moving one order to a shopper by hand, priced before it is
 * accepted: the plan as it would be with the order taken off its route and
 * put on the chosen shopper's day where it costs least, what that changes in
 * the plan's cost, and which rules the result breaks that the plan did not.
 * When no place on that day keeps every rule, the cheapest place is taken
 * anyway, so the planner sees what forcing it would break.
 */
import { isWorking } from '../domain/scenario.ts';
import type { MovePreview, Violation } from '../domain/solve.ts';
import type { PlanAtHand } from './planAtHand.ts';
import { copySolution, setRoute } from './solution.ts';
import { toPlan } from './toPlan.ts';
import { validatePlan } from './validator/validatePlan.ts';

export function previewMove(hand: PlanAtHand, orderId: string, shopperId: string): MovePreview {
  const { scenario, plan } = hand;
  if (!scenario.shoppers.some((p) => p.id === shopperId && isWorking(p))) {
    throw new Error(`shopper ${shopperId} is not working today`);
  }
  const { model, locations, solution: held, legs } = hand.inEngine();
  const solution = copySolution(held);
  const task = model.tasks.findIndex((t) => t.id === orderId);
  const target = model.vehicles.findIndex((v) => v.id === shopperId);
  if (task < 0) throw new Error(`order ${orderId} cannot be planned: its store does not exist`);
  const rest = plan.unassigned.filter((u) => u.orderId !== orderId);
  const before = toPlan(model, locations, solution, plan.unassigned);

  const from = solution.vehicleOf[task]!;
  if (from === target) throw new Error(`order ${orderId} is already on that shopper's day`);
  if (from >= 0) {
    const { pickup, delivery } = model.tasks[task]!;
    setRoute(
      model,
      solution,
      from,
      solution.routes[from]!.nodes.filter((n) => n !== pickup && n !== delivery),
    );
  }
  setRoute(model, solution, target, hand.place()(solution.routes[target]!, task));
  const after = toPlan(model, locations, solution, rest);

  const known = new Set(validatePlan(scenario, before, legs).map(describe));
  return {
    plan: after,
    costDelta: after.cost.total - before.cost.total,
    violations: validatePlan(scenario, after, legs).filter((v) => !known.has(describe(v))),
  };
}

const describe = (v: Violation) => `${v.rule}|${v.orderId ?? ''}|${v.shopperId ?? ''}|${v.message}`;
