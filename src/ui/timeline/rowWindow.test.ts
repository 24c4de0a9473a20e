import { describe, expect, it } from 'vitest';
import { scrollTopShowing, visibleRows } from './rowWindow.ts';

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
