import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../domain/units.ts';
import {
  clampZoom,
  clockTicks,
  MAX_ZOOM,
  scaleWidth,
  scrollLeftKeeping,
  type TimeScale,
  xOf,
} from './timeScale.ts';

/** 8:00–12:00 over 960 px: 4 px a minute. */
const scale: TimeScale = { domain: { start: hours(8), end: hours(12) }, pxPerSecond: 4 / 60 };

describe('time scale', () => {
  it('places times from the start of the domain', () => {
    expect(xOf(scale, hours(8))).toBe(0);
    expect(xOf(scale, hours(9) + minutes(30))).toBeCloseTo(360);
    expect(scaleWidth(scale)).toBeCloseTo(960);
  });

  it('labels the axis on round times, as finely as the room allows', () => {
    // 4 px a minute: 15 minutes is 60 px, the finest step with room for a label.
    expect(clockTicks(scale).map((t) => t.label)).toEqual(
      ['08', '09', '10', '11']
        .flatMap((h) => ['00', '15', '30', '45'].map((m) => `${h}:${m}`))
        .concat('12:00'),
    );
    const zoomedOut = { ...scale, pxPerSecond: 0.5 / 60 };
    expect(clockTicks(zoomedOut).map((t) => t.label)).toEqual(['08:00', '10:00', '12:00']);
  });

  it('starts the labels at the first round time inside the domain', () => {
    const offset = { ...scale, domain: { start: hours(8) + minutes(7), end: hours(9) } };
    expect(clockTicks(offset)[0]!.label).toBe('08:15');
  });

  it('keeps the time under the pointer in place when zooming', () => {
    // At 100 px into the visible track, scrolled 200 px: the time at 300 px. Doubled, it is at 600 px.
    expect(scrollLeftKeeping(200, 100, 1, 2)).toBe(500);
    expect(scrollLeftKeeping(500, 100, 2, 1)).toBe(200);
    expect(scrollLeftKeeping(0, 300, 2, 1)).toBe(0);
  });

  it('zooms between the whole day and a fixed limit', () => {
    expect(clampZoom(0.5)).toBe(1);
    expect(clampZoom(1e6)).toBe(MAX_ZOOM);
  });
});
