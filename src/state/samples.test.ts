import { describe, expect, it } from 'vitest';
import { parseSampleIndex } from './samples.ts';

describe('parseSampleIndex', () => {
  it('keeps the well-formed entries', () => {
    const baltimore = { name: 'baltimore', title: 'Baltimore harbour', url: '/samples/baltimore.osm.pbf' };
    expect(parseSampleIndex([baltimore, { name: 'x' }, null, 'y'])).toEqual([baltimore]);
  });

  it('reads anything but a list as no samples', () => {
    expect(parseSampleIndex({ samples: [] })).toEqual([]);
    expect(parseSampleIndex(null)).toEqual([]);
  });
});
