/**
 * Which rows of a long, fixed-height list a viewport shows. Pure arithmetic
 * behind `useVirtualRows`: the list renders these rows and nothing else.
 */

export interface RowRange {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows under the viewport, plus `overscan` on each side so a quick scroll shows no blank. */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowRange {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}

/** The scroll offset that brings row `index` fully into view, moving as little as possible. */
export function scrollTopShowing(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

export interface CanvasWindow {
  /** Where the canvas's top-left pixel is in the content: x along the track, y down the rows. */
  x: number;
  y: number;
  /** Its size: the room the viewport has for the content, or the content's size when that is smaller. */
  width: number;
  height: number;
}

/**
 * The part of a scrolled content a canvas shows when it is kept in view with
 * `position: sticky` at the content's top-left corner: sticky stops it at the
 * content's far edges, so at the end of a scroll it shows the content's last
 * `width` × `height` pixels.
 */
export function stickyWindow(
  room: { width: number; height: number },
  scroll: { left: number; top: number },
  content: { width: number; height: number },
): CanvasWindow {
  const width = Math.max(0, Math.min(room.width, content.width));
  const height = Math.max(0, Math.min(room.height, content.height));
  return {
    x: Math.max(0, Math.min(scroll.left, content.width - width)),
    y: Math.max(0, Math.min(scroll.top, content.height - height)),
    width,
    height,
  };
}
