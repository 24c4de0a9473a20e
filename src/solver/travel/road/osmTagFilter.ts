/**
 * Which OpenStreetMap features and tags survive decoding: what the car graph
 * needs (roads and their rules) and what a basemap draws (water, parks, land
 * use, buildings, names, shops and places). Everything else is dropped while
 * decoding, so a city extract stays a few tens of MB in memory.
 */
import type { OsmTags } from '../../../domain/osm.ts';

/** Tags kept on ways (and multipolygon relations, with `type`). */
export const WAY_TAG_KEYS: ReadonlySet<string> = new Set([
  'highway',
  'natural',
  'waterway',
  'water',
  'landuse',
  'leisure',
  'building',
  'name',
  'oneway',
  'junction',
  'access',
  'motor_vehicle',
  'maxspeed',
  'bridge',
  'tunnel',
  'layer',
]);

export const RELATION_TAG_KEYS: ReadonlySet<string> = new Set([...WAY_TAG_KEYS, 'type']);

/** Tags kept on point features. */
export const POI_TAG_KEYS: ReadonlySet<string> = new Set(['shop', 'place', 'amenity', 'name']);

/** A way is a feature of its own when it is a road or something a basemap fills or strokes. */
export function isWantedWay(tags: OsmTags): boolean {
  return (
    tags.highway !== undefined ||
    tags.waterway !== undefined ||
    tags.water !== undefined ||
    tags.landuse !== undefined ||
    tags.building !== undefined ||
    tags.natural === 'water' ||
    tags.natural === 'coastline' ||
    tags.leisure === 'park'
  );
}

/** Multipolygons of water, parks, land use and buildings (their member ways are often untagged). */
export function isWantedRelation(tags: OsmTags): boolean {
  return tags.type === 'multipolygon' && isWantedWay(tags);
}

export function isWantedPoi(tags: OsmTags): boolean {
  return tags.shop !== undefined || tags.place !== undefined || tags.amenity !== undefined;
}
