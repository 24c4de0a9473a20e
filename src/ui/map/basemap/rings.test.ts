import { describe, expect, it } from 'vitest';
import { assembleRings } from './rings.ts';

describe('assembleRings', () => {
  it('joins pieces listed in any order and drawn in either direction', () => {
    expect(
      assembleRings([
        [1, 2],
        [3, 4, 1],
        [3, 2],
      ]),
    ).toEqual([[1, 2, 3, 4, 1]]);
  });

  it('keeps rings that are already closed', () => {
    expect(assembleRings([[5, 6, 7, 5]])).toEqual([[5, 6, 7, 5]]);
  });

  it('drops a chain that does not close, and keeps the rings beside it', () => {
    expect(
      assembleRings([
        [1, 2],
        [2, 3],
        [7, 8, 9, 7],
      ]),
    ).toEqual([[7, 8, 9, 7]]);
  });

  it('drops degenerate pieces and rings without three corners', () => {
    expect(assembleRings([[1], [1, 2, 1], []])).toEqual([]);
  });
});
