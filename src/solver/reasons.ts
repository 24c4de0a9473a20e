/**
 * Why a task is left unassigned, in the domain's vocabulary. First the
 * static question — could any shopper serve it alone, with an empty day? If
 * none can, the rule that stops most of them is the reason. If some could,
 * it was left out either because serving it costs more than its penalty
 * ('cost') or because the shoppers able to take it have no room left in their
 * shifts ('shift').
 */
import type { ReasonCode } from '../domain/plan.ts';
import type { RoutingModel } from './model.ts';
import { simulateRoute } from './routeSchedule.ts';

export function unassignedReason(model: RoutingModel, task: number): ReasonCode {
  const counts = new Map<ReasonCode, number>();
  let cheapestAlone = Infinity;
  const { pickup, delivery, onlyVehicle } = model.tasks[task]!;
  const nodes = pickup >= 0 ? [pickup, delivery] : [delivery];
  model.vehicles.forEach((vehicle, v) => {
    // An order given by hand is about its shopper alone.
    if (onlyVehicle !== null && vehicle.id !== onlyVehicle) return;
    const alone = simulateRoute(model, v, nodes);
    if (!alone.violation) cheapestAlone = Math.min(cheapestAlone, alone.cost);
    else if (alone.violation.reason !== 'precedence') {
      counts.set(alone.violation.reason, (counts.get(alone.violation.reason) ?? 0) + 1);
    }
  });
  if (cheapestAlone < Infinity) return cheapestAlone > model.tasks[task]!.penalty ? 'cost' : 'shift';
  let reason: ReasonCode = 'shift';
  let most = 0;
  for (const [code, count] of counts) {
    if (count > most) {
      reason = code;
      most = count;
    }
  }
  return reason;
}
