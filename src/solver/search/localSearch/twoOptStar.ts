/**
 * 2-opt*: two routes swap their tails, cut right after `u` and right after
 * position `j` of the other route. The classic move for time windows, since
 * each tail keeps its order. With pickups and deliveries a route may only be
 * cut where nothing picked up is still waiting for its delivery.
 */
import { type MoveContext, SLOT_A, SLOT_B } from './moveContext.ts';
import type { MoveOperator } from './operator.ts';

const IMPROVING = -1e-7;

function closedAfter(ctx: MoveContext, vehicle: number, k: number): boolean {
  return k < 0 || ctx.segments(vehicle).openAfter[k] === 0;
}

export const twoOptStar: MoveOperator = {
  name: '2-opt*',
  evaluate(ctx, u, to, j) {
    const from = ctx.routeOf[u]!;
    if (from === to) return Infinity;
    const i = ctx.posOf[u]!;
    const m1 = ctx.route(from).nodes.length;
    const m2 = ctx.route(to).nodes.length;
    if (i === m1 - 1 && j === m2 - 1) return Infinity;
    if (!closedAfter(ctx, from, i) || !closedAfter(ctx, to, j)) return Infinity;
    const stops1 = i + 1 + m2 - j - 1;
    const stops2 = j + 1 + m1 - i - 1;
    ctx.chainForward(from, i + 1);
    ctx.chainStops(to, j + 1, m2);
    const cost1 = ctx.chainPrice(from, stops1);
    ctx.chainForward(to, j + 1);
    ctx.chainStops(from, i + 1, m1);
    const cost2 = ctx.chainPrice(to, stops2);
    const delta = cost1 + cost2 - ctx.route(from).cost - ctx.route(to).cost;
    if (delta >= IMPROVING) return delta;

    ctx.setForward(SLOT_A, from, i + 1);
    ctx.appendBackward(SLOT_A, to, j + 1);
    if (!ctx.closeFeasible(SLOT_A, from, stops1)) return Infinity;
    ctx.setForward(SLOT_B, to, j + 1);
    ctx.appendBackward(SLOT_B, from, i + 1);
    return ctx.closeFeasible(SLOT_B, to, stops2) ? delta : Infinity;
  },
  apply(ctx, u, to, j) {
    const from = ctx.routeOf[u]!;
    const i = ctx.posOf[u]!;
    const nodes1 = ctx.route(from).nodes;
    const nodes2 = ctx.route(to).nodes;
    ctx.replace(from, [...nodes1.slice(0, i + 1), ...nodes2.slice(j + 1)]);
    ctx.replace(to, [...nodes2.slice(0, j + 1), ...nodes1.slice(i + 1)]);
  },
};
