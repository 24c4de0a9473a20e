/**
 * Many-to-many travel times on the contraction hierarchy with buckets
 * (Knopp et al. 2007): one backward upward search per target leaves
 * (target, cost) entries in a bucket at every junction it settles; one
 * forward upward search per source then scans the buckets of the junctions
 * it settles. Every shortest path meets at its highest junction, so the
 * minimum over the shared junctions is the exact shortest time.
 *
 * Both searches stall on demand: a junction that a higher one reaches more
 * cheaply is not on a shortest up-path, so it is neither expanded nor used.
 *
 * The result is row-major (from × size + to) like `TravelMatrix`.
 */
import type { ContractionHierarchy } from './contractionHierarchy.ts';
import { GrowableFloat64, GrowableInt32 } from './growableArray.ts';
import { directLengthM, directTimeS, LocationEnds } from './locationEnds.ts';
import { IndexedMinHeap } from './minHeap.ts';
import type { RoadGraph } from './roadGraph.ts';
import type { SnappedLocation } from './snap.ts';

export interface RoadMatrix {
  size: number;
  /** Seconds by car, row-major. */
  timeS: Float64Array;
  /** Metres along the fastest path, row-major. */
  lengthM: Float64Array;
}

/** Search scratch shared by the upward searches of one matrix. */
class UpwardSearch {
  readonly time: Float64Array;
  readonly length: Float64Array;
  readonly stamp: Int32Array;
  readonly heap: IndexedMinHeap;
  /** Junctions settled and not stalled by the last search, in order. */
  readonly settled: Int32Array;
  settledCount = 0;
  private currentStamp = 0;

  constructor(nodeCount: number) {
    this.time = new Float64Array(nodeCount);
    this.length = new Float64Array(nodeCount);
    this.stamp = new Int32Array(nodeCount);
    this.heap = new IndexedMinHeap(nodeCount);
    this.settled = new Int32Array(nodeCount);
  }

  /**
   * Upward Dijkstra from the given ends over `(start, other, timeS, lengthM)`
   * arcs; `stall*` are the arcs that point into a node from above in the
   * same search direction, used for stall-on-demand.
   */
  run(
    ends: LocationEnds,
    start: Int32Array,
    other: Int32Array,
    timeS: Float64Array,
    lengthM: Float64Array,
    stallStart: Int32Array,
    stallOther: Int32Array,
    stallTimeS: Float64Array,
  ): void {
    const { time, length, stamp, heap, settled } = this;
    const s = ++this.currentStamp;
    heap.clear();
    this.settledCount = 0;
    for (let e = 0; e < ends.count; e++) {
      const v = ends.node[e]!;
      const t = ends.timeS[e]!;
      if (stamp[v] !== s || t < time[v]!) {
        stamp[v] = s;
        time[v] = t;
        length[v] = ends.lengthM[e]!;
        heap.push(v, t);
      }
    }
    while (heap.size > 0) {
      const v = heap.pop();
      const tv = time[v]!;
      let stalled = false;
      for (let i = stallStart[v]!; i < stallStart[v + 1]!; i++) {
        const u = stallOther[i]!;
        if (stamp[u] === s && time[u]! + stallTimeS[i]! < tv) {
          stalled = true;
          break;
        }
      }
      if (stalled) continue;
      settled[this.settledCount++] = v;
      const lv = length[v]!;
      for (let i = start[v]!; i < start[v + 1]!; i++) {
        const w = other[i]!;
        const tw = tv + timeS[i]!;
        if (stamp[w] !== s || tw < time[w]!) {
          stamp[w] = s;
          time[w] = tw;
          length[w] = lv + lengthM[i]!;
          heap.push(w, tw);
        }
      }
    }
  }
}

