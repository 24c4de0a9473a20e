/**
 * Time of day ↔ pixels along the timeline, and the clock labels of its axis.
 * Pure, so zooming is arithmetic the tests can check.
 */
import type { TimeWindow } from '../../domain/scenario.ts';
import { formatClock, type Seconds } from '../../domain/units.ts';

export interface TimeScale {
  domain: TimeWindow;
  pxPerSecond: number;
}

/** Pixels from the start of the domain. */
export const xOf = (scale: TimeScale, t: Seconds): number => (t - scale.domain.start) * scale.pxPerSecond;

export const widthOf = (scale: TimeScale, from: Seconds, to: Seconds): number =>
  (to - from) * scale.pxPerSecond;

export const scaleWidth = (scale: TimeScale): number => widthOf(scale, scale.domain.start, scale.domain.end);

export interface Tick {
  t: Seconds;
  label: string;
}

/** Label steps a planner reads at a glance, in minutes. */
const STEPS_MINUTES = [5, 10, 15, 30, 60, 120, 180, 240, 360] as const;

/** Labels this far apart, at least, fit "10:30" with room to spare. */
const MIN_TICK_GAP_PX = 56;

/** The finest round step between clock labels that leaves room for each. */
export function tickStep(scale: TimeScale): Seconds {
  const minutes =
    STEPS_MINUTES.find((m) => m * 60 * scale.pxPerSecond >= MIN_TICK_GAP_PX) ?? STEPS_MINUTES.at(-1)!;
  return minutes * 60;
}

/** Clock labels on round times, `tickStep` apart. */
export function clockTicks(scale: TimeScale): Tick[] {
  const step = tickStep(scale);
  const ticks: Tick[] = [];
  for (let t = Math.ceil(scale.domain.start / step) * step; t <= scale.domain.end; t += step) {
    ticks.push({ t, label: formatClock(t) });
  }
  return ticks;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 32;

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/**
 * Where to scroll after the scale changes so that the time under `anchorPx`
 * (from the left edge of the visible track) stays under it.
 */
export function scrollLeftKeeping(
  scrollLeft: number,
  anchorPx: number,
  oldPxPerSecond: number,
  newPxPerSecond: number,
): number {
  return Math.max(0, ((scrollLeft + anchorPx) * newPxPerSecond) / oldPxPerSecond - anchorPx);
}
