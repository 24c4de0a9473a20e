/**
 * The KPI charts' bars from the plan's distributions: which bars, their
 * labels and heights. Pure, so the binning is tested without a canvas; the
 * charts only draw what these return.
 */
import type { KpiDistributions } from '../../domain/kpiDistributions.ts';
import { SECONDS_PER_MINUTE, type Seconds } from '../../domain/units.ts';
import { shopperColor } from '../map/palette.ts';

/** One bar chart's content: `labels[i]`, `values[i]` and (when given) `colors[i]` describe bar i. */
export interface Bars {
  labels: string[];
  /** Null: no bar (a value that is undefined, not 0). */
  values: (number | null)[];
  colors?: string[];
}

/** Bin widths a planner reads at a glance, in minutes. */
const BIN_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240] as const;

/** More bins than this turn a small chart into noise. */
export const MAX_BINS = 12;

/**
 * A histogram of durations in minutes: bins [lo, lo + w) of the smallest
 * width in `BIN_MINUTES` that covers the values in at most `MAX_BINS` bins,
 * starting at the multiple of w at or below the smallest value (at 0 when
 * `fromZero`). Each bar counts the values in its bin, labelled "10–20".
 */
export function durationHistogram(durations: readonly Seconds[], fromZero = false): Bars {
  if (durations.length === 0) return { labels: [], values: [] };
  const mins = durations.map((s) => s / SECONDS_PER_MINUTE);
  let lowest = fromZero ? 0 : Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const m of mins) {
    if (m < lowest) lowest = m;
    if (m > highest) highest = m;
  }
  const width =
    BIN_MINUTES.find((w) => binIndex(highest, Math.floor(lowest / w) * w, w) < MAX_BINS) ??
    BIN_MINUTES.at(-1)!;
  const start = Math.floor(lowest / width) * width;
  const count = binIndex(highest, start, width) + 1;
  const values = new Array<number>(count).fill(0);
  for (const m of mins) values[binIndex(m, start, width)]!++;
  const labels = values.map((_, i) => `${start + i * width}–${start + (i + 1) * width}`);
  return { labels, values };
}

function binIndex(minutes: number, start: number, width: number): number {
  return Math.floor((minutes - start) / width);
}

/** Click-to-door times of every delivered order that has one. */
export function clickToDoorBars(k: KpiDistributions): Bars {
  return durationHistogram(k.deliveries.flatMap((d) => (d.clickToDoor === null ? [] : [d.clickToDoor])));
}

/** Minutes late of the late deliveries only: on-time ones would dwarf them in a bar of their own. */
export function latenessBars(k: KpiDistributions): Bars {
  return durationHistogram(
    k.deliveries.flatMap((d) => (d.lateness > 0 ? [d.lateness] : [])),
    true,
  );
}

/** Batches by their number of orders, one bar per size from 1 to the largest. */
export function batchSizeBars(k: KpiDistributions): Bars {
  return { labels: k.batchSizes.map((_, i) => String(i + 1)), values: k.batchSizes };
}

/** Utilisation in % per working shopper, in scenario order and in the shopper's map colour. */
export function utilisationBars(k: KpiDistributions): Bars {
  return {
    labels: k.shoppers.map((s) => s.name),
    values: k.shoppers.map((s) => s.utilisationPct),
    colors: k.shoppers.map((s) => shopperColor(s.index)),
  };
}
