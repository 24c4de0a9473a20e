/**
 * A mouse drag of the map, as a planner pans it, with every frame the page
 * draws meanwhile: what `bench:pan` measures over a still plan and
 * `bench:live --pan` while the worker solves.
 */
import type { Page } from '@playwright/test';
import { median } from './cli.ts';

/** The drag: the pointer circles this far from the canvas centre, once every `DRAG_LAP_MS` (about 500 px/s). */
export const DRAG_RADIUS_PX = 120;
export const DRAG_LAP_MS = 1500;

/** What the page drew during one drag. */
export interface DragFigures {
  frames: number;
  fps: number;
  frameMsMedian: number;
  frameMsP95: number;
  longestFrameMs: number;
  mapRenders: number;
  mapFps: number;
  mouseMoves: number;
  panMs: number;
}

/** Drags the map around the circle for `durationMs`; with `record`, the frames drawn meanwhile. */
export async function dragMap(page: Page, durationMs: number, record: boolean): Promise<DragFigures | null> {
  const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('the map canvas is not on the page');
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(centre.x + DRAG_RADIUS_PX, centre.y);
  await page.mouse.down();
  if (record) await page.evaluate(startRecording);
  const start = performance.now();
  let moves = 0;
  for (let elapsed = 0; elapsed < durationMs; elapsed = performance.now() - start) {
    const angle = (2 * Math.PI * elapsed) / DRAG_LAP_MS;
    await page.mouse.move(
      centre.x + DRAG_RADIUS_PX * Math.cos(angle),
      centre.y + DRAG_RADIUS_PX * Math.sin(angle),
      {
        steps: 2,
      },
    );
    moves += 2;
  }
  const recorded = record ? await page.evaluate(stopRecording) : null;
  await page.mouse.up();
  return recorded && figures(recorded.frames, recorded.renders, moves);
}

function figures(times: number[], renders: number, moves: number): DragFigures {
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const spanMs = times.at(-1)! - times[0]!;
  return {
    frames: intervals.length,
    fps: (intervals.length / spanMs) * 1000,
    frameMsMedian: median(intervals),
    frameMsP95: sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!,
    longestFrameMs: sorted.at(-1)!,
    mapRenders: renders,
    mapFps: (renders / spanMs) * 1000,
    mouseMoves: moves,
    panMs: spanMs,
  };
}

declare global {
  interface Window {
    /** The frames `startRecording` has seen so far. */
    dragBench?: { frames: number[]; renders: number; on: boolean; onRender: () => void };
  }
}

/** In the page: every requestAnimationFrame timestamp, and every frame the map draws, until `stopRecording`. */
function startRecording(): void {
  const recording = { frames: [] as number[], renders: 0, on: true, onRender: () => recording.renders++ };
  window.dragBench = recording;
  window.dispatchStudioMap!.on('render', recording.onRender);
  const tick = (time: number) => {
    recording.frames.push(time);
    if (recording.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopRecording(): { frames: number[]; renders: number } {
  const recording = window.dragBench!;
  recording.on = false;
  window.dispatchStudioMap!.off('render', recording.onRender);
  return { frames: recording.frames, renders: recording.renders };
}
