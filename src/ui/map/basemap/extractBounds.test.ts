import { describe, expect, it } from 'vitest';
import { extractBounds, nodeBounds } from './extractBounds.ts';
import { testExtract } from './testExtract.ts';

describe('extractBounds', () => {
  const extract = testExtract(
    [
      [1, 2],
      [3, 4],
      [-20, -30],
      [2, 5],
    ],
    [
      { nodes: [0, 1], tags: { highway: 'residential' } },
      { nodes: [1, 3], tags: { highway: 'service' } },
      { nodes: [2, 0], tags: { natural: 'coastline' } },
    ],
  );

  it('bounds the streets, not the whole ways that reach beyond the cut', () => {
    expect(extractBounds(extract)).toEqual([
      [1, 2],
      [3, 5],
    ]);
    expect(nodeBounds(extract)).toEqual([
      [-20, -30],
      [3, 5],
    ]);
  });

  it('falls back to every node without streets, and to null without nodes', () => {
    expect(extractBounds(testExtract([[7, 8]], []))).toEqual([
      [7, 8],
      [7, 8],
    ]);
    expect(extractBounds(testExtract([], []))).toBeNull();
  });
});
