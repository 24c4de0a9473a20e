import fc from 'fast-check';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  applyMessage,
  byId,
  diffMessages,
  type FeatureId,
  featureChanges,
  featureWeight,
} from './featureDiff.ts';

type Feature = GeoJSON.Feature;

const point = (id: number, x: number, props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [x, 0] },
  properties: props,
});

const line = (id: number, length: number, tag = 'a'): Feature => ({
  type: 'Feature',
  id,
  geometry: { type: 'LineString', coordinates: Array.from({ length }, (_, i) => [i, id]) },
  properties: { tag },
});

const held = (features: Feature[]) => byId(features)!;

/** The messages applied in order to what the source held. */
function applied(before: Map<FeatureId, Feature>, messages: GeoJSONSourceDiff[]): Map<FeatureId, Feature> {
  const result = new Map(before);
  for (const message of messages) applyMessage(result, message);
  return result;
}

describe('featureChanges', () => {
  it('is empty for the same features built afresh', () => {
    const build = () =>
      Array.from({ length: 10 }, (_, i) => point(i, i, { shopperId: `p${i}`, late: false }));
    expect(featureChanges(held(build()), build())).toEqual({ remove: [], add: [] });
  });

  it('puts in a feature whose property or geometry changed and new ones, and takes out the gone', () => {
    const before = Array.from({ length: 20 }, (_, i) => point(i, i, { shopperId: 'p1' }));
    const after = before.map((f) => ({ ...f }));
    after[2] = point(2, 2, { shopperId: 'p2' });
    after[5] = point(5, 5.5, { shopperId: 'p1' });
    after.pop();
    after.push(point(42, 1, { shopperId: 'p1' }));
    const changes = featureChanges(held(before), after);
    expect(changes.remove).toEqual([19]);
    expect(changes.add.map((f) => f.id)).toEqual([2, 5, 42]);
  });

  it('takes no collection whose ids are missing or shared', () => {
    const features = Array.from({ length: 4 }, (_, i) => point(i, i));
    expect(byId([...features, { ...point(0, 0), id: undefined }])).toBeNull();
    expect(byId([...features, point(0, 7)])).toBeNull();
  });
});

describe('diffMessages', () => {
  it('cuts a large change into messages no heavier than the limit, removals first', () => {
    const before = Array.from({ length: 10 }, (_, i) => line(i, 100));
    const after = [...before.slice(0, 8).map((f) => line(f.id as number, 100, 'b')), line(50, 300)];
    const messages = diffMessages(featureChanges(held(before), after), 250);
    expect(messages[0]).toEqual({ remove: [8, 9] });
    // Two lines of 105 fit under 250; the line of 305 goes alone.
    expect(messages.slice(1).map((m) => m.add?.map((f) => f.id))).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [50],
    ]);
  });

  it('applied in order to the features before, gives the features after, in messages within the limit', () => {
    const features = fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: 30 }),
        length: fc.integer({ min: 1, max: 40 }),
        tag: fc.constantFrom('a', 'b'),
      }),
      { maxLength: 30 },
    );
    const unique = (raw: { id: number; length: number; tag: string }[]) => [
      ...new Map(raw.map((r) => [r.id, line(r.id, r.length, r.tag)] as const)).values(),
    ];
    fc.assert(
      fc.property(features, features, fc.integer({ min: 1, max: 120 }), (a, b, limit) => {
        const before = held(unique(a));
        const after = unique(b);
        const messages = diffMessages(featureChanges(before, after), limit);
        const result = applied(before, messages);
        expect([...result.keys()].sort()).toEqual(after.map((f) => f.id).sort());
        for (const f of after) expect(result.get(f.id!)).toEqual(f);
        for (const m of messages) {
          const weight = (m.add ?? []).reduce((w, f) => w + featureWeight(f), 0);
          expect(weight <= limit || m.add!.length === 1).toBe(true);
        }
      }),
    );
  });
});
