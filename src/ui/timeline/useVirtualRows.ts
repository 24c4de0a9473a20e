import { useCallback, useEffect, useState } from 'react';
import { type RowRange, scrollTopShowing, visibleRows } from './rowWindow.ts';

export interface VirtualRows {
  /** The rows to render: those in view and a few either side. */
  range: RowRange;
  /** Height of the whole list, so the scroll bar is that of every row. */
  totalHeight: number;
  /** Scrolls as little as needed to show row `index` whole. */
  showRow: (index: number) => void;
}

/**
 * Windowing for a list of fixed-height rows inside a scrolling `viewport`:
 * only the rows in view are rendered, so hundreds of rows cost what ten do.
 * `rowsHeight` is the part of the viewport the rows show through (below a
 * sticky header). Re-renders only when the range of rows in view changes,
 * not on every scroll event.
 */
export function useVirtualRows(
  viewport: HTMLElement | null,
  rowsHeight: number,
  count: number,
  rowHeight: number,
  overscan = 3,
): VirtualRows {
  const [scrollTop, setScrollTop] = useState(0);
  // Rounded down to whole rows: scrolling within a row leaves the range, and so the state, as it is.
  useEffect(() => {
    if (!viewport) return;
    const onScroll = () => setScrollTop(Math.floor(viewport.scrollTop / rowHeight) * rowHeight);
    onScroll();
    viewport.addEventListener('scroll', onScroll, { passive: true });
    return () => viewport.removeEventListener('scroll', onScroll);
  }, [viewport, rowHeight]);

  // A partly shown row below the rounded offset is still in view: one more row covers it.
  const range = visibleRows(scrollTop, rowsHeight + rowHeight, rowHeight, count, overscan);
  const showRow = useCallback(
    (index: number) => {
      // Before the viewport is measured there is no view to bring the row into.
      if (viewport && rowsHeight > 0)
        viewport.scrollTop = scrollTopShowing(index, viewport.scrollTop, rowsHeight, rowHeight);
    },
    [viewport, rowsHeight, rowHeight],
  );
  return { range, totalHeight: count * rowHeight, showRow };
}
