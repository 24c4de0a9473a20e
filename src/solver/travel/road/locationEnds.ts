/**
 * How a snapped location connects to the junction graph: it lies part-way
 * along one chain, so it leaves (or is reached) through that chain's ends, at
 * the partial cost, and only in the directions the chain may be driven. Two
 * locations on the same chain may also be joined directly along it.
 */
import { BACKWARD, FORWARD, type RoadGraph } from './roadGraph.ts';
import type { SnappedLocation } from './snap.ts';

/** Up to two graph ends of a location; reused between calls to avoid allocation. */
export class LocationEnds {
  count = 0;
  readonly node = new Int32Array(2);
  readonly timeS = new Float64Array(2);
  readonly lengthM = new Float64Array(2);
  /** 1 when the end is the chain's `from` junction, 0 for its `to` junction. */
  readonly atFrom = new Uint8Array(2);

  private add(node: number, timeS: number, lengthM: number, atFrom: number): void {
    const i = this.count++;
    this.node[i] = node;
    this.timeS[i] = timeS;
    this.lengthM[i] = lengthM;
    this.atFrom[i] = atFrom;
  }

  /** Junctions a car can drive to from the location, and the cost to each. */
  setExits(graph: RoadGraph, location: SnappedLocation): this {
    this.count = 0;
    const c = location.chain;
    const directions = graph.chainDirections[c]!;
    if (directions & FORWARD) {
      this.add(
        graph.chainTo[c]!,
        graph.chainTimeS[c]! - location.offsetTimeS,
        graph.chainLengthM[c]! - location.offsetLengthM,
        0,
      );
    }
    if (directions & BACKWARD) this.add(graph.chainFrom[c]!, location.offsetTimeS, location.offsetLengthM, 1);
    return this;
  }

  /** Junctions from which a car can drive to the location, and the cost from each. */
  setEntries(graph: RoadGraph, location: SnappedLocation): this {
    this.count = 0;
    const c = location.chain;
    const directions = graph.chainDirections[c]!;
    if (directions & FORWARD) this.add(graph.chainFrom[c]!, location.offsetTimeS, location.offsetLengthM, 1);
    if (directions & BACKWARD) {
      this.add(
        graph.chainTo[c]!,
        graph.chainTimeS[c]! - location.offsetTimeS,
        graph.chainLengthM[c]! - location.offsetLengthM,
        0,
      );
    }
    return this;
  }
}

/** Position along its chain, for ordering two locations on the same chain. */
function chainPosition(location: SnappedLocation): number {
  return location.point + location.fraction;
}

/**
 * Seconds from `from` to `to` driving along their shared chain without
 * leaving it, or Infinity (different chains, or only against a one-way).
 */
export function directTimeS(graph: RoadGraph, from: SnappedLocation, to: SnappedLocation): number {
  if (from.chain !== to.chain) return Infinity;
  const directions = graph.chainDirections[from.chain]!;
  const ahead = chainPosition(to) >= chainPosition(from);
  const behind = chainPosition(to) <= chainPosition(from);
  if ((ahead && directions & FORWARD) || (behind && directions & BACKWARD)) {
    return Math.abs(to.offsetTimeS - from.offsetTimeS);
  }
  return Infinity;
}

/** Metres of the direct way along the chain (meaningful when `directTimeS` is finite). */
export function directLengthM(from: SnappedLocation, to: SnappedLocation): number {
  return Math.abs(to.offsetLengthM - from.offsetLengthM);
}
