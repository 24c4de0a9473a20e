/**
 * Paints track shapes on a 2D canvas in the timeline's colours. The colours
 * stay in `timeline.css` (the legend's swatches use the same custom
 * properties), read once from the element the canvas sits in.
 */
import type { TrackPaint, TrackShape } from './trackShapes.ts';

export interface TrackColors {
  fills: Record<TrackPaint, string | CanvasPattern>;
  /** The selected order's blocks are outlined in it. */
  outline: string;
}

const FILL_PROPERTIES: Record<Exclude<TrackPaint, 'idle'>, string> = {
  shift: '--tl-shift',
  pick: '--tl-pick',
  drive: '--tl-drive',
  wait: '--tl-wait',
  handoff: '--tl-handoff',
  late: '--tl-late',
  load: '--tl-load',
};

/** The shift band's corners, as the legend's swatches have them. */
const SHIFT_RADIUS_PX = 3;
/** The on-board bar is see-through, as the blocks above it are not. */
const LOAD_ALPHA = 0.75;
/** The outline's width, drawn outside the block as a CSS outline is. */
const OUTLINE_PX = 2;
/** Idle stretches are hatched: a hairline every this many pixels, rising to the right. */
const HATCH_PX = 5;

export function trackColors(element: Element, ctx: CanvasRenderingContext2D): TrackColors {
  const style = getComputedStyle(element);
  const read = (property: string) => style.getPropertyValue(property).trim();
  const fills = Object.fromEntries(
    Object.entries(FILL_PROPERTIES).map(([paint, property]) => [paint, read(property)]),
  ) as Record<Exclude<TrackPaint, 'idle'>, string>;
  return {
    fills: { ...fills, idle: hatch(ctx, read('--tl-idle-line')) },
    outline: read('--tl-outline'),
  };
}

function hatch(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = HATCH_PX;
  tile.height = HATCH_PX;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.strokeStyle = color;
  g.lineWidth = 1;
  g.beginPath();
  // The diagonal and the two corners it continues into, so tiles join up.
  g.moveTo(0, HATCH_PX);
  g.lineTo(HATCH_PX, 0);
  g.moveTo(-1, 1);
  g.lineTo(1, -1);
  g.moveTo(HATCH_PX - 1, HATCH_PX + 1);
  g.lineTo(HATCH_PX + 1, HATCH_PX - 1);
  g.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** The shapes that reach into `[fromX, toX)`, in order, then the selected ones' outlines over them. */
export function paintShapes(
  ctx: CanvasRenderingContext2D,
  shapes: readonly TrackShape[],
  colors: TrackColors,
  fromX: number,
  toX: number,
): void {
  const outlined: TrackShape[] = [];
  for (const shape of shapes) {
    if (shape.x + shape.width < fromX || shape.x > toX) continue;
    ctx.globalAlpha = shape.paint === 'load' ? LOAD_ALPHA : 1;
    ctx.fillStyle = colors.fills[shape.paint];
    if (shape.paint === 'shift') {
      ctx.beginPath();
      ctx.roundRect(shape.x, shape.y, shape.width, shape.height, SHIFT_RADIUS_PX);
      ctx.fill();
    } else {
      ctx.fillRect(shape.x, shape.y, shape.width, shape.height);
    }
    if (shape.selected) outlined.push(shape);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colors.outline;
  ctx.lineWidth = OUTLINE_PX;
  const half = OUTLINE_PX / 2;
  for (const shape of outlined)
    ctx.strokeRect(shape.x - half, shape.y - half, shape.width + OUTLINE_PX, shape.height + OUTLINE_PX);
}
