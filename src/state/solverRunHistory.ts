/**
 * The running solve's objective and bound over time, as the Solver panel
 * charts them. A solve reports progress every quarter second and at each
 * improvement, so the history keeps only the points where something changed
 * (and the latest, so a flat line reaches the present), and halves itself
 * when it grows past a limit: a long solve still charts from its start.
 */

export interface SolverRunPoint {
  elapsedMs: number;
  /** The engine's objective for the best plan so far. */
  objective: number;
  /** The last MIP's dual bound (for its route pool only); null before the first MIP. */
  bound: number | null;
}

/** Points kept per solve: enough for a smooth chart, few enough to redraw cheaply. */
export const RUN_HISTORY_LIMIT = 2000;

/** `points` with `point` added (a new array; `points` is left as it was). */
export function appendRunPoint(
  points: readonly SolverRunPoint[],
  point: SolverRunPoint,
  limit = RUN_HISTORY_LIMIT,
): SolverRunPoint[] {
  const last = points.at(-1);
  const beforeLast = points.at(-2);
  // Three equal points in a row: the middle one says nothing, the last one moves on instead.
  if (last && beforeLast && sameValues(last, point) && sameValues(beforeLast, point)) {
    return [...points.slice(0, -1), point];
  }
  const next = [...points, point];
  return next.length > limit ? thinned(next) : next;
}

function sameValues(a: SolverRunPoint, b: SolverRunPoint): boolean {
  return a.objective === b.objective && a.bound === b.bound;
}

/** Every other point, always keeping the first and the last. */
function thinned(points: readonly SolverRunPoint[]): SolverRunPoint[] {
  return points.filter((_, i) => i % 2 === 0 || i === points.length - 1);
}
