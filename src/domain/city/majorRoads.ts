/**
 * The main road network: arterials, roundabouts where arterials meet near the
 * centre, the ring road with its overpasses and slip roads, and bridges
 * wherever a main road crosses the river. Local streets are laid out
 * afterwards, around what this leaves them.
 *
 * A layout can come out unusable (two bridges crossing mid-river, an
 * interchange on the bank); `planMajorRoads` then returns undefined and the
 * caller tries again with a fresh random stream.
 */
import type { Random } from '../random.ts';
import type { Arterial } from './arterials.ts';
import { planArterials } from './arterials.ts';
import type { Box, Vec } from './geometry.ts';
import {
  add,
  boundingBox,
  boxesOverlap,
  cumulativeLengths,
  distance,
  distanceToSegment,
  lerp,
  pointAlong,
  regularPolygon,
  segmentCrossing,
  slice,
  splitAtIntervals,
  sub,
} from './geometry.ts';
import type { NamePool } from './names.ts';
import type { Region } from './regions.ts';
import { convexRegion, cutOut, insideIntervals } from './regions.ts';
import type { Ring } from './ring.ts';
import { distanceFromRing, planRing, ringCorridor } from './ring.ts';
import type { Highway, RoadLine } from './roads.ts';
import type { River } from './water.ts';
import { riverRegion } from './water.ts';

export interface MajorRoads {
  roads: RoadLine[];
  /** Where local streets must not go: the ring's corridor and the zones around interchanges and roundabouts. */
  keepOut: Region[];
}

/** Bridges reach this far onto each bank, so that their ends stand on dry land. */
const ABUTMENT = 25;
/** Half the length of the ring's overpass over an arterial. */
const OVERPASS = 40;
/** Where slip roads join: this far along the ring and along the arterial from the crossing. */
const SLIP_ON_RING = 150;
const SLIP_ON_ARTERIAL = 100;
/** Local streets keep this far from interchanges, the ring and roundabouts. */
const INTERCHANGE_ZONE = 230;
const RING_CORRIDOR = 30;
const ROUNDABOUT_CLEARANCE = 45;

const ARTERIAL_SPEED = 50;
const RING_SPEED = 80;
const LINK_SPEED = 50;

interface Crossing {
  point: Vec;
  /** Indices of the two roads that cross, and the distance along each. */
  first: number;
  second: number;
  along: number;
  alongSecond: number;
}

export function planMajorRoads(
  random: Random,
  names: NamePool,
  river: River,
  halfSize: number,
): MajorRoads | undefined {
  const ring = planRing(random);
  const arterials = planArterials(random, names, river, halfSize);
  const nearWater = (p: Vec, margin: number) => riverRegion(river, margin).contains(p);

  // Arterials meet at grade, so never on a bridge or under the ring's overpasses.
  const junctions = arterialCrossings(arterials);
  if (junctions.some((c) => nearWater(c.point, 150) || distanceFromRing(ring, c.point) < 80))
    return undefined;

  const roundabouts = placeRoundabouts(random, arterials, junctions, river, ring, halfSize);
  if (roundabouts.length === 0) return undefined;
  trimRadialStart(arterials, junctions, roundabouts);
  const roundaboutRegions = roundabouts.map((r) => convexRegion(r.polygon));
  const pieces = arterials.flatMap((a) =>
    cutOut(a.points, roundaboutRegions, 30).map((points) => ({ ...a, points })),
  );

  const ringCrossings = crossingsWithRing(ring, pieces);
  if (ringCrossings.some((c) => nearWater(c.point, 150))) return undefined;
  const interchanges = ringCrossings.filter((c) =>
    hasRoomForSlips(c, ringCrossings, ring, pieces, roundabouts, river),
  );
  const slips = interchanges.map((c) =>
    slipRoads(c, ring, pieces[c.second]!).filter((link) => clearOfOtherRoads(link.points, ring, pieces)),
  );
  // The ring is reached only through slip roads: at least two interchanges, so it is never cut off.
  if (slips.filter((s) => s.length > 0).length < 2) return undefined;

  const ringName = names.street('ring');
  const water = riverRegion(river);
  const roads: RoadLine[] = [
    ...pieces.flatMap((a) =>
      withBridges(a.points, insideIntervals(a.points, water)).map(({ points, inside }) => ({
        points,
        highway: a.highway,
        name: a.name,
        maxspeed: ARTERIAL_SPEED,
        bridge: inside,
      })),
    ),
    ...ringWays(ring, ringCrossings, water).map(({ points, inside }) => ({
      points,
      highway: 'trunk' as const,
      name: ringName,
      ref: 'R1',
      maxspeed: RING_SPEED,
      bridge: inside,
    })),
    ...slips.flat(),
    ...roundabouts.map((r) => ({
      points: [...r.polygon, r.polygon[0]!],
      highway: r.highway,
      name: names.street('roundabout'),
      roundabout: true,
      maxspeed: ARTERIAL_SPEED,
    })),
  ];
  return {
    roads,
    keepOut: [
      ringCorridor(ring, RING_CORRIDOR),
      ...interchanges.map((c) => convexRegion(regularPolygon(c.point, INTERCHANGE_ZONE, 16))),
      ...roundabouts.map((r) => convexRegion(regularPolygon(r.centre, r.radius + ROUNDABOUT_CLEARANCE, 16))),
    ],
  };
}

