import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type BarChartSpec, barChartOptions, toAlignedData } from './kpiBarChartOptions.ts';
import type { Bars } from './kpiBars.ts';

interface KpiBarChartProps {
  /** Fixed for the chart's life: the chart is built from it once. */
  spec: BarChartSpec;
  bars: Bars;
  /** The figure's name, read by assistive technology and shown as its caption. */
  caption: string;
  /** A line under the caption with the numbers that sum the chart up ("mean 42.0 min · p90 55.0 min"). */
  summary?: string;
  /** Shown over the chart when it has no bars, instead of empty axes with no explanation. */
  emptyNote: string;
  /** Twice a figure's width where there is room: one bar per shopper needs it. */
  wide?: boolean;
}

/**
 * One KPI bar chart: a uPlot canvas in a named figure. The chart is built
 * once when the figure mounts; each new `bars` only replaces its data
 * (`setData`), because rebuilding a chart for every streamed plan would
 * cost a canvas, its listeners and a layout each time. Hovering a bar tells
 * its label and value below the chart; the same bars are in the figure's
 * description as text.
 */
export function KpiBarChart({ spec, bars, caption, summary, emptyNote, wide }: KpiBarChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLOutputElement>(null);
  const chart = useRef<uPlot | null>(null);
  // The chart's label, colour and readout callbacks read the bars shown, which change without a rebuild.
  const shown = useRef(bars);
  const id = useId();

  // Declared before the effect that builds the chart, so that on mount `shown` is set before the build reads it.
  useEffect(() => {
    shown.current = bars;
    chart.current?.setData(toAlignedData(bars));
  }, [bars]);

  useEffect(() => {
    const element = holder.current!;
    const showReadout = (u: uPlot) => {
      // React may detach the ref before this effect's cleanup destroys the chart.
      const out = readout.current;
      if (!out) return;
      const i = u.cursor.idx;
      const value = i == null ? null : shown.current.values[i];
      out.textContent =
        i == null || value == null
          ? ''
          : `${spec.barName(shown.current.labels[i]!)}: ${spec.formatValue(value)}`;
    };
    const u = new uPlot(
      barChartOptions(spec, () => shown.current, element.clientWidth, showReadout),
      toAlignedData(shown.current),
      element,
    );
    chart.current = u;
    const resize = new ResizeObserver(() => u.setSize({ width: element.clientWidth, height: spec.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      u.destroy();
      chart.current = null;
    };
  }, [spec]);

  // No bars at all (no value or none defined); bars of 0 are data, shown on their axes.
  const empty = bars.values.every((v) => v == null);
  return (
    <figure
      className={wide ? 'kpi-figure wide' : 'kpi-figure'}
      aria-labelledby={`${id}-caption`}
      aria-describedby={`${id}-text`}
    >
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {summary && <p className="kpi-figure-summary">{summary}</p>}
      <div className="kpi-chart">
        <div ref={holder} aria-hidden="true" />
        {empty && <p className="kpi-chart-empty">{emptyNote}</p>}
      </div>
      <output ref={readout} className="kpi-readout" />
      <p id={`${id}-text`} className="visually-hidden">
        {empty ? emptyNote : describeBars(bars, spec)}
      </p>
    </figure>
  );
}

/** The bars as a sentence for screen readers: "20–25 min: 2 orders; 25–30 min: 0 orders". */
function describeBars(bars: Bars, spec: BarChartSpec): string {
  return bars.labels
    .map((label, i) => {
      const value = bars.values[i];
      return `${spec.barName(label)}: ${value == null ? 'none' : spec.formatValue(value)}`;
    })
    .join('; ');
}
