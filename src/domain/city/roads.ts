/**
 * A road as the layout stages draw it: a polyline in metres with what its OSM
 * tags will say. Stages produce these; `network.ts` turns them into shared
 * nodes and `roadTags` into the tags a real extract would carry.
 */
import type { Vec } from './geometry.ts';

export type Highway = 'trunk' | 'trunk_link' | 'primary' | 'secondary' | 'tertiary' | 'residential';

export interface RoadLine {
  points: Vec[];
  highway: Highway;
  name: string;
  /** One-way in the direction of `points`. */
  oneway?: boolean;
  /** A closed roundabout, driven in the direction of `points` (counter-clockwise: traffic keeps right). */
  roundabout?: boolean;
  /** On a bridge: only its two end points touch the ground, so it has no junctions in between. */
  bridge?: boolean;
  /** Speed limit in km/h, when signposted. */
  maxspeed?: number;
  ref?: string;
}

/** The OSM tags a road of this kind carries in a real extract. */
export function roadTags(road: RoadLine): Record<string, string> {
  const tags: Record<string, string> = { highway: road.highway, name: road.name };
  if (road.ref !== undefined) tags.ref = road.ref;
  // Roundabouts imply one-way; mappers usually leave the tag off.
  if (road.roundabout) tags.junction = 'roundabout';
  else if (road.oneway) tags.oneway = 'yes';
  if (road.maxspeed !== undefined) tags.maxspeed = String(road.maxspeed);
  if (road.bridge) {
    tags.bridge = 'yes';
    tags.layer = '1';
  }
  return tags;
}

/** Whether a road may only be driven in the direction of its points. */
export const isOneway = (road: RoadLine): boolean => road.oneway === true || road.roundabout === true;
