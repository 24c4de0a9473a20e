/**
 * The drawn route of one leg: the fastest path between two snapped
 * locations found on the contraction hierarchy (full upward searches from
 * both ends, best meeting junction), its shortcuts unpacked into road
 * chains, and the chains' geometry joined into one polyline from the first
 * location's road position to the second's.
 */
import type { LngLat } from '../../../domain/scenario.ts';
import type { ContractionHierarchy } from './contractionHierarchy.ts';
import { directLengthM, directTimeS, LocationEnds } from './locationEnds.ts';
import { IndexedMinHeap } from './minHeap.ts';
import type { RoadGraph } from './roadGraph.ts';
import type { SnappedLocation } from './snap.ts';

export interface RoadLeg {
  timeS: number;
  lengthM: number;
  /** From the first location's road position to the second's, along the roads. */
  points: LngLat[];
}

/** parent of a seed node: which end of the location's chain it is (see LocationEnds.atFrom). */
const SEED_AT_TO = -2;
const SEED_AT_FROM = -3;

/** One full upward search with parent arcs; reset touches only what the last search visited. */
class UpwardTree {
  readonly time: Float64Array;
  readonly length: Float64Array;
  /** Pool arc into the node (forward) or out of it (backward); SEED_* for the ends. */
  readonly parent: Int32Array;
  readonly reached: Uint8Array;
  readonly visited: number[] = [];
  private readonly heap: IndexedMinHeap;

  constructor(n: number) {
    this.time = new Float64Array(n).fill(Infinity);
    this.length = new Float64Array(n);
    this.parent = new Int32Array(n).fill(-1);
    this.reached = new Uint8Array(n);
    this.heap = new IndexedMinHeap(n);
  }

  run(
    ends: LocationEnds,
    start: Int32Array,
    other: Int32Array,
    timeS: Float64Array,
    lengthM: Float64Array,
    arcs: Int32Array,
  ): this {
    const { time, length, parent, reached, visited, heap } = this;
    for (const v of visited) {
      time[v] = Infinity;
      parent[v] = -1;
      reached[v] = 0;
    }
    visited.length = 0;
    for (let e = 0; e < ends.count; e++) {
      const v = ends.node[e]!;
      if (ends.timeS[e]! < time[v]!) {
        time[v] = ends.timeS[e]!;
        length[v] = ends.lengthM[e]!;
        parent[v] = ends.atFrom[e] ? SEED_AT_FROM : SEED_AT_TO;
        heap.push(v, time[v]!);
      }
    }
    // Every node given a time is queued, so every touched node ends up in `visited`.
    while (heap.size > 0) {
      const v = heap.pop();
      reached[v] = 1;
      visited.push(v);
      for (let i = start[v]!; i < start[v + 1]!; i++) {
        const w = other[i]!;
        const t = time[v]! + timeS[i]!;
        if (t < time[w]!) {
          time[w] = t;
          length[w] = length[v]! + lengthM[i]!;
          parent[w] = arcs[i]!;
          heap.push(w, t);
        }
      }
    }
    return this;
  }
}

/** A pool arc as the road graph arcs it stands for, in driving order. */
function unpackArc(ch: ContractionHierarchy, arc: number, out: number[]): void {
  const stack = [arc];
  while (stack.length > 0) {
    const a = stack.pop()!;
    const first = ch.arcChildA[a]!;
    if (first < 0) out.push(ch.arcGraphArc[a]!);
    else stack.push(ch.arcChildB[a]!, first);
  }
}

/** Draws legs on one network, keeping its search arrays from leg to leg. */
export class LegRouter {
  private readonly forward: UpwardTree;
  private readonly backward: UpwardTree;
  private readonly ends = new LocationEnds();

  constructor(
    private readonly graph: RoadGraph,
    private readonly ch: ContractionHierarchy,
  ) {
    this.forward = new UpwardTree(ch.nodeCount);
    this.backward = new UpwardTree(ch.nodeCount);
  }

  leg(from: SnappedLocation, to: SnappedLocation): RoadLeg {
    const { graph, ch, ends } = this;
    const forward = this.forward.run(
      ends.setExits(graph, from),
      ch.upStart,
      ch.upHead,
      ch.upTimeS,
      ch.upLengthM,
      ch.upArc,
    );
    const backward = this.backward.run(
      ends.setEntries(graph, to),
      ch.downStart,
      ch.downTail,
      ch.downTimeS,
      ch.downLengthM,
      ch.downArc,
    );
    return drawLeg(graph, ch, from, to, forward, backward);
  }
}

