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
import { planArterials } from './arterials.ts';
import { ringWays, withBridges } from './bridges.ts';
import { crossingsBetween } from './crossings.ts';
import type { Vec } from './geometry.ts';
import { regularPolygon } from './geometry.ts';
import { clearOfOtherRoads, crossingsWithRing, hasRoomForSlips, slipRoads } from './interchanges.ts';
import type { NamePool } from './names.ts';
import type { Region } from './regions.ts';
import { convexRegion, cutOut } from './regions.ts';
import { distanceFromRing, planRing, ringCorridor } from './ring.ts';
import type { RoadLine } from './roads.ts';
import { placeRoundabouts, trimRadialStart } from './roundabouts.ts';
import type { River } from './water.ts';
import { riverRegion } from './water.ts';

export interface MajorRoads {
  roads: RoadLine[];
  /** Where local streets must not go: the ring's corridor and the zones around interchanges and roundabouts. */
  keepOut: Region[];
}

/** Local streets keep this far from interchanges, the ring and roundabouts. */
const INTERCHANGE_ZONE = 230;
const RING_CORRIDOR = 30;
const ROUNDABOUT_CLEARANCE = 45;

const ARTERIAL_SPEED = 50;
const RING_SPEED = 80;

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
  const junctions = crossingsBetween(arterials);
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
      withBridges(a.points, water).map(({ points, inside }) => ({
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
