/**
 * Locations onto the road graph: each location is projected onto the
 * nearest piece of road geometry (a straight part of a chain), so it enters
 * the graph part-way along a chain and reaches either end with the partial
 * time and length, in the directions the chain allows.
 *
 * Nearest-piece search uses a Flatbush R-tree of the pieces' boxes in local
 * metres: a square window that doubles until the best piece found is closer
 * than the window's half-width, which guarantees nothing nearer lies outside.
 */
import Flatbush from 'flatbush';
import type { LngLat } from '../../../domain/scenario.ts';
import { haversineMetres, type LocalProjection, localProjection } from './geo.ts';
import type { RoadGraph } from './roadGraph.ts';
import { RoadNetworkError } from './roadNetworkError.ts';

/** Farther than this from any road, a location is an error rather than a long walk. */
export const MAX_SNAP_DISTANCE_M = 1000;
const FIRST_WINDOW_M = 64;

export interface SnapIndex {
  tree: Flatbush;
  projection: LocalProjection;
  /** Piece i runs from point piecePoint[i] to piecePoint[i] + 1 of chain pieceChain[i]. */
  piecePoint: Int32Array;
  pieceChain: Int32Array;
}

export interface SnappedLocation {
  /** The chain the location entered the graph on. */
  chain: number;
  /** Global index of the geometry point that starts the piece it lies on. */
  point: number;
  /** 0..1 along that piece. */
  fraction: number;
  /** The position on the road. */
  lat: number;
  lng: number;
  /** Seconds and metres from the chain's `from` end to the position. */
  offsetTimeS: number;
  offsetLengthM: number;
  /** Metres from the location to the road (not part of any travel time). */
  snapDistanceM: number;
}

export interface SnapOptions {
  /** Names used in errors (an order id, a store id); the index otherwise. */
  ids?: readonly string[];
  maxDistanceM?: number;
}

