/**
 * A shopper's track as the rectangles the timeline's canvas paints, in paint
 * order, in the track's own pixels (x from the start of the time domain, y
 * from the top of the row). Pure, so where a block lands — and which block
 * the pointer is on — is arithmetic the tests can check, and the canvas and
 * the hit test can never disagree.
 *
 * The track was once a few dozen positioned elements per row; each plan a
 * solve streamed in replaced hundreds of them, and the browser's style,
 * layout, layerizing and paint of those elements made most of the page's
 * long tasks while solving.
 */
import {
  type BlockKind,
  blockTitle,
  idleTitle,
  loadTitle,
  type ShopperRow,
  shiftTitle,
} from './timelineRows.ts';
import { type TimeScale, widthOf, xOf } from './timeScale.ts';

/** How a shape is filled: one colour per kind of work, and the rest of the shopper's day. */
export type TrackPaint = 'shift' | 'idle' | BlockKind | 'late' | 'load';

export interface TrackShape {
  paint: TrackPaint;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The order a click on the shape opens: set on picks and handoffs only. */
  orderId: string | null;
  /** Outlined: a pick or handoff of the selected order. */
  selected: boolean;
  /** The tooltip, made only when the pointer is on the shape. */
  title: () => string;
}

/** The load bar's full height, in pixels: the shopper's whole capacity on board. */
const LOAD_BAR_PX = 6;
/** Work blocks: a band across the row (in pixels from its top); driving is a thinner line through its middle. */
export const BLOCK = { y: 5, height: 14 } as const;
const DRIVE = { y: 10, height: 4 } as const;
/** The shift band's margin from the row's top and bottom, and the load bar's from its bottom. */
const SHIFT_MARGIN = 2;
const LOAD_MARGIN = 3;
/** Narrower work blocks still take a pixel, so every stop shows. */
const MIN_BLOCK_PX = 1;
/** A pick or handoff is this wide at least to the pointer, so a short one can still be clicked. */
const MIN_HIT_PX = 5;

/** At least a pixel, so a light load still shows; never past the full bar. */
const loadBarHeight = (items: number, capacity: number) =>
  Math.max(1, LOAD_BAR_PX * Math.min(1, items / Math.max(1, capacity)));

/**
 * The row's shapes, in paint order: shift band, idle stretches, work blocks,
 * then what is on board between stops along the bottom. `trackHeight` is the
 * room inside the row; `selectedOrderId` the order to outline.
 */
export function shopperTrackShapes(
  row: ShopperRow,
  scale: TimeScale,
  trackHeight: number,
  selectedOrderId: string | null,
): TrackShape[] {
  const along = (start: number, end: number) => ({ x: xOf(scale, start), width: widthOf(scale, start, end) });
  const shapes: TrackShape[] = [
    {
      paint: 'shift',
      ...along(row.shift.start, row.shift.end),
      y: SHIFT_MARGIN,
      height: trackHeight - 2 * SHIFT_MARGIN,
      orderId: null,
      selected: false,
      title: () => shiftTitle(row.shift),
    },
  ];
  for (const gap of row.idle) {
    shapes.push({
      paint: 'idle',
      ...along(gap.start, gap.end),
      ...BLOCK,
      orderId: null,
      selected: false,
      title: () => idleTitle(gap),
    });
  }
  for (const block of row.blocks) {
    const { x, width } = along(block.start, block.end);
    shapes.push({
      paint: block.late ? 'late' : block.kind,
      x,
      width: Math.max(MIN_BLOCK_PX, width),
      ...(block.kind === 'drive' ? DRIVE : BLOCK),
      orderId: block.orderId,
      selected: block.orderId !== null && block.orderId === selectedOrderId,
      title: () => blockTitle(block),
    });
  }
  for (const step of row.loads) {
    const height = loadBarHeight(step.load.items, row.capacityItems);
    shapes.push({
      paint: 'load',
      ...along(step.start, step.end),
      y: trackHeight - LOAD_MARGIN - height,
      height,
      orderId: null,
      selected: false,
      title: () => loadTitle(step),
    });
  }
  return shapes;
}

const contains = (shape: TrackShape, x: number, y: number, minWidth: number) => {
  const slack = Math.max(0, minWidth - shape.width) / 2;
  return (
    x >= shape.x - slack && x <= shape.x + shape.width + slack && y >= shape.y && y <= shape.y + shape.height
  );
};

/** What lies under the work: the pointer takes a short pick or handoff near it over these. */
const isBackground = (shape: TrackShape) => shape.paint === 'shift' || shape.paint === 'idle';

/**
 * The shape under the pointer: the topmost painted there, unless that is
 * only the shift or an idle stretch and a pick or handoff is within a few
 * pixels (each counts as `MIN_HIT_PX` wide, so a short one can be clicked;
 * of two that close, the one the pointer is nearer); null over empty track.
 */
export function shapeAt(shapes: readonly TrackShape[], x: number, y: number): TrackShape | null {
  const painted = shapes.findLast((shape) => contains(shape, x, y, 0)) ?? null;
  if (painted && !isBackground(painted)) return painted;
  let order: TrackShape | null = null;
  let nearest = Number.POSITIVE_INFINITY;
  for (const shape of shapes) {
    if (shape.orderId === null || !contains(shape, x, y, MIN_HIT_PX)) continue;
    const distance = Math.abs(shape.x + shape.width / 2 - x);
    if (distance < nearest) {
      order = shape;
      nearest = distance;
    }
  }
  return order ?? painted;
}
