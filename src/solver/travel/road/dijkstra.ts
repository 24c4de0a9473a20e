/**
 * Plain Dijkstra on the junction graph from one snapped location to many:
 * the reference the contraction hierarchy is checked against (tests and the
 * benchmark's honesty check). Deliberately shares no search code with it.
 */
import { directLengthM, directTimeS, LocationEnds } from './locationEnds.ts';
import { IndexedMinHeap } from './minHeap.ts';
import type { RoadGraph } from './roadGraph.ts';
import type { SnappedLocation } from './snap.ts';

export interface TravelRow {
  /** Seconds and metres (along the fastest path) to each target. */
  timeS: Float64Array;
  lengthM: Float64Array;
}

export function dijkstraRow(
  graph: RoadGraph,
  from: SnappedLocation,
  targets: readonly SnappedLocation[],
): TravelRow {
  const n = graph.nodeCount;
  const time = new Float64Array(n).fill(Infinity);
  const length = new Float64Array(n);
  const heap = new IndexedMinHeap(n);
  const ends = new LocationEnds().setExits(graph, from);
  for (let e = 0; e < ends.count; e++) {
    const v = ends.node[e]!;
    if (ends.timeS[e]! < time[v]!) {
      time[v] = ends.timeS[e]!;
      length[v] = ends.lengthM[e]!;
      heap.push(v, time[v]!);
    }
  }
  while (heap.size > 0) {
    const v = heap.pop();
    const tv = time[v]!;
    for (let i = graph.arcStart[v]!; i < graph.arcStart[v + 1]!; i++) {
      const w = graph.arcHead[i]!;
      const tw = tv + graph.arcTimeS[i]!;
      if (tw < time[w]!) {
        time[w] = tw;
        length[w] = length[v]! + graph.arcLengthM[i]!;
        heap.push(w, tw);
      }
    }
  }
  const row: TravelRow = {
    timeS: new Float64Array(targets.length),
    lengthM: new Float64Array(targets.length),
  };
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t]!;
    let bestTime = directTimeS(graph, from, target);
    let bestLength = bestTime < Infinity ? directLengthM(from, target) : 0;
    ends.setEntries(graph, target);
    for (let e = 0; e < ends.count; e++) {
      const v = ends.node[e]!;
      const total = time[v]! + ends.timeS[e]!;
      if (total < bestTime) {
        bestTime = total;
        bestLength = length[v]! + ends.lengthM[e]!;
      }
    }
    row.timeS[t] = bestTime;
    row.lengthM[t] = bestLength;
  }
  return row;
}
