/**
 * Reading the timeline's shopper tracks as a user sees them: they are painted
 * on a canvas, so a test finds a block where its time puts it on the clock
 * axis, reads the pixel there, and hovers it for its tooltip.
 */
import type { Locator, Page } from '@playwright/test';
import { BLOCK } from '../src/ui/timeline/trackShapes.ts';

export interface DrawnStop {
  orderId: string;
  kind: 'pickup' | 'delivery';
  /** A handoff after the order's window, painted as late. */
  late: boolean;
  /** The middle of the stop's block, in page pixels. */
  x: number;
  y: number;
  /** The block's width on screen: a short one is a pixel, blended with its neighbours. */
  widthPx: number;
}

/** A row inside the outline around a selected block: it is 2 px wide, outside the block's top edge. */
export const OUTLINE_Y_PX = BLOCK.y - 1;

/** The timeline's clock axis as read off its first two labels: page x ↔ time of day, in seconds. */
export async function clockAxis(page: Page) {
  const [a, b] = await page.evaluate(() =>
    [...document.querySelectorAll('.timeline-tick')].slice(0, 2).map((tick) => {
      const [h, m] = tick.textContent!.split(':').map(Number);
      return { seconds: h! * 3600 + m! * 60, x: tick.getBoundingClientRect().left };
    }),
  );
  const pxPerSecond = (b!.x - a!.x) / (b!.seconds - a!.seconds);
  return {
    pxPerSecond,
    xOf: (seconds: number) => a!.x + (seconds - a!.seconds) * pxPerSecond,
    secondsAt: (x: number) => a!.seconds + (x - a!.x) / pxPerSecond,
  };
}

/** Every stop of the shopper's route, where the timeline paints its block in `row`. */
export async function drawnStops(page: Page, row: Locator, shopperId: string): Promise<DrawnStop[]> {
  const track = (await row.locator('.timeline-track').boundingBox())!;
  const axis = await clockAxis(page);
  const stops = await page.evaluate((shopperId) => {
    const route = window.dispatchStudio!.getState().plan!.routes.find((r) => r.shopperId === shopperId)!;
    return route.trips.flatMap((trip) => trip.stops);
  }, shopperId);
  return stops.map((stop) => {
    const widthPx = Math.max(1, (stop.departure - stop.start) * axis.pxPerSecond);
    return {
      orderId: stop.orderId,
      kind: stop.kind,
      late: stop.kind === 'delivery' && stop.lateness > 0,
      x: axis.xOf(stop.start) + widthPx / 2,
      y: track.y + BLOCK.y + BLOCK.height / 2,
      widthPx,
    };
  });
}

/** The timeline canvas's colour at a page point, as `rgb(r, g, b)` (transparent: null). */
export function canvasColorAt(page: Page, x: number, y: number): Promise<string | null> {
  return page.evaluate(
    ({ x, y }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.timeline-canvas canvas')!;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const [r, g, b, alpha] = canvas
        .getContext('2d')!
        .getImageData(Math.floor((x - box.left) * ratio), Math.floor((y - box.top) * ratio), 1, 1).data;
      return alpha === 0 ? null : `rgb(${r}, ${g}, ${b})`;
    },
    { x, y },
  );
}

/** A timeline colour by its custom property, as the canvas paints it: `rgb(r, g, b)`. */
export function timelineColor(page: Page, property: string): Promise<string> {
  return page.evaluate((property) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${property})`;
    document.querySelector('.timeline')!.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, property);
}

/** The tooltip the track shows with the pointer at a page point. */
export async function tooltipAt(page: Page, row: Locator, x: number, y: number): Promise<string | null> {
  await page.mouse.move(x, y);
  return row.locator('.timeline-track').getAttribute('title');
}
