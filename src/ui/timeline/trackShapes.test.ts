import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../domain/units.ts';
import type { ShopperRow } from './timelineRows.ts';
import type { TimeScale } from './timeScale.ts';
import { shapeAt, shopperTrackShapes } from './trackShapes.ts';

/** A time of day: `at(10, 5)` is 10:05. */
const at = (h: number, m = 0) => hours(h) + minutes(m);
/** From 8:00, a pixel a minute. */
const scale: TimeScale = { domain: { start: at(8), end: at(12) }, pxPerSecond: 1 / 60 };
const TRACK = 29;

const row: ShopperRow = {
  shopperId: 'p1',
  name: 'Ana',
  index: 0,
  shift: { start: at(9), end: at(11) },
  capacityItems: 40,
  blocks: [
    { kind: 'pick', start: at(9), end: at(9, 10), orderId: 'o1', late: false },
    { kind: 'drive', start: at(9, 10), end: at(9, 30), orderId: null, late: false },
    { kind: 'wait', start: at(9, 30), end: at(9, 35), orderId: null, late: false },
    // Shorter than a pixel at this scale.
    { kind: 'handoff', start: at(9, 35), end: at(9, 35) + 20, orderId: 'o1', late: true },
  ],
  idle: [{ start: at(9, 36), end: at(11) }],
  loads: [{ start: at(9, 10), end: at(9, 35), load: { orders: 1, items: 20, bags: 2 } }],
  stops: 2,
  batches: 1,
  lateOrders: 1,
};

describe('shopperTrackShapes', () => {
  const shapes = shopperTrackShapes(row, scale, TRACK, null);

  it('paints the shift, then idle stretches, then the work, then what is on board', () => {
    expect(shapes.map((s) => s.paint)).toEqual(['shift', 'idle', 'pick', 'drive', 'wait', 'late', 'load']);
  });

  it('places each shape on the time axis, work as a band and driving as a line through it', () => {
    const [shift, idle, pick, drive, wait, handoff, load] = shapes;
    expect(shift).toMatchObject({ x: 60, width: 120, y: 2, height: TRACK - 4 });
    expect(idle).toMatchObject({ x: 96, width: 84, y: 5, height: 14 });
    expect(pick).toMatchObject({ x: 60, width: 10, y: 5, height: 14, orderId: 'o1' });
    expect(drive).toMatchObject({ x: 70, width: 20, y: 10, height: 4, orderId: null });
    expect(wait).toMatchObject({ x: 90, width: 5, orderId: null });
    // A late handoff, a third of a pixel long, still shows as one.
    expect(handoff).toMatchObject({ x: 95, width: 1, orderId: 'o1' });
    // Half the shopper's capacity on board: half the bar's 6 px, along the bottom.
    expect(load).toMatchObject({ x: 70, width: 25, height: 3, y: TRACK - 3 - 3 });
  });

  it('outlines the selected order’s pick and handoff, nothing else', () => {
    const selected = shopperTrackShapes(row, scale, TRACK, 'o1').filter((s) => s.selected);
    expect(selected.map((s) => s.paint)).toEqual(['pick', 'late']);
    expect(shopperTrackShapes(row, scale, TRACK, 'o9').some((s) => s.selected)).toBe(false);
  });

  it('titles each shape as the planner reads it', () => {
    expect(shapes.map((s) => s.title())).toEqual([
      'Shift 09:00–11:00',
      'Idle 09:36–11:00 (1 h 24 min)',
      'Pick o1 09:00–09:10 (10 min)',
      'Drive 09:10–09:30 (20 min)',
      'Wait 09:30–09:35 (5 min)',
      'Handoff o1 09:35–09:35 (0 min), late',
      'On board 09:10–09:35: 1 order, 20 items, 2 bags',
    ]);
  });
});

describe('shapeAt', () => {
  const shapes = shopperTrackShapes(row, scale, TRACK, null);
  const paintAt = (x: number, y: number) => shapeAt(shapes, x, y)?.paint ?? null;

  it('finds the block under the pointer', () => {
    expect(paintAt(65, 12)).toBe('pick');
    expect(paintAt(80, 12)).toBe('drive');
    expect(paintAt(92, 12)).toBe('wait');
  });

  it('takes a short pick or handoff from a few pixels off, but never over the block the pointer is on', () => {
    expect(paintAt(97, 12)).toBe('late');
    expect(shapeAt(shapes, 97, 12)?.orderId).toBe('o1');
    expect(paintAt(93.5, 12)).toBe('wait');
  });

  it('falls back to the topmost shape painted there, and to nothing off the shift', () => {
    // Above the drive line, between its band: the shift band under it.
    expect(paintAt(80, 6)).toBe('shift');
    expect(paintAt(150, 12)).toBe('idle');
    expect(paintAt(80, TRACK - 4)).toBe('load');
    expect(paintAt(30, 12)).toBeNull();
  });
});
