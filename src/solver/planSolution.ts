/**
 * A plan read back into the engine: the whole scenario compiled (hand
 * assignments left out, so that any order may be tried on any shopper) and
 * every route of the plan re-simulated as the engine made it. What-if
 * questions about a plan (move an order, why is it here) start from this.
 */
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import { type ActiveNetwork, roadsFor } from './activeNetwork.ts';
import { type CompiledScenario, compileScenario } from './compileScenario.ts';
import { stopNodes } from './model.ts';
import { emptySolution, type Solution, setRoute } from './solution.ts';
import { roadTravel } from './travel/roadTravel.ts';
import { roadLegs } from './validator/roadLegs.ts';
import type { LegMeasure } from './validator/validatePlan.ts';

export interface PlanInEngine extends CompiledScenario {
  solution: Solution;
  /** How the validator measures legs of this scenario (undefined: its straight-line settings). */
  legs: LegMeasure | undefined;
}

export function planInEngine(scenario: Scenario, plan: Plan, network: ActiveNetwork | null): PlanInEngine {
  const roads = roadsFor(scenario, network);
  const { assignments: _, ...free } = scenario;
  const compiled = compileScenario(free, roads ? roadTravel(roads, scenario.travel.speedsKmh) : undefined);
  const { model } = compiled;
  const nodeOf = stopNodes(model);
  const vehicleOf = new Map(model.vehicles.map((v, i) => [v.id, i] as const));
  const solution = emptySolution(model);
  for (const route of plan.routes) {
    const vehicle = vehicleOf.get(route.shopperId);
    const nodes = route.trips.flatMap((t) => t.stops.map((s) => nodeOf(s.orderId, s.kind)));
    if (vehicle === undefined || nodes.some((n) => n === undefined)) {
      throw new Error('the plan does not belong to this scenario: solve it again first');
    }
    setRoute(model, solution, vehicle, nodes as number[]);
  }
  return { ...compiled, solution, legs: roads ? roadLegs(scenario, roads) : undefined };
}
