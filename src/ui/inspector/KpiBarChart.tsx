import { useId, useMemo } from 'react';
import { type BarChartSpec, barChartOptions, toAlignedData } from './kpiBarChartOptions.ts';
import type { Bars } from './kpiBars.ts';
import { type UplotChart, useUplot } from './useUplot.ts';

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
 * One KPI bar chart: a uPlot canvas in a named figure, built once per spec
 * and given each new `bars` (`useUplot`). Hovering a bar tells its label
 * and value below the chart; the same bars are in the figure's description
 * as text.
 */
export function KpiBarChart({ spec, bars, caption, summary, emptyNote, wide }: KpiBarChartProps) {
  const chart = useMemo(() => barChart(spec), [spec]);
  const { holder, readout } = useUplot(bars, chart);
  const id = useId();

  // No bars at all (no value or none defined); bars of 0 are data, shown on their axes.
  const empty = bars.values.every((v) => v == null);
  return (
    <figure
      className={wide ? 'kpi-figure wide' : 'kpi-figure'}
      aria-labelledby={`${id}-caption`}
      aria-describedby={`${id}-text`}
    >
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {summary && <p className="chart-note">{summary}</p>}
      <div className="kpi-chart">
        <div ref={holder} aria-hidden="true" />
        {empty && <p className="kpi-chart-empty">{emptyNote}</p>}
      </div>
      <output ref={readout} className="chart-note" />
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

function barChart(spec: BarChartSpec): UplotChart<Bars> {
  return {
    options: (element, shown, showReadout) => barChartOptions(spec, shown, element.clientWidth, showReadout),
    data: toAlignedData,
    readout: (bars, i) => {
      const value = bars.values[i];
      return value == null ? '' : `${spec.barName(bars.labels[i]!)}: ${spec.formatValue(value)}`;
    },
    size: (element) => ({ width: element.clientWidth, height: spec.height }),
  };
}
