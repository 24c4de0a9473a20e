/**
 * uPlot options for the Solver tab's chart: the objective of the best plan
 * over the solve's elapsed time, and the last MIP's bound for its route
 * pool, both as steps (a value holds until the next one). Built once per
 * chart; only the data changes with progress.
 */
import uPlot from 'uplot';
import type { SolverRunPoint } from '../../state/solverRunHistory.ts';

export const OBJECTIVE_COLOR = '#2563eb';
export const BOUND_COLOR = '#d97706';

const AXIS_FONT = '11px system-ui, sans-serif';
const AXIS_INK = '#64748b';
const GRID = { stroke: '#e2e8f0', width: 1 };
// A fixed locale: the studio's numbers must not change with the browser's language.
const tick = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

type Values = ArrayLike<number | null | undefined>;

/**
 * The cost axis: the objective's values with room around them, reaching
 * down to the bound only when the bound is close, within the objective's own
 * span (or 2% of it) below its lowest value. A MIP stopped by its time limit
 * early reports a weak bound, 0 at worst, which would otherwise squash every
 * improvement of the objective into a flat line at the top.
 */
export function costRange(objective: Values, bound: Values): [number, number] {
  const objectives = Array.from(objective).filter((v): v is number => v != null);
  const bounds = Array.from(bound).filter((v): v is number => v != null);
  if (objectives.length === 0 && bounds.length === 0) return [0, 1];
  const shown = objectives.length > 0 ? objectives : bounds;
  let min = Math.min(...shown);
  const max = Math.max(...shown);
  const reach = min - Math.max(max - min, Math.abs(min) * 0.02);
  for (const b of bounds) if (b >= reach && b < min) min = b;
  // Room above and below, and some when the line is flat.
  const pad = Math.max((max - min) * 0.1, Math.abs(max) * 0.005, 1);
  return [min - pad, max + pad];
}

/** The last bound, when it lies below the chart's cost axis (`costRange`); null when it is drawn or there is none. */
export function boundBelowChart(points: readonly SolverRunPoint[]): number | null {
  const last = points.at(-1)?.bound ?? null;
  if (last === null) return null;
  const [low] = costRange(
    points.map((p) => p.objective),
    points.map((p) => p.bound),
  );
  return last < low ? last : null;
}

/** x in seconds; a bound of null (before the first MIP) leaves a gap in its line. */
export function runChartData(points: readonly SolverRunPoint[]): uPlot.AlignedData {
  return [points.map((p) => p.elapsedMs / 1000), points.map((p) => p.objective), points.map((p) => p.bound)];
}

export function runChartOptions(width: number, height: number, onCursor: (u: uPlot) => void): uPlot.Options {
  const axis = {
    font: AXIS_FONT,
    labelFont: AXIS_FONT,
    stroke: AXIS_INK,
    labelSize: 14,
    labelGap: 0,
    gap: 2,
    grid: GRID,
    ticks: { show: false },
  };
  const steps = uPlot.paths.stepped!({ align: 1 });
  return {
    width,
    height,
    legend: { show: false },
    cursor: { y: false, drag: { x: false, y: false, setScale: false } },
    scales: {
      // From the solve's start, however little of it there is yet.
      x: { time: false, range: (_u, _min, max) => [0, Math.max(1, max ?? 0)] },
      y: { range: (u) => costRange(u.data[1] ?? [], u.data[2] ?? []) },
    },
    axes: [
      { ...axis, label: 'seconds since the solve started', size: 22, space: 40 },
      {
        ...axis,
        label: 'cost',
        size: 48,
        space: 20,
        values: (_u, splits) => splits.map((v) => tick.format(v)),
      },
    ],
    series: [
      {},
      { label: 'Objective', stroke: OBJECTIVE_COLOR, width: 2, paths: steps, points: { show: false } },
      {
        label: 'MIP bound (route pool only)',
        stroke: BOUND_COLOR,
        width: 1.5,
        dash: [6, 4],
        paths: steps,
        points: { show: false },
      },
    ],
    hooks: { setCursor: [onCursor] },
  };
}
