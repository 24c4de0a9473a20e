/**
 * The ring road: a two-way trunk road around the centre, about 2.3 km out,
 * slightly out of round. It crosses arterials on overpasses and meets them
 * through slip roads (see `majorRoads.ts`); local streets never touch it.
 */
import type { Random } from '../random.ts';
import type { Vec } from './geometry.ts';
import { cumulativeLengths, norm, sub, vec } from './geometry.ts';
import type { Region, StarPolygon } from './regions.ts';
import { intersection, outsideOf, starRegion, starVertices } from './regions.ts';

export interface Ring {
  readonly star: StarPolygon;
  /** The closed centreline, counter-clockwise, its first point repeated at the end. */
  readonly line: readonly Vec[];
  readonly lengths: readonly number[];
}

/** Vertices around the ring: chords of ~150 m, within ~1.5 m of a smooth curve. */
const RING_VERTICES = 96;

export function planRing(random: Random): Ring {
  const radius = random.uniform(2200, 2450);
  const a = random.uniform(0, 2 * Math.PI);
  const b = random.uniform(0, 2 * Math.PI);
  const radii = Array.from({ length: RING_VERTICES }, (_, k) => {
    const angle = (2 * Math.PI * k) / RING_VERTICES;
    return radius * (1 + 0.03 * Math.sin(2 * angle + a) + 0.02 * Math.sin(3 * angle + b));
  });
  const star = { centre: vec(0, 0), radii };
  const vertices = starVertices(star);
  const line = [...vertices, vertices[0]!];
  return { star, line, lengths: cumulativeLengths(line) };
}

/** The band within `halfWidth` metres of the ring (measured radially, which is near enough across it). */
export function ringCorridor(ring: Ring, halfWidth: number): Region {
  const offset = (d: number) =>
    starRegion({ centre: ring.star.centre, radii: ring.star.radii.map((r) => r + d) });
  return intersection(offset(halfWidth), outsideOf(offset(-halfWidth)));
}

/** Roughly how far a point is from the ring: the radial gap to the circle through the nearest vertex. */
export function distanceFromRing(ring: Ring, p: Vec): number {
  const n = ring.star.radii.length;
  const d = sub(p, ring.star.centre);
  const angle = Math.atan2(d.y, d.x);
  const k = Math.round(((angle < 0 ? angle + 2 * Math.PI : angle) / (2 * Math.PI)) * n) % n;
  return Math.abs(norm(d) - ring.star.radii[k]!);
}
