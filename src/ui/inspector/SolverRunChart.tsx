import { useId } from 'react';
import { formatMoney } from '../../domain/units.ts';
import type { SolverRunPoint } from '../../state/solverRunHistory.ts';
import {
  BOUND_COLOR,
  boundBelowChart,
  OBJECTIVE_COLOR,
  runChartData,
  runChartOptions,
} from './solverRunChartOptions.ts';
import { describeRun, runSummary } from './solverRunText.ts';
import { type UplotChart, useUplot } from './useUplot.ts';

/**
 * The objective of the running or last solve over time, with the last
 * MIP's bound for its route pool: a uPlot canvas in a named figure, built
 * once and given new data as progress arrives (`useUplot`).
 * Hovering tells the values at that moment below the chart; the run is in
 * the figure's description as a sentence.
 */
export function SolverRunChart({ points }: { points: readonly SolverRunPoint[] }) {
  const { holder, readout } = useUplot(points, RUN_CHART);
  const id = useId();
  const below = boundBelowChart(points);

  return (
    <figure className="solver-run-figure" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-text`}>
      <figcaption id={`${id}-caption`}>Objective over time</figcaption>
      <p className="chart-note solver-run-summary" data-testid="solver-run-summary">
        {runSummary(points) ?? 'No plan yet.'}
      </p>
      <ul className="solver-run-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ borderColor: OBJECTIVE_COLOR }} /> best plan's objective
        </li>
        <li title="HiGHS' dual bound for the last set partitioning MIP: no choice of routes from its pool costs less; the search may find cheaper routes">
          <span className="swatch dashed" style={{ borderColor: BOUND_COLOR }} /> MIP bound (route pool only)
          {below !== null && (
            <span data-testid="bound-below-chart">: {formatMoney(below)}, below the chart</span>
          )}
        </li>
      </ul>
      <div ref={holder} className="solver-run-chart" aria-hidden="true" />
      <output ref={readout} className="chart-note" />
      <p id={`${id}-text`} className="visually-hidden">
        {describeRun(points)}
      </p>
    </figure>
  );
}

const RUN_CHART: UplotChart<readonly SolverRunPoint[]> = {
  options: (element, _shown, showReadout) =>
    runChartOptions(element.clientWidth, element.clientHeight, showReadout),
  data: runChartData,
  readout: (points, i) => {
    const point = points[i];
    return point
      ? `${(point.elapsedMs / 1000).toFixed(2)} s: objective ${formatMoney(point.objective)}${
          point.bound === null ? '' : ` · pool bound ${formatMoney(point.bound)}`
        }`
      : '';
  },
  // The chart takes whatever room the dock leaves it, in both directions.
  size: (element) => ({ width: element.clientWidth, height: element.clientHeight }),
};
