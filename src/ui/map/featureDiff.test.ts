import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureDiff, isEmptyDiff } from './featureDiff.ts';

type Feature = GeoJSON.Feature;

const point = (id: number, x: number, props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [x, 0] },
  properties: props,
});

/** The diff applied as MapLibre applies it: removals, then additions. */
function apply(
  before: Feature[],
  diff: NonNullable<ReturnType<typeof featureDiff>>,
): Map<string | number, Feature> {
  const byId = new Map(before.map((f) => [f.id!, f] as const));
  for (const id of diff.remove ?? []) byId.delete(id);
  for (const f of diff.add ?? []) byId.set(f.id!, f);
  return byId;
}

describe('featureDiff', () => {
  it('is empty for the same features built afresh', () => {
    const before = Array.from({ length: 10 }, (_, i) => point(i, i, { shopperId: `p${i}`, late: false }));
    const after = Array.from({ length: 10 }, (_, i) => point(i, i, { shopperId: `p${i}`, late: false }));
    expect(isEmptyDiff(featureDiff(before, after)!)).toBe(true);
  });

  it('replaces a feature whose property or geometry changed, adds new ones and removes the gone', () => {
    const before = Array.from({ length: 20 }, (_, i) => point(i, i, { shopperId: 'p1' }));
    const after = before.map((f) => ({ ...f }));
    after[2] = point(2, 2, { shopperId: 'p2' });
    after[5] = point(5, 5.5, { shopperId: 'p1' });
    after.pop();
    after.push(point(42, 1, { shopperId: 'p1' }));
    const diff = featureDiff(before, after)!;
    expect(diff.remove).toEqual([2, 5, 19]);
    expect(diff.add!.map((f) => f.id)).toEqual([2, 5, 42]);
  });

  it('sends everything when most features changed, or ids are missing or shared', () => {
    const before = Array.from({ length: 4 }, (_, i) => point(i, i));
    expect(
      featureDiff(
        before,
        before.map((_, i) => point(i, i + 1)),
      ),
    ).toBeNull();
    expect(featureDiff(before, [...before, { ...point(0, 0), id: undefined }])).toBeNull();
    expect(featureDiff(before, [...before, point(0, 7)])).toBeNull();
  });

  it('applied to the features before, gives the features after', () => {
    const features = fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 30 }),
        x: fc.integer({ min: 0, max: 3 }),
        tag: fc.constantFrom('a', 'b'),
      }),
      { maxLength: 30 },
    );
    const unique = (raw: { id: number; x: number; tag: string }[]) => [
      ...new Map(raw.map((r) => [r.id, point(r.id, r.x, { tag: r.tag })] as const)).values(),
    ];
    fc.assert(
      fc.property(features, features, (a, b) => {
        const before = unique(a);
        const after = unique(b);
        const diff = featureDiff(before, after);
        if (!diff) return;
        const applied = apply(before, diff);
        expect([...applied.keys()].sort()).toEqual(after.map((f) => f.id).sort());
        for (const f of after) expect(applied.get(f.id!)).toEqual(f);
      }),
    );
  });
});
