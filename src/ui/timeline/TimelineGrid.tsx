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
import { TrackCanvas } from './TrackCanvas.tsx';
import { AXIS_HEIGHT, LABEL_WIDTH } from './timelineLayout.ts';
import { scaleWidth, type TimeScale, tickStep, xOf } from './timeScale.ts';
import { shapeAt, type TrackShape } from './trackShapes.ts';
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
  /** Tracks painted on a canvas; without it, each row's track is whatever `renderRow` draws. */
  canvas?: CanvasTracks<Row>;
  scale: TimeScale;
  /** The scrolling element, shared with the zoom. */
  viewport: HTMLDivElement | null;
  setViewport: (element: HTMLDivElement | null) => void;
  viewportHeight: number;
}

/**
 * Each row's track as painted shapes. The pointer on a shape shows its
 * tooltip; a click on one that stands for an order selects the order.
 */
export interface CanvasTracks<Row> {
  shapesOf: (row: Row) => readonly TrackShape[];
  onSelectOrder: (orderId: string) => void;
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
  const { rows, rowHeight, rowKey, selectedKey, scale, viewport, canvas } = props;
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
  /** The painted shape under the pointer, with the track element it is on. */
  const shapeUnder = (event: MouseEvent<HTMLDivElement>) => {
    const track = (event.target as Element).closest<HTMLElement>('.timeline-track');
    const index = indexOf(event.target);
    if (!canvas || !track || index < 0) return null;
    const box = track.getBoundingClientRect();
    const shape = shapeAt(canvas.shapesOf(rows[index]!), event.clientX - box.left, event.clientY - box.top);
    return { track, shape };
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const orderId = shapeUnder(event)?.shape?.orderId;
    if (orderId) return canvas!.onSelectOrder(orderId);
    const index = indexOf(event.target);
    if (index >= 0) props.onSelect(rows[index]!);
  };
  // The canvas has no elements to carry tooltips: the track under it takes the shape's, as the pointer moves.
  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    const under = shapeUnder(event);
    if (!under) return;
    const title = under.shape?.title() ?? '';
    if (under.track.title !== title) under.track.title = title;
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
        onMouseMove={canvas ? onMouseMove : undefined}
        onFocus={onFocus}
      >
        {rendered}
        {canvas && (
          <TrackCanvas
            rows={rows}
            rowHeight={rowHeight}
            trackWidth={trackWidth}
            shapesOf={canvas.shapesOf}
            viewport={viewport}
          />
        )}
      </div>
    </div>
  );
}
