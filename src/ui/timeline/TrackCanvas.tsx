import { useEffect, useEffectEvent, useRef } from 'react';
import { type CanvasWindow, stickyWindow } from './rowWindow.ts';
import { AXIS_HEIGHT, LABEL_WIDTH } from './timelineLayout.ts';
import { paintShapes, type TrackColors, trackColors } from './trackPainting.ts';
import type { TrackShape } from './trackShapes.ts';

interface Props<Row> {
  rows: readonly Row[];
  rowHeight: number;
  trackWidth: number;
  /** The row's shapes, in paint order, in its track's pixels. */
  shapesOf: (row: Row) => readonly TrackShape[];
  /** The scrolling element the rows are in. */
  viewport: HTMLDivElement | null;
}

/**
 * Every row's track painted on one canvas, kept in view over the scrolling
 * rows with `position: sticky`: a new plan repaints a canvas instead of
 * restyling and laying out hundreds of elements. The canvas is the size of
 * the view, not of the track (which zooms to many times the view's width).
 * Painted on the next frame after a render or a scroll, once however many;
 * clicks and the pointer go to the rows under it.
 */
export function TrackCanvas<Row>({ rows, rowHeight, trackWidth, shapesOf, viewport }: Props<Row>) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const colors = useRef<TrackColors | null>(null);

  const paint = useEffectEvent(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !viewport) return;
    const view = stickyWindow(
      { width: viewport.clientWidth - LABEL_WIDTH, height: viewport.clientHeight - AXIS_HEIGHT },
      { left: viewport.scrollLeft, top: viewport.scrollTop },
      { width: trackWidth, height: rows.length * rowHeight },
    );
    const ratio = window.devicePixelRatio || 1;
    fit(canvas, view, ratio);
    colors.current ??= trackColors(canvas, ctx);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    const first = Math.floor(view.y / rowHeight);
    const end = Math.min(rows.length, Math.ceil((view.y + view.height) / rowHeight));
    for (let index = first; index < end; index++) {
      ctx.setTransform(ratio, 0, 0, ratio, -view.x * ratio, (index * rowHeight - view.y) * ratio);
      paintShapes(ctx, shapesOf(rows[index]!), colors.current, view.x, view.x + view.width);
    }
  });

  // At most once a frame, however many renders and scroll events come before it: a canvas drawn
  // again before the GPU has shown the last drawing makes the page wait for the GPU (seen as
  // 300–500 ms tasks in headless Chromium, whose software GPU is busy with the map).
  const frame = useRef(0);
  const schedule = useEffectEvent(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      paint();
    });
  });
  useEffect(() => schedule());
  useEffect(() => {
    const onScroll = () => schedule();
    viewport?.addEventListener('scroll', onScroll, { passive: true });
    return () => viewport?.removeEventListener('scroll', onScroll);
  }, [viewport]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Hidden from assistive technology: each row's accessible name says what its track shows.
  return (
    <div className="timeline-canvas" style={{ top: AXIS_HEIGHT }} aria-hidden="true">
      <canvas ref={canvasRef} />
    </div>
  );
}

/** Sizes the canvas to the view, sharp on high-density screens; left alone (and so not cleared twice) when it fits. */
function fit(canvas: HTMLCanvasElement, view: CanvasWindow, ratio: number): void {
  const width = Math.round(view.width * ratio);
  const height = Math.round(view.height * ratio);
  if (canvas.width === width && canvas.height === height) return;
  canvas.width = width;
  canvas.height = height;
  canvas.style.width = `${view.width}px`;
  canvas.style.height = `${view.height}px`;
}
