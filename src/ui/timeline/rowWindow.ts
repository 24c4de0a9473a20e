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
