/**
 * Sea from coastline ways. OpenStreetMap draws the sea as no area at all, only
 * as coastline ways with the water on their right. In an extract the coast
 * runs out at the edges: each open chain is carried straight to the nearest
 * edge of the extract's bounds, and the water is closed along the bounds,
 * clockwise (water still on the right), up to the next chain that comes back
 * in. Closed chains are islands, cut out of the water.
 *
 * A chain that stops far from every edge is a broken coast (a way missing
 * mid-city): then no sea is drawn at all, rather than a flooded city.
 */
import type { Polygon, Position } from 'geojson';
import type { LonLatBounds } from './extractBounds.ts';
import { type NodeCoordinates, nodeRing, ringsToPolygons, signedArea2 } from './polygons.ts';

/** How far from an edge, as a share of the bounds' larger side, an open coast may stop. */
const EDGE_TOLERANCE = 0.1;

interface OpenChain {
  coordinates: Position[];
  /** Where the chain enters and leaves, as positions along the bounds' perimeter (see `Perimeter`). */
  enter: number;
  leave: number;
}

export function coastlineWater(
  pieces: readonly (readonly number[])[],
  nodes: NodeCoordinates,
  bounds: LonLatBounds,
): Polygon[] {
  const { open, closed } = directedChains(pieces);
  const edges = new Perimeter(bounds);
  const chains: OpenChain[] = [];
  for (const chain of open) {
    const coordinates = nodeRing(chain, nodes);
    const enter = edges.nearest(coordinates[0]!);
    const leave = edges.nearest(coordinates[coordinates.length - 1]!);
    if (!enter || !leave) return [];
    chains.push({ coordinates: [enter.at, ...coordinates, leave.at], enter: enter.t, leave: leave.t });
  }
  const islands = closed.map((ring) => nodeRing(ring, nodes)).filter((ring) => signedArea2(ring) > 0);
  return ringsToPolygons(waterRings(chains, edges), islands);
}

/**
 * Coastline pieces joined head to tail (their direction matters). Open
 * chains start where no piece ends; what is left over forms closed rings.
 */
function directedChains(pieces: readonly (readonly number[])[]): { open: number[][]; closed: number[][] } {
  const startingAt = new Map<number, number>();
  const ends = new Set<number>();
  pieces.forEach((piece, i) => {
    startingAt.set(piece[0]!, i);
    ends.add(piece[piece.length - 1]!);
  });
  const used = new Uint8Array(pieces.length);
  const follow = (first: number): number[] => {
    const chain = [...pieces[first]!];
    used[first] = 1;
    for (;;) {
      const next = startingAt.get(chain[chain.length - 1]!);
      if (next === undefined || used[next]) return chain;
      used[next] = 1;
      for (let k = 1; k < pieces[next]!.length; k++) chain.push(pieces[next]![k]!);
    }
  };
  const open: number[][] = [];
  pieces.forEach((piece, i) => {
    if (!ends.has(piece[0]!)) open.push(follow(i));
  });
  const closed: number[][] = [];
  pieces.forEach((_, i) => {
    if (used[i]) return;
    const ring = follow(i);
    if (ring.length >= 4 && ring[0] === ring[ring.length - 1]) closed.push(ring);
  });
  return { open, closed };
}

/** Water rings: each chain, then clockwise along the bounds to the chain entering next. */
function waterRings(chains: readonly OpenChain[], edges: Perimeter): Position[][] {
  const rings: Position[][] = [];
  const used = new Set<OpenChain>();
  for (const first of chains) {
    if (used.has(first)) continue;
    const ring: Position[] = [];
    let chain = first;
    for (;;) {
      used.add(chain);
      ring.push(...chain.coordinates);
      const next = nextEntering(chains, chain.leave, first, used);
      if (!next) break;
      ring.push(...edges.corners(chain.leave, next.enter));
      if (next === first) {
        ring.push(first.coordinates[0]!);
        rings.push(ring);
        break;
      }
      chain = next;
    }
  }
  return rings;
}

/** The chain entering first clockwise after `t`, among those not yet used (and `first`, which closes the ring). */
function nextEntering(
  chains: readonly OpenChain[],
  t: number,
  first: OpenChain,
  used: ReadonlySet<OpenChain>,
): OpenChain | null {
  let best: OpenChain | null = null;
  let bestGap = Infinity;
  for (const chain of chains) {
    if (used.has(chain) && chain !== first) continue;
    const gap = clockwise(t, chain.enter);
    if (gap < bestGap) {
      best = chain;
      bestGap = gap;
    }
  }
  return best;
}

function clockwise(from: number, to: number): number {
  return (to - from + 4) % 4;
}

/**
 * Positions along the bounds' outline, clockwise with north up: 0 to 1 along
 * the north edge from its west end, 1 to 2 down the east edge, 2 to 3 along
 * the south edge, 3 to 4 up the west edge. Integers are the corners.
 */
class Perimeter {
  private readonly west: number;
  private readonly south: number;
  private readonly east: number;
  private readonly north: number;
  private readonly tolerance: number;

  constructor([[west, south], [east, north]]: LonLatBounds) {
    this.west = west;
    this.south = south;
    this.east = east;
    this.north = north;
    this.tolerance = EDGE_TOLERANCE * Math.max(east - west, north - south);
  }

  /** The point of the nearest edge straight out from `p`, or null when every edge is too far. */
  nearest([x, y]: Position): { at: Position; t: number } | null {
    const { west, south, east, north } = this;
    const width = east - west || 1;
    const height = north - south || 1;
    const toEdge = [north - y!, east - x!, y! - south, x! - west];
    const edge = toEdge.indexOf(Math.min(...toEdge));
    if (toEdge[edge]! > this.tolerance) return null;
    const cx = Math.min(east, Math.max(west, x!));
    const cy = Math.min(north, Math.max(south, y!));
    if (edge === 0) return { at: [cx, north], t: (cx - west) / width };
    if (edge === 1) return { at: [east, cy], t: 1 + (north - cy) / height };
    if (edge === 2) return { at: [cx, south], t: 2 + (east - cx) / width };
    return { at: [west, cy], t: 3 + (cy - south) / height };
  }

  /** The corners passed going clockwise from `from` to `to`, in that order. */
  corners(from: number, to: number): Position[] {
    const corners: Position[] = [];
    const gap = clockwise(from, to);
    for (let k = 1; k <= 4; k++) {
      const corner = (Math.floor(from) + k) % 4;
      const distance = clockwise(from, corner);
      if (distance === 0 || distance >= gap) break;
      corners.push(this.corner(corner));
    }
    return corners;
  }

  private corner(index: number): Position {
    const { west, south, east, north } = this;
    return [
      [west, north],
      [east, north],
      [east, south],
      [west, south],
    ][index]!;
  }
}