export function manyToManyMatrix(
  graph: RoadGraph,
  ch: ContractionHierarchy,
  locations: readonly SnappedLocation[],
): RoadMatrix {
  const size = locations.length;
  const n = ch.nodeCount;
  const search = new UpwardSearch(n);
  const ends = new LocationEnds();

  // Targets: backward upward searches fill the buckets (node, target, time, length).
  const entryNode = new GrowableInt32(size * 64);
  const entryTarget = new GrowableInt32(size * 64);
  const entryTime = new GrowableFloat64(size * 64);
  const entryLength = new GrowableFloat64(size * 64);
  for (let t = 0; t < size; t++) {
    ends.setEntries(graph, locations[t]!);
    search.run(
      ends,
      ch.downStart,
      ch.downTail,
      ch.downTimeS,
      ch.downLengthM,
      ch.upStart,
      ch.upHead,
      ch.upTimeS,
    );
    for (let k = 0; k < search.settledCount; k++) {
      const v = search.settled[k]!;
      entryNode.push(v);
      entryTarget.push(t);
      entryTime.push(search.time[v]!);
      entryLength.push(search.length[v]!);
    }
  }
  // Group the entries by node (counting sort) so a bucket is one contiguous run.
  const entryCount = entryNode.length;
  const bucketStart = new Int32Array(n + 1);
  for (let k = 0; k < entryCount; k++) bucketStart[entryNode.data[k]! + 1]!++;
  for (let v = 0; v < n; v++) bucketStart[v + 1]! += bucketStart[v]!;
  const fill = bucketStart.slice(0, n);
  const bucketTarget = new Int32Array(entryCount);
  const bucketTime = new Float64Array(entryCount);
  const bucketLength = new Float64Array(entryCount);
  for (let k = 0; k < entryCount; k++) {
    const i = fill[entryNode.data[k]!]!++;
    bucketTarget[i] = entryTarget.data[k]!;
    bucketTime[i] = entryTime.data[k]!;
    bucketLength[i] = entryLength.data[k]!;
  }

  // Sources: forward upward searches scan the buckets.
  const timeS = new Float64Array(size * size).fill(Infinity);
  const lengthM = new Float64Array(size * size);
  for (let s = 0; s < size; s++) {
    ends.setExits(graph, locations[s]!);
    search.run(
      ends,
      ch.upStart,
      ch.upHead,
      ch.upTimeS,
      ch.upLengthM,
      ch.downStart,
      ch.downTail,
      ch.downTimeS,
    );
    const row = s * size;
    for (let k = 0; k < search.settledCount; k++) {
      const v = search.settled[k]!;
      const tv = search.time[v]!;
      const lv = search.length[v]!;
      for (let i = bucketStart[v]!; i < bucketStart[v + 1]!; i++) {
        const cell = row + bucketTarget[i]!;
        const total = tv + bucketTime[i]!;
        if (total < timeS[cell]!) {
          timeS[cell] = total;
          lengthM[cell] = lv + bucketLength[i]!;
        }
      }
    }
  }

  applyDirectLegs(graph, locations, timeS, lengthM);
  return { size, timeS, lengthM };
}

/** Pairs on the same chain may be faster straight along it than via a junction; the diagonal is 0. */
function applyDirectLegs(
  graph: RoadGraph,
  locations: readonly SnappedLocation[],
  timeS: Float64Array,
  lengthM: Float64Array,
): void {
  const size = locations.length;
  const byChain = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const chain = locations[i]!.chain;
    const group = byChain.get(chain);
    if (group) group.push(i);
    else byChain.set(chain, [i]);
  }
  for (const group of byChain.values()) {
    for (const i of group) {
      for (const j of group) {
        const direct = directTimeS(graph, locations[i]!, locations[j]!);
        const cell = i * size + j;
        if (direct < timeS[cell]!) {
          timeS[cell] = direct;
          lengthM[cell] = directLengthM(locations[i]!, locations[j]!);
        }
      }
    }
  }
  for (let i = 0; i < size; i++) {
    timeS[i * size + i] = 0;
    lengthM[i * size + i] = 0;
  }
}
