/**
 * While the page draws a plan a solve streamed, the solve backs off
 * (`givingWay.ts`): each plan raises the shared `drawing` signal, and the
 * page's next idle period lowers it. The worker bounds each back-off by
 * itself, so a page that never idles only costs the solve that bound.
 */
import { DRAWING_BACK_OFF_MAX_MS, SIGNAL } from '../domain/solve.ts';

/** Calls back once the page is idle, or after `timeoutMs` at the latest. */
export type WhenIdle = (callback: () => void, timeoutMs: number) => void;

/**
 * The browser's idle callback; where there is none (Safari), once the next
 * frame is drawn; null outside a page.
 */
export const pageIdle: WhenIdle | null =
  typeof requestIdleCallback === 'function'
    ? (callback, timeout) => requestIdleCallback(callback, { timeout })
    : typeof requestAnimationFrame === 'function'
      ? (callback) => requestAnimationFrame(() => setTimeout(callback, 0))
      : null;

/** A function to call as each streamed plan reaches the page; it does nothing without signals or idle callbacks. */
export function drawingBackOff(signals: Int32Array | null, whenIdle: WhenIdle | null = pageIdle): () => void {
  if (!signals || !whenIdle) return () => {};
  const lower = () => {
    Atomics.store(signals, SIGNAL.drawing, 0);
    Atomics.notify(signals, SIGNAL.drawing);
  };
  return () => {
    Atomics.store(signals, SIGNAL.drawing, 1);
    whenIdle(lower, DRAWING_BACK_OFF_MAX_MS);
  };
}
