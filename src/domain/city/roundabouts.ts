/**
 * Roundabouts where arterials meet near the centre, and the one adjustment
 * they call for: the radial arterial, which starts on another, is trimmed to
 * the junction unless a roundabout takes its first metres.
 */
import type { Random } from '../random.ts';
import type { Arterial } from './arterials.ts';
import type { Crossing } from './crossings.ts';
import type { Vec } from './geometry.ts';
import { cumulativeLengths, distance, distanceToSegment, regularPolygon, slice } from './geometry.ts';
import type { Ring } from './ring.ts';
import { distanceFromRing } from './ring.ts';
import type { Highway } from './roads.ts';
import type { River } from './water.ts';
import { riverRegion } from './water.ts';

export interface Roundabout {
  centre: Vec;
  radius: number;
  /** Counter-clockwise, the direction of travel where traffic keeps right. */
  polygon: Vec[];
  highway: Highway;
}

/**
 * A roundabout at the arterial junction nearest the centre, and often a second
 * one further out; each away from the water, the ring and the city's edge,
 * and with no third arterial running close by.
 */
export function placeRoundabouts(
  random: Random,
  arterials: readonly Arterial[],
  junctions: readonly Crossing[],
  river: River,
  ring: Ring,
  halfSize: number,
): Roundabout[] {
  const shore = riverRegion(river, 250);
  const candidates = junctions
    .filter(
      (c) =>
        !shore.contains(c.point) &&
        distanceFromRing(ring, c.point) > 350 &&
        Math.max(Math.abs(c.point.x), Math.abs(c.point.y)) < halfSize - 300 &&
        arterials.every((a, k) => k === c.first || k === c.second || !passesNear(c.point, a.points, 80)),
    )
    .sort((a, b) => Math.hypot(a.point.x, a.point.y) - Math.hypot(b.point.x, b.point.y));
  const chosen = candidates.slice(0, 1);
  const second = candidates.find((c) => chosen.every((r) => distance(r.point, c.point) > 1000));
  if (second && random.chance(0.7)) chosen.push(second);
  return chosen.map((c) => {
    const radius = random.uniform(20, 28);
    const both = [arterials[c.first]!.highway, arterials[c.second]!.highway];
    return {
      centre: c.point,
      radius,
      polygon: regularPolygon(c.point, radius, 16, random.uniform(0, Math.PI / 8)),
      highway: both.includes('primary') ? 'primary' : 'secondary',
    };
  });
}

/** Whether any segment of `line` passes within `gap` metres of p (segments whose box is farther are skipped). */
function passesNear(p: Vec, line: readonly Vec[], gap: number): boolean {
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if (Math.min(a.x, b.x) - gap > p.x || Math.max(a.x, b.x) + gap < p.x) continue;
    if (Math.min(a.y, b.y) - gap > p.y || Math.max(a.y, b.y) + gap < p.y) continue;
    if (distanceToSegment(p, a, b) <= gap) return true;
  }
  return false;
}

/**
 * The radial arterial starts just behind the arterial it leaves from. Unless
 * a roundabout swallows that stub, cut it back to the junction so that the
 * road starts exactly on the other one.
 */
export function trimRadialStart(
  arterials: Arterial[],
  junctions: readonly Crossing[],
  roundabouts: readonly Roundabout[],
) {
  arterials.forEach((a, i) => {
    if (a.startsOn === undefined) return;
    const junction = junctions
      .filter((c) => (c.first === a.startsOn && c.second === i) || (c.first === i && c.second === a.startsOn))
      .map((c) => ({ point: c.point, along: c.first === i ? c.along : c.alongSecond }))
      .sort((x, y) => x.along - y.along)[0];
    if (junction === undefined || roundabouts.some((r) => distance(r.centre, junction.point) < r.radius))
      return;
    a.points = slice(a.points, cumulativeLengths(a.points), junction.along, Infinity);
  });
}
