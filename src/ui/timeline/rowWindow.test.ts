import { describe, expect, it } from 'vitest';
import { scrollTopShowing, stickyWindow, visibleRows } from './rowWindow.ts';

describe('visibleRows', () => {
  it('renders the rows under the viewport and a few either side', () => {
    // 30 px rows, scrolled 10 rows down, 6 rows tall: rows 10–15 show, 2 more each side.
    expect(visibleRows(300, 180, 30, 500, 2)).toEqual({ first: 8, end: 18 });
  });

  it('includes a row only partly in view', () => {
    expect(visibleRows(315, 180, 30, 500, 0)).toEqual({ first: 10, end: 17 });
  });

  it('stays within the list', () => {
    expect(visibleRows(0, 180, 30, 500, 3)).toEqual({ first: 0, end: 9 });
    expect(visibleRows(14_900, 180, 30, 500, 3)).toEqual({ first: 493, end: 500 });
    expect(visibleRows(600, 180, 30, 4, 3)).toEqual({ first: 17, end: 17 });
    expect(visibleRows(0, 180, 30, 0, 3)).toEqual({ first: 0, end: 0 });
  });
});

describe('scrollTopShowing', () => {
  it('leaves a row already in view where it is', () => {
    expect(scrollTopShowing(11, 300, 180, 30)).toBe(300);
  });

  it('scrolls up to a row above the view, putting it at the top', () => {
    expect(scrollTopShowing(4, 300, 180, 30)).toBe(120);
  });

  it('scrolls down to a row below the view, putting it at the bottom', () => {
    expect(scrollTopShowing(20, 300, 180, 30)).toBe(450);
  });
});

describe('stickyWindow', () => {
  const room = { width: 800, height: 300 };
  const content = { width: 3000, height: 1200 };

  it('shows the content under the scroll offset', () => {
    expect(stickyWindow(room, { left: 500, top: 90 }, content)).toEqual({
      x: 500,
      y: 90,
      width: 800,
      height: 300,
    });
  });

  it('stops at the content’s far edges, where sticky stops the canvas', () => {
    // Past the end, as an elastic scroll can be: the last 800 × 300 pixels.
    expect(stickyWindow(room, { left: 2500, top: 1000 }, content)).toEqual({
      x: 2200,
      y: 900,
      width: 800,
      height: 300,
    });
  });

  it('is no larger than content smaller than the room', () => {
    expect(stickyWindow(room, { left: 0, top: 0 }, { width: 500, height: 90 })).toEqual({
      x: 0,
      y: 0,
      width: 500,
      height: 90,
    });
  });

  it('is empty, not negative, in a viewport too small to show any track', () => {
    expect(stickyWindow({ width: -20, height: -5 }, { left: 0, top: 0 }, content)).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });
});
