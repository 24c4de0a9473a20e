/**
 * Random points along the streets of an OSM extract: a street is drawn with
 * probability proportional to its weight (its length, or the households
 * living along it), a point uniformly along it, and the point is moved a few
 * metres to one side, to the door or the shop front beside the road.
 */
import { flatMetric, round6 } from './dayParts.ts';
import type { OsmExtract, OsmWay } from './osm.ts';
import type { Random } from './random.ts';
import type { LngLat } from './scenario.ts';

export interface StreetPoint {
  location: LngLat;
  /** The street's `name` tag, when it has one. */
  street: string | undefined;
}

export interface StreetSampler {
  /** A point `offsetM` (drawn between its two bounds) to one side of a weighted street. */
  sample(random: Random, offsetM: readonly [number, number]): StreetPoint;
}

/** A straight piece of a way, with the cumulative weight of all pieces up to and including it. */
interface Piece {
  from: LngLat;
  to: LngLat;
  way: OsmWay;
  cumulative: number;
}

/**
 * A sampler over the ways `weightOf` gives a positive weight (spread over
 * each way in proportion to length); null when no way has any.
 */
export function createStreetSampler(
  extract: OsmExtract,
  weightOf: (way: OsmWay, index: number, lengthM: number) => number,
): StreetSampler | null {
  const metric = flatMetric(middleLatitude(extract));
  const position = (node: number): LngLat => ({ lng: extract.lons[node]!, lat: extract.lats[node]! });
  const pieces: Piece[] = [];
  let total = 0;
  extract.ways.forEach((way, index) => {
    const points = way.nodes.map(position);
    const lengths = points.slice(1).map((p, i) => Math.sqrt(metric(points[i]!, p)));
    const wayLength = lengths.reduce((sum, l) => sum + l, 0);
    if (wayLength === 0) return;
    const weight = weightOf(way, index, wayLength);
    if (!(weight > 0)) return;
    lengths.forEach((length, i) => {
      if (length === 0) return;
      total += (weight * length) / wayLength;
      pieces.push({ from: points[i]!, to: points[i + 1]!, way, cumulative: total });
    });
  });
  if (pieces.length === 0) return null;

  return {
    sample(random, [minOffset, maxOffset]) {
      const piece = pieces[firstAtLeast(pieces, random.uniform(0, total))]!;
      const along = random.next();
      const offset = random.uniform(minOffset, maxOffset) * (random.chance(0.5) ? 1 : -1);
      // The piece in local metres, then its left-hand normal scaled to the offset.
      const dx = (piece.to.lng - piece.from.lng) * metric.metresPerDegreeLng;
      const dy = (piece.to.lat - piece.from.lat) * metric.metresPerDegreeLat;
      const length = Math.hypot(dx, dy);
      return {
        location: {
          lng: round6(
            piece.from.lng +
              along * (piece.to.lng - piece.from.lng) -
              ((dy / length) * offset) / metric.metresPerDegreeLng,
          ),
          lat: round6(
            piece.from.lat +
              along * (piece.to.lat - piece.from.lat) +
              ((dx / length) * offset) / metric.metresPerDegreeLat,
          ),
        },
        street: piece.way.tags.name,
      };
    },
  };
}

/** Index of the first piece whose cumulative weight reaches `target` (binary search). */
function firstAtLeast(pieces: readonly Piece[], target: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.cumulative < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Half-way between the extract's southern- and northernmost nodes: where its metres are measured. */
export function middleLatitude(extract: OsmExtract): number {
  let south = Infinity;
  let north = -Infinity;
  for (const lat of extract.lats) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return extract.lats.length === 0 ? 0 : (south + north) / 2;
}