export function buildSnapIndex(graph: RoadGraph): SnapIndex {
  let latSum = 0;
  for (let n = 0; n < graph.nodeCount; n++) latSum += graph.nodeLat[n]!;
  const projection = localProjection(latSum / Math.max(1, graph.nodeCount));
  const pieceCount = graph.pointStart[graph.chainCount]! - graph.chainCount;
  const tree = new Flatbush(Math.max(1, pieceCount));
  const piecePoint = new Int32Array(pieceCount);
  const pieceChain = new Int32Array(pieceCount);
  const { metresPerDegreeLon: kx, metresPerDegreeLat: ky } = projection;
  let i = 0;
  for (let c = 0; c < graph.chainCount; c++) {
    for (let p = graph.pointStart[c]!; p < graph.pointStart[c + 1]! - 1; p++) {
      const x0 = graph.pointLon[p]! * kx;
      const y0 = graph.pointLat[p]! * ky;
      const x1 = graph.pointLon[p + 1]! * kx;
      const y1 = graph.pointLat[p + 1]! * ky;
      tree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
      piecePoint[i] = p;
      pieceChain[i] = c;
      i++;
    }
  }
  if (pieceCount === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return { tree, projection, piecePoint, pieceChain };
}

export function snapLocations(
  graph: RoadGraph,
  index: SnapIndex,
  locations: readonly LngLat[],
  options: SnapOptions = {},
): SnappedLocation[] {
  const maxDistance = options.maxDistanceM ?? MAX_SNAP_DISTANCE_M;
  return locations.map((location, i) => snapOne(graph, index, location, i, options.ids?.[i], maxDistance));
}

function snapOne(
  graph: RoadGraph,
  index: SnapIndex,
  location: LngLat,
  locationIndex: number,
  id: string | undefined,
  maxDistance: number,
): SnappedLocation {
  const name = id === undefined ? `location ${locationIndex}` : `location ${locationIndex} ("${id}")`;
  const { lat, lng } = location;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw new RoadNetworkError(
      'invalid-location',
      `${name} is not a valid position (lat ${lat}, lng ${lng})`,
      locationIndex,
    );
  }
  const { metresPerDegreeLon: kx, metresPerDegreeLat: ky } = index.projection;
  const x = lng * kx;
  const y = lat * ky;
  let bestPiece = -1;
  let bestSquared = Infinity;
  let bestFraction = 0;
  // Past the limit plus a margin for the projection's error, nothing can snap.
  const lastWindow = maxDistance * 1.05 + FIRST_WINDOW_M;
  for (let window = FIRST_WINDOW_M; ; window *= 2) {
    const found = index.tree.search(x - window, y - window, x + window, y + window);
    for (const piece of found) {
      const p = index.piecePoint[piece]!;
      const x0 = graph.pointLon[p]! * kx;
      const y0 = graph.pointLat[p]! * ky;
      const dx = graph.pointLon[p + 1]! * kx - x0;
      const dy = graph.pointLat[p + 1]! * ky - y0;
      const lengthSquared = dx * dx + dy * dy;
      let f = lengthSquared > 0 ? ((x - x0) * dx + (y - y0) * dy) / lengthSquared : 0;
      f = f < 0 ? 0 : f > 1 ? 1 : f;
      const ex = x0 + f * dx - x;
      const ey = y0 + f * dy - y;
      const squared = ex * ex + ey * ey;
      if (squared < bestSquared || (squared === bestSquared && piece < bestPiece)) {
        bestSquared = squared;
        bestPiece = piece;
        bestFraction = f;
      }
    }
    if (bestPiece >= 0 && bestSquared <= window * window) break;
    if (window >= lastWindow) break;
  }
  if (bestPiece < 0) {
    // Box order is only roughly distance order: take the best of a few.
    const nearby = index.tree.neighbors(x, y, 8);
    const metres = Math.min(...nearby.map((piece) => nearestPieceMetres(graph, index, piece, lat, lng)));
    const far = nearby.length === 0 ? 'with no road at all' : `${formatMetres(metres)} from the nearest road`;
    throw new RoadNetworkError(
      'too-far-from-road',
      `${name} (lat ${lat}, lng ${lng}) is ${far}; the limit is ${formatMetres(maxDistance)}`,
      locationIndex,
    );
  }
  const p = index.piecePoint[bestPiece]!;
  const f = bestFraction;
  const snappedLat = graph.pointLat[p]! + f * (graph.pointLat[p + 1]! - graph.pointLat[p]!);
  const snappedLng = graph.pointLon[p]! + f * (graph.pointLon[p + 1]! - graph.pointLon[p]!);
  const snapDistanceM = haversineMetres(lat, lng, snappedLat, snappedLng);
  if (snapDistanceM > maxDistance) {
    throw new RoadNetworkError(
      'too-far-from-road',
      `${name} (lat ${lat}, lng ${lng}) is ${formatMetres(snapDistanceM)} from the nearest road; the limit is ${formatMetres(maxDistance)}`,
      locationIndex,
    );
  }
  return {
    chain: index.pieceChain[bestPiece]!,
    point: p,
    fraction: f,
    lat: snappedLat,
    lng: snappedLng,
    offsetTimeS: graph.pointTimeS[p]! + f * (graph.pointTimeS[p + 1]! - graph.pointTimeS[p]!),
    offsetLengthM: graph.pointLengthM[p]! + f * (graph.pointLengthM[p + 1]! - graph.pointLengthM[p]!),
    snapDistanceM,
  };
}

/** Exact distance to one piece, for the error message. */
function nearestPieceMetres(
  graph: RoadGraph,
  index: SnapIndex,
  piece: number,
  lat: number,
  lng: number,
): number {
  const p = index.piecePoint[piece]!;
  const { metresPerDegreeLon: kx, metresPerDegreeLat: ky } = index.projection;
  const x0 = graph.pointLon[p]! * kx;
  const y0 = graph.pointLat[p]! * ky;
  const dx = graph.pointLon[p + 1]! * kx - x0;
  const dy = graph.pointLat[p + 1]! * ky - y0;
  const lengthSquared = dx * dx + dy * dy;
  const raw = lengthSquared > 0 ? ((lng * kx - x0) * dx + (lat * ky - y0) * dy) / lengthSquared : 0;
  const f = Math.min(1, Math.max(0, raw));
  return haversineMetres(
    lat,
    lng,
    graph.pointLat[p]! + f * (graph.pointLat[p + 1]! - graph.pointLat[p]!),
    graph.pointLon[p]! + f * (graph.pointLon[p + 1]! - graph.pointLon[p]!),
  );
}

function formatMetres(metres: number): string {
  return metres >= 10_000 ? `${(metres / 1000).toFixed(0)} km` : `${Math.round(metres)} m`;
}
