/**
 * One local search move family, PyVRP-style: given a stop `u` and a place in
 * a route (after position `j` of vehicle `to`, -1 meaning right after the
 * vehicle's start), price the move in O(1) and apply it on request.
 */
import type { MoveContext } from './moveContext.ts';

export interface MoveOperator {
  readonly name: string;
  /**
   * Cost change if applied. Exact for every feasible move; an infeasible
   * move gives Infinity or, when it would not improve anyway, its
   * distance-only change (the search never looks further at it).
   */
  evaluate(ctx: MoveContext, u: number, to: number, j: number): number;
  apply(ctx: MoveContext, u: number, to: number, j: number): void;
}
