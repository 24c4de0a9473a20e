import type { GeoJSONSource, GeoJSONSourceDiff } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyMessage, type FeatureId, MESSAGE_WEIGHT } from './featureDiff.ts';
import { updateSource } from './sourceUpdates.ts';

type Feature = GeoJSON.Feature;

/**
 * A source as MapLibre's behaves for this: each call is answered once the
 * worker has it, here when the test says so; what it holds follows the calls.
 */
class FakeSource {
  readonly holds = new Map<FeatureId, Feature>();
  readonly calls: ({ diff: GeoJSONSourceDiff } | { whole: number })[] = [];
  /** Each feature sent, as its tag and id, in the order sent. */
  readonly sent: string[] = [];
  private answers: (() => void)[] = [];

  updateData(diff: GeoJSONSourceDiff): Promise<void> {
    this.calls.push({ diff });
    this.record(diff.add ?? []);
    applyMessage(this.holds, diff);
    return new Promise((resolve) => this.answers.push(resolve));
  }

  setData(data: GeoJSON.FeatureCollection): Promise<void> {
    this.calls.push({ whole: data.features.length });
    this.record(data.features);
    this.holds.clear();
    for (const f of data.features) this.holds.set(f.id ?? this.holds.size, f);
    return new Promise((resolve) => this.answers.push(resolve));
  }

  private record(features: readonly Feature[]): void {
    for (const f of features) this.sent.push(`${f.properties?.tag}${f.id}`);
  }

  /** The worker takes everything sent so far. */
  async answer(): Promise<void> {
    const answers = this.answers;
    this.answers = [];
    for (const resolve of answers) resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  get source(): GeoJSONSource {
    return this as unknown as GeoJSONSource;
  }
}

/** Lines heavy enough that `count` of them take about `count / 2` messages. */
const routes = (count: number, tag: string): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    id: i,
    geometry: {
      type: 'LineString',
      coordinates: Array.from({ length: MESSAGE_WEIGHT / 2 - 10 }, (_, k) => [k, i]),
    },
    properties: { tag },
  })),
});

describe('updateSource', () => {
  it('sends a large change one message at a time, each once the one before is answered', async () => {
    const fake = new FakeSource();
    fake.holds.set('left over', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {},
    });
    void updateSource(fake.source, routes(6, 'a'));
    // A source of unknown content is replaced: its first part whole.
    expect(fake.calls).toEqual([{ whole: 2 }]);
    await fake.answer();
    expect(fake.calls).toHaveLength(2);
    await fake.answer();
    await fake.answer();
    expect(fake.calls).toHaveLength(3);
    expect([...fake.holds.values()]).toEqual(routes(6, 'a').features);
  });

  it('sends nothing when nothing changed, and only what changed otherwise', async () => {
    const fake = new FakeSource();
    const done = updateSource(fake.source, routes(2, 'a'));
    await fake.answer();
    await done;
    fake.calls.length = 0;
    await updateSource(fake.source, routes(2, 'a'));
    expect(fake.calls).toEqual([]);
    const next = routes(2, 'a');
    next.features[1] = { ...next.features[1]!, properties: { tag: 'b' } };
    void updateSource(fake.source, next);
    expect(fake.calls).toEqual([{ diff: { add: [next.features[1]] } }]);
  });

  it('drops what a superseded update had not sent, and sends the next against what the source will hold', async () => {
    const fake = new FakeSource();
    void updateSource(fake.source, routes(6, 'a'));
    await fake.answer();
    // Two of three messages sent: the next data arrives.
    const next = routes(4, 'b');
    void updateSource(fake.source, next);
    for (let i = 0; i < 6; i++) await fake.answer();
    expect([...fake.holds.values()]).toEqual(next.features);
    // The first update's third message (lines 4 and 5) was never sent, and the next did not need to take them out.
    expect(fake.sent).toEqual(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3']);
  });

  it('gives features without unique ids whole, and replaces them whole by the next with ids', async () => {
    const fake = new FakeSource();
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} }],
    };
    void updateSource(fake.source, data);
    expect(fake.calls).toEqual([{ whole: 1 }]);
    await fake.answer();
    void updateSource(fake.source, routes(1, 'a'));
    expect(fake.calls).toEqual([{ whole: 1 }, { whole: 1 }]);
    expect([...fake.holds.values()]).toEqual(routes(1, 'a').features);
  });
});
