/**
 * Interchanges between the ring road and the arterials: the ring passes over
 * each arterial, and where there is room two slip roads join them.
 */
import type { Crossing } from './crossings.ts';
import { polylineCrossings } from './crossings.ts';
import type { Vec } from './geometry.ts';
import {
  add,
  boundingBox,
  boxesOverlap,
  cumulativeLengths,
  distance,
  lerp,
  pointAlong,
  sub,
} from './geometry.ts';
import type { Ring } from './ring.ts';
import type { RoadLine } from './roads.ts';
import type { Roundabout } from './roundabouts.ts';
import type { River } from './water.ts';
import { riverRegion } from './water.ts';

/** Where slip roads join: this far along the ring and along the arterial from the crossing. */
const SLIP_ON_RING = 150;
const SLIP_ON_ARTERIAL = 100;
const LINK_SPEED = 50;

/** Where arterial pieces cross the ring: `first` is unused (-1), `along` is the distance along the ring. */
export function crossingsWithRing(ring: Ring, pieces: readonly { points: Vec[] }[]): Crossing[] {
  return pieces.flatMap((piece, j) => polylineCrossings(ring.line, piece.points, -1, j));
}

/**
 * Slip roads need room: no other arterial crossing the ring nearby, the
 * arterial long enough on both sides, no roundabout or water close by.
 */
export function hasRoomForSlips(
  c: Crossing,
  all: readonly Crossing[],
  ring: Ring,
  pieces: readonly { points: Vec[] }[],
  roundabouts: readonly Roundabout[],
  river: River,
): boolean {
  const ringLength = ring.lengths.at(-1)!;
  const arterialLength = cumulativeLengths(pieces[c.second]!.points).at(-1)!;
  return (
    all.every((o) => {
      const gap = Math.abs(o.along - c.along);
      return o === c || Math.min(gap, ringLength - gap) > 500;
    }) &&
    c.alongSecond > SLIP_ON_ARTERIAL + 60 &&
    c.alongSecond < arterialLength - SLIP_ON_ARTERIAL - 60 &&
    roundabouts.every((r) => distance(r.centre, c.point) > 300) &&
    !riverRegion(river, 250).contains(c.point)
  );
}

/**
 * Two two-way slip roads in opposite quadrants (a "partial cloverleaf"), each
 * a quadratic curve from the ring, 150 m from the overpass, to the arterial,
 * 100 m from it, bowing towards the corner between them.
 */
export function slipRoads(c: Crossing, ring: Ring, arterial: { name: string; points: Vec[] }): RoadLine[] {
  const ringLength = ring.lengths.at(-1)!;
  const arterialLengths = cumulativeLengths(arterial.points);
  return [1, -1].map((side) => {
    const onRing = pointAlong(
      ring.line,
      ring.lengths,
      (c.along + side * SLIP_ON_RING + ringLength) % ringLength,
    );
    const onArterial = pointAlong(arterial.points, arterialLengths, c.alongSecond + side * SLIP_ON_ARTERIAL);
    const corner = add(onRing, sub(onArterial, c.point));
    const points = Array.from({ length: 9 }, (_, k) => {
      const t = k / 8;
      return lerp(lerp(onRing, corner, t), lerp(corner, onArterial, t), t);
    });
    return {
      points,
      highway: 'trunk_link' as const,
      name: `${arterial.name} Interchange`,
      maxspeed: LINK_SPEED,
    };
  });
}

/** A slip road must not cut across another main road between its two ends. */
export function clearOfOtherRoads(
  link: readonly Vec[],
  ring: Ring,
  pieces: readonly { points: Vec[] }[],
): boolean {
  const inner = link.slice(1, -1);
  const box = boundingBox(inner);
  return [ring.line, ...pieces.map((p) => p.points)].every(
    (road) => !boxesOverlap(box, boundingBox(road)) || polylineCrossings(inner, road, 0, 0).length === 0,
  );
}
