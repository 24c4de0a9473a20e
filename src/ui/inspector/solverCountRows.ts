/**
 * The Solver tab's numbers as text: the engine's counts, then what HiGHS
 * reported about the last MIP. Each row keeps its raw number for
 * `data-value`, so that tests compare what the panel says with the files
 * it hands out.
 */
import type { MipReport, SolveCounts } from '../../domain/solve.ts';
import { formatMoney, formatPercent } from '../../domain/units.ts';

export interface SolverCountRow {
  label: string;
  /** What exactly is counted, for the label's tooltip. */
  hint: string;
  testId: string;
  /** The raw number; null when there is none (shown as "—"). */
  value: number | null;
  display: string;
}

const NONE = '—';
// A fixed locale: the studio's numbers must not change with the browser's language (tests read them).
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** HiGHS' model statuses in words; any other is shown by its name. */
const STATUS_WORDS: Record<string, string> = {
  optimal: 'Optimal',
  timeLimit: 'Time limit reached',
  interrupted: 'Interrupted (stop)',
  infeasible: 'Infeasible',
  solutionLimit: 'Solution limit reached',
  iterationLimit: 'Iteration limit reached',
};

export function mipStatusWords(status: string): string {
  return STATUS_WORDS[status] ?? status;
}

function row(
  label: string,
  testId: string,
  value: number | null,
  format: (v: number) => string,
  hint: string,
): SolverCountRow {
  return { label, hint, testId, value, display: value === null ? NONE : format(value) };
}

const count = (n: number) => whole.format(n);

export function engineCountRows(counts: SolveCounts | null): SolverCountRow[] {
  return [
    row(
      'Iterations',
      'solver-iterations',
      counts?.iterations ?? null,
      count,
      'Ruin-and-recreate steps (and fleet minimisation steps) the search has made',
    ),
    row(
      'Routes in the pool',
      'solver-pool-size',
      counts?.routePoolSize ?? null,
      count,
      'Distinct routes kept from the search for HiGHS to recombine (the MIP columns, with one "unassigned" column per order)',
    ),
    row(
      'MIP solves',
      'solver-mip-solves',
      counts?.mipSolves ?? null,
      count,
      'Set partitioning MIPs HiGHS has answered in this solve',
    ),
  ];
}

export function lastMipRows(mip: MipReport | null): SolverCountRow[] {
  return [
    row(
      'Rows',
      'mip-rows',
      mip?.rows ?? null,
      count,
      'One per order, one per class of interchangeable shoppers',
    ),
    row(
      'Columns',
      'mip-columns',
      mip?.columns ?? null,
      count,
      'One per pool route, one per order left unassigned',
    ),
    row(
      'Non-zeros',
      'mip-nonzeros',
      mip?.nonZeros ?? null,
      count,
      'Coefficients of the constraint matrix, all 1',
    ),
    row(
      'B&B nodes',
      'mip-nodes',
      mip?.nodes ?? null,
      count,
      'Branch-and-bound nodes HiGHS explored (0: solved at the root)',
    ),
    row(
      'LP iterations',
      'mip-lp-iterations',
      mip?.lpIterations ?? null,
      count,
      'Simplex iterations over every LP of the MIP',
    ),
    row(
      'HiGHS time',
      'mip-seconds',
      mip?.seconds ?? null,
      (s) => `${s.toFixed(2)} s`,
      "HiGHS' own run time for the MIP",
    ),
    row(
      'Objective',
      'mip-objective',
      mip?.objective ?? null,
      formatMoney,
      'Cost of the best choice of routes HiGHS found (its start, the incumbent, at worst)',
    ),
    row(
      'Dual bound',
      'mip-bound',
      mip?.bound ?? null,
      formatMoney,
      'No choice of routes from this pool costs less; other routes might',
    ),
    row(
      'Gap',
      'mip-gap',
      mip?.gap ?? null,
      (g) => formatPercent(g * 100, 2),
      "HiGHS' relative gap between its objective and its dual bound",
    ),
  ];
}
