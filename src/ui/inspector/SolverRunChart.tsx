import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatMoney } from '../../domain/units.ts';
import type { SolverRunPoint } from '../../state/solverRunHistory.ts';
import { BOUND_COLOR, OBJECTIVE_COLOR, runChartData, runChartOptions } from './solverRunChartOptions.ts';
import { describeRun, runSummary } from './solverRunText.ts';

/**
 * The objective of the running or last solve over time, with the last
 * MIP's bound for its route pool: a uPlot canvas in a named figure, built
 * once and given new data as progress arrives (as `KpiBarChart` does).
 * Hovering tells the values at that moment below the chart; the run is in
 * the figure's description as a sentence.
 */
export function SolverRunChart({ points }: { points: readonly SolverRunPoint[] }) {
  const holder = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLOutputElement>(null);
  const chart = useRef<uPlot | null>(null);
  const shown = useRef(points);
  const id = useId();

  // Declared before the effect that builds the chart, so that on mount `shown` is set before the build reads it.
  useEffect(() => {
    shown.current = points;
    chart.current?.setData(runChartData(points));
  }, [points]);

  useEffect(() => {
    const element = holder.current!;
    const showReadout = (u: uPlot) => {
      // React may detach the ref before this effect's cleanup destroys the chart.
      const out = readout.current;
      if (!out) return;
      const i = u.cursor.idx;
      const point = i == null ? undefined : shown.current[i];
      out.textContent = point
        ? `${(point.elapsedMs / 1000).toFixed(2)} s: objective ${formatMoney(point.objective)}${
            point.bound === null ? '' : ` · pool bound ${formatMoney(point.bound)}`
          }`
        : '';
    };
    const u = new uPlot(
      runChartOptions(element.clientWidth, element.clientHeight, showReadout),
      runChartData(shown.current),
      element,
    );
    chart.current = u;
    // The chart takes whatever room the dock leaves it, in both directions.
    const resize = new ResizeObserver(() =>
      u.setSize({ width: element.clientWidth, height: element.clientHeight }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, []);

  return (
    <figure className="solver-run-figure" aria-labelledby={`${id}-caption`} aria-describedby={`${id}-text`}>
      <figcaption id={`${id}-caption`}>Objective over time</figcaption>
      <p className="solver-run-summary" data-testid="solver-run-summary">
        {runSummary(points) ?? 'No plan yet.'}
      </p>
      <ul className="solver-run-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ borderColor: OBJECTIVE_COLOR }} /> best plan's objective
        </li>
        <li title="HiGHS' dual bound for the last set partitioning MIP: no choice of routes from its pool costs less; the search may find cheaper routes">
          <span className="swatch dashed" style={{ borderColor: BOUND_COLOR }} /> MIP bound (route pool only)
        </li>
      </ul>
      <div ref={holder} className="solver-run-chart" aria-hidden="true" />
      <output ref={readout} className="solver-readout" />
      <p id={`${id}-text`} className="visually-hidden">
        {describeRun(points)}
      </p>
    </figure>
  );
}
