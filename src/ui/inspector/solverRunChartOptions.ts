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
      y: {
        range: (_u, min, max) => {
          if (min == null || max == null) return [0, 1];
          // Room above and below, and some when the line is flat.
          const pad = Math.max((max - min) * 0.1, Math.abs(max) * 0.005, 1);
          return [min - pad, max + pad];
        },
      },
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
