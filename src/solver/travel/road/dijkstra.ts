/**
 * Plain Dijkstra on the junction graph from one snapped location to many:
 * the reference the contraction hierarchy is checked against (tests and the
 * benchmark's honesty check). Deliberately shares no search code with it.
 * It stops once every target is settled, so a row to a few nearby targets
 * costs a small part of the graph.
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
  const row: TravelRow = {
    timeS: new Float64Array(targets.length),
    lengthM: new Float64Array(targets.length),
  };
  // Where each target is entered from, and its best so far (the direct way along a shared segment first).
  const entries = new Map<number, { target: number; timeS: number; lengthM: number }[]>();
  targets.forEach((target, t) => {
    row.timeS[t] = directTimeS(graph, from, target);
    row.lengthM[t] = row.timeS[t]! < Infinity ? directLengthM(from, target) : 0;
    ends.setEntries(graph, target);
    for (let e = 0; e < ends.count; e++) {
      const v = ends.node[e]!;
      const list = entries.get(v) ?? [];
      list.push({ target: t, timeS: ends.timeS[e]!, lengthM: ends.lengthM[e]! });
      entries.set(v, list);
    }
  });
  // Settled times only grow, so once one reaches every target's best nothing can improve: stop there.
  // `latest` may be stale-high (bests only fall); it is recomputed when the search reaches it.
  let unreached = row.timeS.filter((t) => t === Infinity).length;
  let latest = unreached > 0 ? Infinity : latestOf(row.timeS);
  while (heap.size > 0) {
    const v = heap.pop();
    const tv = time[v]!;
    if (tv >= latest) {
      latest = latestOf(row.timeS);
      if (tv >= latest) break;
    }
    for (const entry of entries.get(v) ?? []) {
      const total = tv + entry.timeS;
      const best = row.timeS[entry.target]!;
      if (total < best) {
        row.timeS[entry.target] = total;
        row.lengthM[entry.target] = length[v]! + entry.lengthM;
        if (best === Infinity && --unreached === 0) latest = latestOf(row.timeS);
      }
    }
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
  return row;
}

/** The largest of the bests (0 for none): a loop, since a row may have more targets than a call has arguments. */
function latestOf(times: Float64Array): number {
  let latest = 0;
  for (const t of times) latest = Math.max(latest, t);
  return latest;
}
