import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampZoom, MAX_ZOOM, MIN_ZOOM, scrollLeftKeeping } from './timeScale.ts';

/** Each press of Zoom in or Zoom out. */
const BUTTON_FACTOR = 1.5;
/** Ctrl+wheel: zoom per pixel of wheel travel, so a trackpad pinch and a mouse notch both feel right. */
const WHEEL_RATE = 0.002;

export interface TimelineZoom {
  /** 1: the whole day fits the visible track; 2: half of it does. */
  zoom: number;
  zoomIn: () => void;
  zoomOut: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

/**
 * Horizontal zoom of the timeline in `viewport` (its scrolling element),
 * whose track starts `trackLeft` pixels from its left edge (past the sticky
 * row labels). Zooming keeps the time under the pointer (Ctrl+wheel) or in
 * the middle of the track (buttons) where it was, by scrolling to match.
 */
export function useTimelineZoom(viewport: HTMLElement | null, trackLeft: number): TimelineZoom {
  const [zoom, setZoom] = useState(MIN_ZOOM);
  // The wheel listener outlives renders: it reads the zoom here, not from a stale closure.
  const zoomRef = useRef(zoom);
  const pendingScrollLeft = useRef<number | null>(null);

  const zoomBy = useCallback(
    (factor: number, anchorPx: number | null) => {
      const old = zoomRef.current;
      const next = clampZoom(old * factor);
      if (!viewport || next === old) return;
      const anchor = anchorPx ?? (viewport.clientWidth - trackLeft) / 2;
      // Scale and scroll change together: the scroll is applied once the wider track is laid out.
      pendingScrollLeft.current = scrollLeftKeeping(viewport.scrollLeft, anchor, old, next);
      zoomRef.current = next;
      setZoom(next);
    },
    [viewport, trackLeft],
  );

  useLayoutEffect(() => {
    if (viewport && pendingScrollLeft.current !== null) viewport.scrollLeft = pendingScrollLeft.current;
    pendingScrollLeft.current = null;
  }, [viewport, zoom]);

  useEffect(() => {
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      // Not passive: Ctrl+wheel would otherwise zoom the whole page.
      event.preventDefault();
      const anchor = event.clientX - viewport.getBoundingClientRect().left - trackLeft;
      zoomBy(Math.exp(-event.deltaY * WHEEL_RATE), Math.max(0, anchor));
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [viewport, trackLeft, zoomBy]);

  return {
    zoom,
    zoomIn: () => zoomBy(BUTTON_FACTOR, null),
    zoomOut: () => zoomBy(1 / BUTTON_FACTOR, null),
    canZoomIn: zoom < MAX_ZOOM,
    canZoomOut: zoom > MIN_ZOOM,
  };
}
