import {
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { TimeAxis } from './TimeAxis.tsx';
import { AXIS_HEIGHT, LABEL_WIDTH } from './timelineLayout.ts';
import { scaleWidth, type TimeScale, tickStep, xOf } from './timeScale.ts';
import { useVirtualRows } from './useVirtualRows.ts';

export interface TimelineGridProps<Row> {
  /** The list's accessible name. */
  label: string;
  rows: readonly Row[];
  rowHeight: number;
  rowKey: (row: Row) => string;
  /** The row's accessible name, which says what its blocks show. */
  rowName: (row: Row) => string;
  /** The row's label cell and track, memoised by the caller so a new plan redraws only rows in view. */
  renderRow: (row: Row) => ReactNode;
  /** The row the store has selected: highlighted, and scrolled into view when the selection changes. */
  selectedKey: string | null;
  onSelect: (row: Row) => void;
  /** A click on a block that stands for an order (`data-order-id`). */
  onSelectOrder: (orderId: string) => void;
  scale: TimeScale;
  /** The scrolling element, shared with the zoom. */
  viewport: HTMLDivElement | null;
  setViewport: (element: HTMLDivElement | null) => void;
  viewportHeight: number;
}

const indexOf = (element: EventTarget): number => {
  const row = (element as Element).closest?.('[data-index]');
  return row ? Number(row.getAttribute('data-index')) : -1;
};

/**
 * Rows on a shared time axis, as a listbox: a clock axis and row labels that
 * stay in view while the track scrolls both ways, only the rows in view
 * rendered, one tab stop with the arrow keys moving between rows, Enter or
 * Space (or a click) selecting one.
 */
export function TimelineGrid<Row>(props: TimelineGridProps<Row>) {
  const { rows, rowHeight, rowKey, selectedKey, scale, viewport } = props;
  const { range, totalHeight, showRow } = useVirtualRows(
    viewport,
    props.viewportHeight - AXIS_HEIGHT,
    rows.length,
    rowHeight,
  );
  const [active, setActive] = useState(0);
  // Set by the arrow keys: the row to focus once it is rendered (it may be scrolled in first).
  const focusPending = useRef(false);

  // Follows the store: a shopper picked on the map or in the panel is scrolled to here.
  // An effect event reads the rows without depending on them, so a new plan does not scroll
  // away from where the planner is looking; only a new selection (or a new, measured viewport) does.
  const followSelection = useEffectEvent((key: string) => {
    const index = rows.findIndex((row) => rowKey(row) === key);
    if (index < 0) return;
    setActive(index);
    showRow(index);
  });
  const measured = props.viewportHeight > AXIS_HEIGHT;
  useEffect(() => {
    if (selectedKey !== null && measured) followSelection(selectedKey);
  }, [selectedKey, measured, viewport]);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const row = viewport?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!row) return;
    row.focus({ preventScroll: true });
    focusPending.current = false;
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    showRow(next);
    focusPending.current = true;
  };
  const pageRows = Math.max(1, Math.floor((props.viewportHeight - AXIS_HEIGHT) / rowHeight) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = indexOf(event.target);
    if (index < 0) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + pageRows),
      PageUp: () => moveTo(index - pageRows),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => props.onSelect(rows[index]!),
      ' ': () => props.onSelect(rows[index]!),
    };
    const action = keys[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const block = (event.target as Element).closest('[data-order-id]');
    if (block) return props.onSelectOrder(block.getAttribute('data-order-id')!);
    const index = indexOf(event.target);
    if (index >= 0) props.onSelect(rows[index]!);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const index = indexOf(event.target);
    if (index >= 0) setActive(index);
  };

  // The one row Tab reaches: the active one while it is rendered, else the first in view.
  const tabStop = active >= range.first && active < range.end ? active : range.first;
  const trackWidth = scaleWidth(scale);
  const step = tickStep(scale);
  const firstTick = Math.ceil(scale.domain.start / step) * step;
  const listStyle: CSSProperties = {
    height: totalHeight,
    width: LABEL_WIDTH + trackWidth,
    // Hour lines behind every row, drawn by the browser rather than as elements.
    backgroundSize: `${step * scale.pxPerSecond}px 100%`,
    backgroundPositionX: LABEL_WIDTH + xOf(scale, firstTick),
  };

  const rendered: ReactNode[] = [];
  for (let index = range.first; index < range.end; index++) {
    const row = rows[index]!;
    const key = rowKey(row);
    rendered.push(
      <div
        key={key}
        role="option"
        className="timeline-row"
        data-index={index}
        data-key={key}
        aria-selected={key === selectedKey}
        aria-posinset={index + 1}
        aria-setsize={rows.length}
        aria-label={props.rowName(row)}
        tabIndex={index === tabStop ? 0 : -1}
        style={{ top: index * rowHeight, height: rowHeight }}
      >
        {props.renderRow(row)}
      </div>,
    );
  }

  return (
    <div
      ref={props.setViewport}
      className="timeline-viewport"
      style={{ '--timeline-label-width': `${LABEL_WIDTH}px` } as CSSProperties}
    >
      <TimeAxis scale={scale} />
      <div
        role="listbox"
        aria-label={props.label}
        className="timeline-rows"
        style={listStyle}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
      >
        {rendered}
      </div>
    </div>
  );
}
