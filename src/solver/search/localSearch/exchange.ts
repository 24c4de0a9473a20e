/**
 * Exchange(N, M), after PyVRP: the string of N stops starting at `u` trades
 * places with the string of M stops right after position `j` of another (or
 * the same) route. (1, 0) is relocate, (2, 0) and (3, 0) or-opt, (1, 1) swap,
 * (2, 1) and (2, 2) string swaps. Only for models where every task is a lone
 * delivery: moving single stops would split a pickup from its delivery.
 */
import { type MoveContext, SLOT_A, SLOT_B } from './moveContext.ts';
import type { MoveOperator } from './operator.ts';

const IMPROVING = -1e-7;

export function exchange(n: number, m: number): MoveOperator {
  return {
    name: m === 0 ? (n === 1 ? 'relocate' : `or-opt-${n}`) : `swap-${n}-${m}`,
    evaluate: (ctx, u, to, j) => evaluateExchange(ctx, n, m, u, to, j),
    apply: (ctx, u, to, j) => applyExchange(ctx, n, m, u, to, j),
  };
}

function evaluateExchange(ctx: MoveContext, n: number, m: number, u: number, to: number, j: number): number {
  const from = ctx.routeOf[u]!;
  const i = ctx.posOf[u]!;
  const m1 = ctx.route(from).nodes.length;
  if (i + n > m1) return Infinity;
  if (from === to) return m === 0 ? evaluateWithinRoute(ctx, n, from, i, j) : Infinity;
  const m2 = ctx.route(to).nodes.length;
  // The second string is the M stops after position j.
  const second = j + 1;
  if (m > 0 && (j < 0 || second + m > m2)) return Infinity;
  // Route 1: its stops before u, then the second string, then what followed u's string.
  ctx.chainForward(from, i);
  ctx.chainStops(to, second, second + m);
  ctx.chainStops(from, i + n, m1);
  const cost1 = ctx.chainPrice(from, m1 - n + m);
  ctx.chainForward(to, second);
  ctx.chainStops(from, i, i + n);
  ctx.chainStops(to, second + m, m2);
  const cost2 = ctx.chainPrice(to, m2 - m + n);
  const delta = cost1 + cost2 - ctx.route(from).cost - ctx.route(to).cost;
  if (delta >= IMPROVING) return delta;

  ctx.setForward(SLOT_A, from, i);
  ctx.appendStops(SLOT_A, to, second, second + m);
  ctx.appendBackward(SLOT_A, from, i + n);
  if (!ctx.closeFeasible(SLOT_A, from, m1 - n + m)) return Infinity;
  ctx.setForward(SLOT_B, to, second);
  ctx.appendStops(SLOT_B, from, i, i + n);
  ctx.appendBackward(SLOT_B, to, second + m);
  if (!ctx.closeFeasible(SLOT_B, to, m2 - m + n)) return Infinity;
  return delta;
}

/** Moving u's string to after position j of its own route. */
function evaluateWithinRoute(ctx: MoveContext, n: number, v: number, i: number, j: number): number {
  if (j >= i - 1 && j < i + n) return Infinity;
  const stops = ctx.route(v).nodes.length;
  // The route as four stretches: kept prefix, two swapped stretches, kept suffix.
  const [cut, firstFrom, firstTo, secondFrom, secondTo, rest] =
    j > i ? [i, i + n, j + 1, i, i + n, j + 1] : [j + 1, i, i + n, j + 1, i, i + n];
  ctx.chainForward(v, cut);
  ctx.chainStops(v, firstFrom, firstTo);
  ctx.chainStops(v, secondFrom, secondTo);
  ctx.chainStops(v, rest, stops);
  const delta = ctx.chainPrice(v, stops) - ctx.route(v).cost;
  if (delta >= IMPROVING) return delta;

  ctx.setForward(SLOT_A, v, cut);
  ctx.appendStops(SLOT_A, v, firstFrom, firstTo);
  ctx.appendStops(SLOT_A, v, secondFrom, secondTo);
  ctx.appendBackward(SLOT_A, v, rest);
  return ctx.closeFeasible(SLOT_A, v, stops) ? delta : Infinity;
}

function applyExchange(ctx: MoveContext, n: number, m: number, u: number, to: number, j: number): void {
  const from = ctx.routeOf[u]!;
  const i = ctx.posOf[u]!;
  const nodes1 = ctx.route(from).nodes;
  const moved = nodes1.slice(i, i + n);
  if (from === to) {
    const rest = [...nodes1.slice(0, i), ...nodes1.slice(i + n)];
    // j counts positions in the route before the string was taken out.
    const after = j > i ? j + 1 - n : j + 1;
    ctx.replace(from, [...rest.slice(0, after), ...moved, ...rest.slice(after)]);
    return;
  }
  const nodes2 = ctx.route(to).nodes;
  const second = nodes2.slice(j + 1, j + 1 + m);
  ctx.replace(from, [...nodes1.slice(0, i), ...second, ...nodes1.slice(i + n)]);
  ctx.replace(to, [...nodes2.slice(0, j + 1), ...moved, ...nodes2.slice(j + 1 + m)]);
}
