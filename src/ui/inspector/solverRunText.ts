/**
 * The Solver tab's chart in words: the line under its caption and the
 * sentence screen readers get instead of the canvas.
 */
import { formatMoney, formatPercent } from '../../domain/units.ts';
import type { SolverRunPoint } from '../../state/solverRunHistory.ts';

/**
 * How far the objective is above the pool's bound, relative to the
 * objective. The search may since have found a plan below the bound of the
 * last pool (it bounds that pool only): the gap then reads 0, not negative.
 */
export function gapToBound({ objective, bound }: SolverRunPoint): number | null {
  if (bound === null || objective <= 0) return null;
  return Math.max(0, (objective - bound) / objective);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** "objective 2,354.12 · pool bound 2,350.20 · gap 0.17%" for the latest point. */
export function runSummary(points: readonly SolverRunPoint[]): string | undefined {
  const last = points.at(-1);
  if (!last) return undefined;
  const gap = gapToBound(last);
  return [
    `objective ${formatMoney(last.objective)}`,
    ...(last.bound === null ? [] : [`pool bound ${formatMoney(last.bound)}`]),
    ...(gap === null ? [] : [`gap ${formatPercent(gap * 100, 2)}`]),
  ].join(' · ');
}

/** The whole run in a sentence. */
export function describeRun(points: readonly SolverRunPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No plan yet, so nothing to chart.';
  const from = `The objective went from ${formatMoney(first.objective)} at ${seconds(first.elapsedMs)} to ${formatMoney(last.objective)} at ${seconds(last.elapsedMs)}`;
  return last.bound === null
    ? `${from}; no MIP has given a bound yet.`
    : `${from}; the last MIP's bound for its route pool is ${formatMoney(last.bound)}.`;
}
