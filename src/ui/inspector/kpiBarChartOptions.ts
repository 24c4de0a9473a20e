/**
 * uPlot options for the KPI bar charts: bars at x = 0, 1, 2, … labelled
 * from the current bars, a y axis from 0, no zoom. The options are built
 * once per chart; whatever changes with the plan is read through `current`.
 */
import uPlot from 'uplot';
import type { Bars } from './kpiBars.ts';

/** What differs from one KPI bar chart to another; module constants, so a chart is built once. */
export interface BarChartSpec {
  /** A bar's label as the readout says it ("20–25 min", "2 orders"). */
  barName: (label: string) => string;
  /** The x axis' title ("minutes", "orders in the batch"). */
  xTitle: string;
  /** The y axis' title: what the bars count or measure ("orders", "of shift"). */
  yTitle: string;
  /** A bar's value with its unit ("12 orders", "64%"). */
  formatValue: (value: number) => string;
  /** A y-axis tick ("12", "50%"). */
  formatTick: (value: number) => string;
  /** The y axis reaches at least this (100 for percentages), beyond the tallest bar. */
  yAtLeast: number;
  /** Whole numbers only on the y axis (counts). */
  wholeTicks: boolean;
  /** The bars' colour, unless the bars bring their own. */
  color: string;
  height: number;
}

const AXIS_FONT = '11px system-ui, sans-serif';
const AXIS_INK = '#64748b';
const GRID = { stroke: '#e2e8f0', width: 1 };
/** Steps between labelled bars: every bar while they fit, then every 2nd, 5th, … */
const LABEL_STEPS = [1, 2, 5, 10, 20, 50, 100];
const COUNT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

export function toAlignedData(bars: Bars): uPlot.AlignedData {
  return [bars.labels.map((_, i) => i), bars.values];
}

export function barChartOptions(
  spec: BarChartSpec,
  current: () => Bars,
  width: number,
  onCursor: (u: uPlot) => void,
): uPlot.Options {
  return {
    width,
    height: spec.height,
    legend: { show: false },
    cursor: { y: false, points: { show: false }, drag: { x: false, y: false, setScale: false } },
    scales: {
      // Half a bar's room either side of the first and last bar; a lone bar gets the width of one.
      x: { time: false, range: (_u, min, max) => [(min ?? 0) - 0.5, (max ?? 0) + 0.5] },
      y: { range: (_u, _min, max) => [0, Math.max(spec.yAtLeast, max ?? 0)] },
    },
    axes: [
      {
        font: AXIS_FONT,
        labelFont: AXIS_FONT,
        stroke: AXIS_INK,
        label: spec.xTitle,
        labelSize: 14,
        labelGap: 0,
        size: 22,
        gap: 2,
        grid: { show: false },
        ticks: { show: false },
        incrs: LABEL_STEPS,
        space: 44,
        values: (_u, splits) => splits.map((i) => current().labels[i] ?? ''),
      },
      {
        font: AXIS_FONT,
        labelFont: AXIS_FONT,
        stroke: AXIS_INK,
        label: spec.yTitle,
        labelSize: 14,
        labelGap: 0,
        size: 36,
        gap: 2,
        grid: GRID,
        ticks: { show: false },
        space: 18,
        ...(spec.wholeTicks ? { incrs: COUNT_STEPS } : {}),
        values: (_u, splits) => splits.map(spec.formatTick),
      },
    ],
    series: [
      {},
      {
        width: 0,
        fill: spec.color,
        // uPlot marks sparse data points with dots, which would sit on top of each bar.
        points: { show: false },
        paths: uPlot.paths.bars!({
          size: [0.8, 40],
          // Per-bar colours when the bars bring them (a shopper's map colour); uPlot asks again at each draw.
          disp: {
            fill: { unit: 3, values: () => current().colors ?? current().values.map(() => spec.color) },
          },
        }),
      },
    ],
    hooks: { setCursor: [onCursor] },
  };
}