/** Every point where two different arterials cross. */
function arterialCrossings(roads: readonly { points: readonly Vec[] }[]): Crossing[] {
  const crossings: Crossing[] = [];
  roads.forEach((a, i) => {
    roads.forEach((b, j) => {
      if (j > i) crossings.push(...polylineCrossings(a.points, b.points, i, j));
    });
  });
  return crossings;
}

/** Where polylines a (road i) and b (road j) cross, with the distance along each. */
function polylineCrossings(a: readonly Vec[], b: readonly Vec[], i: number, j: number): Crossing[] {
  const crossings: Crossing[] = [];
  const la = cumulativeLengths(a);
  const lb = cumulativeLengths(b);
  const chunksB = chunkBoxes(b);
  for (const ca of chunkBoxes(a)) {
    for (const cb of chunksB) {
      if (!boxesOverlap(ca, cb)) continue;
      for (let p = ca.first; p < ca.end; p++) {
        for (let q = cb.first; q < cb.end; q++) {
          const hit = segmentCrossing(a[p]!, a[p + 1]!, b[q]!, b[q + 1]!);
          if (!hit) continue;
          crossings.push({
            point: lerp(a[p]!, a[p + 1]!, hit.t),
            first: i,
            second: j,
            along: la[p]! + hit.t * (la[p + 1]! - la[p]!),
            alongSecond: lb[q]! + hit.u * (lb[q + 1]! - lb[q]!),
          });
        }
      }
    }
  }
  return crossings;
}

/** Segments per chunk when comparing long polylines: chunks whose boxes miss are skipped whole. */
const CHUNK = 8;

/** Bounding boxes of runs of `CHUNK` segments: segments `first` to `end - 1`. */
function chunkBoxes(line: readonly Vec[]): (Box & { first: number; end: number })[] {
  const chunks: (Box & { first: number; end: number })[] = [];
  for (let first = 0; first + 1 < line.length; first += CHUNK) {
    const end = Math.min(first + CHUNK, line.length - 1);
    chunks.push({ first, end, ...boundingBox(line.slice(first, end + 1)) });
  }
  return chunks;
}

interface Roundabout {
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
function placeRoundabouts(
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
function trimRadialStart(
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

/** Where arterial pieces cross the ring: `first` is unused (-1), `along` is the distance along the ring. */
function crossingsWithRing(ring: Ring, pieces: readonly { points: Vec[] }[]): Crossing[] {
  return pieces.flatMap((piece, j) => polylineCrossings(ring.line, piece.points, -1, j));
}

/**
 * Slip roads need room: no other arterial crossing the ring nearby, the
 * arterial long enough on both sides, no roundabout or water close by.
 */
function hasRoomForSlips(
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
function slipRoads(c: Crossing, ring: Ring, arterial: { name: string; points: Vec[] }): RoadLine[] {
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
function clearOfOtherRoads(link: readonly Vec[], ring: Ring, pieces: readonly { points: Vec[] }[]): boolean {
  const inner = link.slice(1, -1);
  const box = boundingBox(inner);
  return [ring.line, ...pieces.map((p) => p.points)].every(
    (road) => !boxesOverlap(box, boundingBox(road)) || polylineCrossings(inner, road, 0, 0).length === 0,
  );
}

/**
 * The ring cut into ways: overpasses over every arterial and bridges over the
 * river, the rest at ground level. Intervals that wrap past the ring's first
 * vertex are split there (a ring road is many ways anyway).
 */
function ringWays(
  ring: Ring,
  crossings: readonly Crossing[],
  water: Region,
): { points: Vec[]; inside: boolean }[] {
  const length = ring.lengths.at(-1)!;
  const raw: [number, number][] = [
    ...crossings.map((c): [number, number] => [c.along - OVERPASS, c.along + OVERPASS]),
    ...insideIntervals(ring.line, water).map(([s0, s1]): [number, number] => [s0 - ABUTMENT, s1 + ABUTMENT]),
  ];
  const wrapped = raw.flatMap(([s0, s1]): [number, number][] => {
    if (s0 < 0)
      return [
        [0, s1],
        [s0 + length, length],
      ];
    if (s1 > length)
      return [
        [s0, length],
        [0, s1 - length],
      ];
    return [[s0, s1]];
  });
  return splitAtIntervals(ring.line, mergeIntervals(wrapped));
}

/** A road crossing the river, cut into land, bridge, land: bridges reach `ABUTMENT` metres onto each bank. */
function withBridges(points: Vec[], wet: readonly [number, number][]): { points: Vec[]; inside: boolean }[] {
  return splitAtIntervals(points, mergeIntervals(wet.map(([s0, s1]) => [s0 - ABUTMENT, s1 + ABUTMENT])));
}

function mergeIntervals(intervals: readonly [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s0, s1] of sorted) {
    const last = merged.at(-1);
    if (last && s0 <= last[1]) last[1] = Math.max(last[1], s1);
    else merged.push([s0, s1]);
  }
  return merged;
}