/** One leg without keeping a router (allocates the search arrays). */
export function legGeometry(
  graph: RoadGraph,
  ch: ContractionHierarchy,
  from: SnappedLocation,
  to: SnappedLocation,
): RoadLeg {
  return new LegRouter(graph, ch).leg(from, to);
}

/** The best meeting junction of the two searches, unpacked and drawn. */
function drawLeg(
  graph: RoadGraph,
  ch: ContractionHierarchy,
  from: SnappedLocation,
  to: SnappedLocation,
  forward: UpwardTree,
  backward: UpwardTree,
): RoadLeg {
  let bestTime = directTimeS(graph, from, to);
  let meet = -1;
  for (const v of forward.visited) {
    if (!backward.reached[v]) continue;
    const t = forward.time[v]! + backward.time[v]!;
    if (t < bestTime) {
      bestTime = t;
      meet = v;
    }
  }
  if (meet < 0) {
    if (bestTime === Infinity)
      throw new Error('no path between two snapped locations (the graph is not strongly connected)');
    const points: LngLat[] = [{ lat: from.lat, lng: from.lng }];
    appendAlongChain(graph, from, to, points);
    return { timeS: bestTime, lengthM: directLengthM(from, to), points };
  }

  // Pool arcs from the source's exit junction up to `meet`, then down to the target's entry junction.
  const upPath: number[] = [];
  let v = meet;
  while (forward.parent[v]! >= 0) {
    const arc = forward.parent[v]!;
    upPath.push(arc);
    v = ch.arcTail[arc]!;
  }
  const exitAtFrom = forward.parent[v] === SEED_AT_FROM;
  upPath.reverse();
  const downPath: number[] = [];
  v = meet;
  while (backward.parent[v]! >= 0) {
    const arc = backward.parent[v]!;
    downPath.push(arc);
    v = ch.arcHead[arc]!;
  }
  const entryAtFrom = backward.parent[v] === SEED_AT_FROM;

  const graphArcs: number[] = [];
  for (const arc of upPath) unpackArc(ch, arc, graphArcs);
  for (const arc of downPath) unpackArc(ch, arc, graphArcs);

  const points: LngLat[] = [{ lat: from.lat, lng: from.lng }];
  // Leave the first chain towards the exit junction.
  if (exitAtFrom)
    for (let p = from.point; p >= graph.pointStart[from.chain]!; p--) pushPoint(graph, p, points);
  else for (let p = from.point + 1; p < graph.pointStart[from.chain + 1]!; p++) pushPoint(graph, p, points);
  for (const arc of graphArcs) appendChain(graph, graph.arcChain[arc]!, graph.arcReversed[arc] === 1, points);
  // Enter the last chain from the entry junction.
  if (entryAtFrom) for (let p = graph.pointStart[to.chain]!; p <= to.point; p++) pushPoint(graph, p, points);
  else for (let p = graph.pointStart[to.chain + 1]! - 1; p > to.point; p--) pushPoint(graph, p, points);
  pushLngLat(to.lat, to.lng, points);
  return { timeS: bestTime, lengthM: forward.length[meet]! + backward.length[meet]!, points };
}

function appendChain(graph: RoadGraph, chain: number, reversed: boolean, points: LngLat[]): void {
  const first = graph.pointStart[chain]!;
  const last = graph.pointStart[chain + 1]! - 1;
  if (reversed) for (let p = last; p >= first; p--) pushPoint(graph, p, points);
  else for (let p = first; p <= last; p++) pushPoint(graph, p, points);
}

/** Geometry between two positions on one chain, ending at `to`. */
function appendAlongChain(
  graph: RoadGraph,
  from: SnappedLocation,
  to: SnappedLocation,
  points: LngLat[],
): void {
  if (to.point + to.fraction >= from.point + from.fraction) {
    for (let p = from.point + 1; p <= to.point; p++) pushPoint(graph, p, points);
  } else {
    for (let p = from.point; p > to.point; p--) pushPoint(graph, p, points);
  }
  pushLngLat(to.lat, to.lng, points);
}

function pushPoint(graph: RoadGraph, p: number, points: LngLat[]): void {
  pushLngLat(graph.pointLat[p]!, graph.pointLon[p]!, points);
}

/** Append unless it repeats the last point (chains share their end junctions). */
function pushLngLat(lat: number, lng: number, points: LngLat[]): void {
  const last = points[points.length - 1];
  if (last && last.lat === lat && last.lng === lng) return;
  points.push({ lat, lng });
}
