/**
 * What changed between the features a map source holds and the next ones,
 * and that change cut into messages MapLibre's `GeoJSONSource.updateData`
 * takes. A re-solve after a small edit changes a few routes and orders of
 * thousands; sending only those spares the main thread copying the whole
 * collection to the map's worker. A re-solve that moves almost everything
 * (the first after a new day, a rule that breaks most batches) changes tens
 * of thousands of points, and MapLibre walks every one of them on the main
 * thread to send it (about 50 ms at 2,000 orders on the benchmark machine):
 * cut into messages of a bounded size, each is a short task of its own.
 */
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import { sameJson } from '../../domain/jsonEquality.ts';

type Feature = GeoJSON.Feature;
export type FeatureId = string | number;

/** What a source holds, by feature id. */
export type HeldFeatures = ReadonlyMap<FeatureId, Feature>;

/** The features to take out and to put in (a changed one is put in again, whole, in place of the one with its id). */
export interface FeatureChanges {
  remove: FeatureId[];
  add: Feature[];
}

/**
 * How much one message to the map's worker may carry, in positions (a
 * feature counts as `FEATURE_WEIGHT` more): about 10 ms of MapLibre's
 * serialisation on the benchmark machine.
 */
export const MESSAGE_WEIGHT = 6000;
/** A feature's objects and properties against a position's array of two numbers, as MapLibre's serialiser walks them. */
const FEATURE_WEIGHT = 5;

/** `features` by id, or null when one has no id or shares it (the source then takes only whole collections). */
export function byId(features: readonly Feature[]): Map<FeatureId, Feature> | null {
  const held = new Map<FeatureId, Feature>();
  for (const f of features) {
    if (f.id === undefined || held.has(f.id)) return null;
    held.set(f.id, f);
  }
  return held;
}

/** From what the source holds to `after` (whose ids are unique: see `byId`). */
export function featureChanges(held: HeldFeatures, after: readonly Feature[]): FeatureChanges {
  const seen = new Set<FeatureId>();
  const add: Feature[] = [];
  const remove: FeatureId[] = [];
  for (const f of after) {
    seen.add(f.id!);
    const was = held.get(f.id!);
    if (!was || !sameFeature(was, f)) add.push(f);
  }
  for (const id of held.keys()) if (!seen.has(id)) remove.push(id);
  return { remove, add };
}

/**
 * The changes as `updateData` messages, in the order to send them, none
 * heavier than `limit` unless one feature alone is. The removals (bare ids)
 * go first.
 */
export function diffMessages(changes: FeatureChanges, limit = MESSAGE_WEIGHT): GeoJSONSourceDiff[] {
  const messages: GeoJSONSourceDiff[] = changes.remove.length > 0 ? [{ remove: changes.remove }] : [];
  let add: Feature[] = [];
  let weight = 0;
  for (const f of changes.add) {
    const w = featureWeight(f);
    if (add.length > 0 && weight + w > limit) {
      messages.push({ add });
      add = [];
      weight = 0;
    }
    add.push(f);
    weight += w;
  }
  if (add.length > 0) messages.push({ add });
  return messages;
}

/**
 * `held` after `message`, as MapLibre applies it: everything or the ids
 * removed, then the features added, each in place of any with its id.
 */
export function applyMessage(held: Map<FeatureId, Feature>, message: GeoJSONSourceDiff): void {
  if (message.removeAll) held.clear();
  else for (const id of message.remove ?? []) held.delete(id);
  for (const f of message.add ?? []) held.set(f.id!, f);
}

export function featureWeight(f: Feature): number {
  return FEATURE_WEIGHT + positions(f.geometry);
}

function positions(g: GeoJSON.Geometry | null): number {
  if (!g) return 0;
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, line) => n + line.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
    case 'GeometryCollection':
      return g.geometries.reduce((n, part) => n + positions(part), 0);
  }
}

function sameFeature(a: Feature, b: Feature): boolean {
  return a === b || (sameJson(a.properties, b.properties) && sameJson(a.geometry, b.geometry));
}
