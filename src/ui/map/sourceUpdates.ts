/**
 * The one way the app's data reaches a map source: only what changed, in
 * messages of a bounded size (`featureDiff.ts`), each sent once the map's
 * worker has taken the one before, so that each is serialised in a short
 * task of its own rather than all in one long one.
 *
 * What a source holds is tracked as the messages go, so that data given
 * while earlier messages are still going is sent against what the source
 * will hold once the messages already sent arrive; the messages not yet
 * sent are dropped. Every update of a source must come through here.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import { applyMessage, byId, diffMessages, type FeatureId, featureChanges } from './featureDiff.ts';

interface Feed {
  /** What the source holds once the messages sent so far arrive; null: not known (whole collections only). */
  held: Map<FeatureId, GeoJSON.Feature> | null;
  /** Bumped by each update, so that a superseded one sends nothing more. */
  update: number;
}

const feeds = new WeakMap<GeoJSONSource, Feed>();

/** Gives `source` the collection, as described above; resolves once the last message is sent or superseded. */
export async function updateSource(source: GeoJSONSource, data: GeoJSON.FeatureCollection): Promise<void> {
  const feed = feeds.get(source) ?? { held: null, update: 0 };
  feeds.set(source, feed);
  const update = ++feed.update;
  if (!byId(data.features)) {
    // Features without unique ids cannot be updated in place: the source takes them whole.
    feed.held = null;
    await source.setData(data);
    return;
  }
  const known = feed.held !== null;
  const held = feed.held ?? new Map<FeatureId, GeoJSON.Feature>();
  feed.held = held;
  const messages = diffMessages(featureChanges(held, data.features));
  if (!known) {
    // Content not known (or not updatable in place, as whole data without ids is not): replaced, first part whole.
    const first = messages.shift()?.add ?? [];
    applyMessage(held, { add: first });
    await source.setData({ type: 'FeatureCollection', features: first });
  }
  for (const message of messages) {
    if (feed.update !== update) return;
    applyMessage(held, message);
    await source.updateData(message);
  }
}
