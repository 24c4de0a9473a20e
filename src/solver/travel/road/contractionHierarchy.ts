/**
 * Contraction hierarchy over the road graph (Geisberger et al. 2008).
 *
 * Junctions are contracted one by one, least important first; contracting v
 * adds a shortcut u → w for every u → v → w that is the only shortest way
 * between u and w (no "witness" path avoiding v is as fast). Afterwards every
 * shortest path goes up in contraction order and then down, so a query only
 * searches upward from both ends: a few hundred junctions instead of the
 * whole city.
 *
 * Importance is the classic lazy mix of edge difference (shortcuts added
 * minus arcs removed), contracted neighbours (spreads contraction evenly)
 * and level (depth of the hierarchy below the node).
 *
 * Witness searches are bounded (settled-node limits): a bound can only add
 * an unnecessary shortcut, never lose a shortest path.
 *
 * Every arc, original or shortcut, stays in an arc pool with the two arcs it
 * replaces, so a path of shortcuts unpacks into road chains for drawing.
 */
import { GrowableFloat64, GrowableInt32 } from './growableArray.ts';
import { IndexedMinHeap } from './minHeap.ts';
import type { RoadGraph } from './roadGraph.ts';

export interface ContractionHierarchy {
  nodeCount: number;
  /** Contraction order of each node: higher is more important. */
  rank: Int32Array;

  /** Upward arcs v → w (rank w > rank v) as CSR over v, for searches from a source. */
  upStart: Int32Array;
  upHead: Int32Array;
  upTimeS: Float64Array;
  upLengthM: Float64Array;
  /** Pool arc of each upward arc, for unpacking. */
  upArc: Int32Array;

  /** Arcs u → v with rank u > rank v, stored at v (CSR over v), for searches towards a target. */
  downStart: Int32Array;
  downTail: Int32Array;
  downTimeS: Float64Array;
  downLengthM: Float64Array;
  downArc: Int32Array;

  /** Arc pool: original arcs have childA = -1 and their road graph arc in `arcGraphArc`. */
  arcTail: Int32Array;
  arcHead: Int32Array;
  arcChildA: Int32Array;
  arcChildB: Int32Array;
  arcGraphArc: Int32Array;
  shortcutCount: number;
}

export interface ContractionOptions {
  /** Settled-node limit of the witness searches that estimate a node's importance. */
  simulationSettleLimit?: number;
  /** Settled-node limit of the witness searches that decide shortcuts. */
  contractionSettleLimit?: number;
}

const PRIORITY_EDGE_DIFFERENCE = 2;
const PRIORITY_CONTRACTED_NEIGHBOURS = 1;
const PRIORITY_LEVEL = 1;

/** The mutable graph being contracted: arc pool plus per-node arc lists of live arcs. */
class ContractionState {
  readonly tail = new GrowableInt32(1 << 14);
  readonly head = new GrowableInt32(1 << 14);
  readonly time = new GrowableFloat64(1 << 14);
  readonly length = new GrowableFloat64(1 << 14);
  readonly childA = new GrowableInt32(1 << 14);
  readonly childB = new GrowableInt32(1 << 14);
  readonly graphArc = new GrowableInt32(1 << 14);
  readonly outArcs: number[][];
  /** Heads and times of `outArcs`, side by side: the witness searches read these, not the pool. */
  readonly outHead: number[][];
  readonly outTime: number[][];
  readonly inArcs: number[][];

  // Witness search scratch.
  readonly dist: Float64Array;
  readonly stamp: Int32Array;
  readonly heap: IndexedMinHeap;
  currentStamp = 0;
  /** Nodes the current witness search is looking for (marked with `currentTargets`). */
  readonly targetStamp: Int32Array;
  currentTargets = 0;

  constructor(readonly nodeCount: number) {
    this.outArcs = Array.from({ length: nodeCount }, () => []);
    this.outHead = Array.from({ length: nodeCount }, () => []);
    this.outTime = Array.from({ length: nodeCount }, () => []);
    this.inArcs = Array.from({ length: nodeCount }, () => []);
    this.dist = new Float64Array(nodeCount);
    this.stamp = new Int32Array(nodeCount);
    this.heap = new IndexedMinHeap(nodeCount);
    this.targetStamp = new Int32Array(nodeCount);
  }

  addArc(u: number, w: number, time: number, length: number, a: number, b: number, graphArc: number): number {
    const id = this.tail.length;
    this.tail.push(u);
    this.head.push(w);
    this.time.push(time);
    this.length.push(length);
    this.childA.push(a);
    this.childB.push(b);
    this.graphArc.push(graphArc);
    this.outArcs[u]!.push(id);
    this.outHead[u]!.push(w);
    this.outTime[u]!.push(time);
    this.inArcs[w]!.push(id);
    return id;
  }

  private removeOut(u: number, arc: number): void {
    const arcs = this.outArcs[u]!;
    const i = arcs.indexOf(arc);
    if (i < 0) return;
    const heads = this.outHead[u]!;
    const times = this.outTime[u]!;
    const last = arcs.length - 1;
    arcs[i] = arcs[last]!;
    heads[i] = heads[last]!;
    times[i] = times[last]!;
    arcs.pop();
    heads.pop();
    times.pop();
  }

  /**
   * Dijkstra from `source` over live arcs, never through `avoid`, until all
   * `targets` marked nodes are settled, the next node is farther than
   * `maxTime`, or `settleLimit` nodes are settled. Afterwards `distanceTo(w)`
   * is an upper bound of the shortest time.
   */
  witnessSearch(source: number, avoid: number, maxTime: number, settleLimit: number, targets: number): void {
    const { dist, stamp, heap, outHead, outTime, targetStamp } = this;
    const targetMark = this.currentTargets;
    let remaining = targets;
    const s = ++this.currentStamp;
    heap.clear();
    dist[source] = 0;
    stamp[source] = s;
    heap.push(source, 0);
    let settled = 0;
    while (heap.size > 0) {
      if (heap.peekKey() > maxTime || settled >= settleLimit) break;
      const v = heap.pop();
      settled++;
      if (targetStamp[v] === targetMark && --remaining === 0) break;
      const dv = dist[v]!;
      const heads = outHead[v]!;
      const times = outTime[v]!;
      for (let i = 0; i < heads.length; i++) {
        const w = heads[i]!;
        if (w === avoid) continue;
        const dw = dv + times[i]!;
        if (stamp[w] !== s || dw < dist[w]!) {
          dist[w] = dw;
          stamp[w] = s;
          heap.push(w, dw);
        }
      }
    }
  }

  distanceTo(w: number): number {
    return this.stamp[w] === this.currentStamp ? this.dist[w]! : Infinity;
  }

  /**
   * Shortcuts that contracting v needs, as [u, w, time, length, inArc, outArc]
   * tuples appended to `out` (when given); returns how many.
   */
  shortcutsFor(v: number, settleLimit: number, out: number[] | null): number {
    const time = this.time.data;
    const tail = this.tail.data;
    const head = this.head.data;
    const ins = this.inArcs[v]!;
    const outs = this.outArcs[v]!;
    let count = 0;
    for (let i = 0; i < ins.length; i++) {
      const inArc = ins[i]!;
      const u = tail[inArc]!;
      let maxTime = 0;
      let targets = 0;
      const mark = ++this.currentTargets;
      for (let j = 0; j < outs.length; j++) {
        const outArc = outs[j]!;
        const w = head[outArc]!;
        if (w === u) continue;
        targets++;
        this.targetStamp[w] = mark;
        const through = time[inArc]! + time[outArc]!;
        if (through > maxTime) maxTime = through;
      }
      if (targets === 0) continue;
      this.witnessSearch(u, v, maxTime, settleLimit, targets);
      for (let j = 0; j < outs.length; j++) {
        const outArc = outs[j]!;
        const w = head[outArc]!;
        if (w === u) continue;
        const through = time[inArc]! + time[outArc]!;
        if (this.distanceTo(w) <= through) continue;
        count++;
        out?.push(u, w, through, this.length.data[inArc]! + this.length.data[outArc]!, inArc, outArc);
      }
    }
    return count;
  }

  /** Drop v's arcs from its neighbours' lists (v's own lists are kept as its upward arcs). */
  detach(v: number): void {
    const tail = this.tail.data;
    const head = this.head.data;
    for (const arc of this.outArcs[v]!) removeFrom(this.inArcs[head[arc]!]!, arc);
    for (const arc of this.inArcs[v]!) this.removeOut(tail[arc]!, arc);
  }

  /** Add shortcut u → w, replacing a slower live arc u → w (there is at most one). */
  addShortcut(u: number, w: number, time: number, length: number, a: number, b: number): void {
    const outs = this.outArcs[u]!;
    const head = this.head.data;
    for (let i = 0; i < outs.length; i++) {
      const arc = outs[i]!;
      if (head[arc] !== w) continue;
      if (this.time.data[arc]! <= time) return;
      this.removeOut(u, arc);
      removeFrom(this.inArcs[w]!, arc);
      break;
    }
    this.addArc(u, w, time, length, a, b, -1);
  }
}

function removeFrom(list: number[], value: number): void {
  const i = list.indexOf(value);
  if (i < 0) return;
  list[i] = list[list.length - 1]!;
  list.pop();
}

export function contractGraph(graph: RoadGraph, options: ContractionOptions = {}): ContractionHierarchy {
  const simulationLimit = options.simulationSettleLimit ?? 20;
  const contractionLimit = options.contractionSettleLimit ?? 200;
  const n = graph.nodeCount;
  const state = new ContractionState(n);

  // Original arcs, the fastest of parallel ones, without self-loops (they never shorten a path).
  const bestTo = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const first = graph.arcStart[u]!;
    const end = graph.arcStart[u + 1]!;
    for (let i = first; i < end; i++) {
      const w = graph.arcHead[i]!;
      if (w === u) continue;
      const best = bestTo[w]!;
      if (best < 0 || graph.arcTimeS[i]! < graph.arcTimeS[best]!) bestTo[w] = i;
    }
    for (let i = first; i < end; i++) {
      const w = graph.arcHead[i]!;
      if (bestTo[w] !== i) continue;
      state.addArc(u, w, graph.arcTimeS[i]!, graph.arcLengthM[i]!, -1, -1, i);
    }
    for (let i = first; i < end; i++) bestTo[graph.arcHead[i]!] = -1;
  }

  const contractedNeighbours = new Int32Array(n);
  const level = new Int32Array(n);
  const contracted = new Uint8Array(n);
  const priority = (v: number): number => {
    const shortcuts = state.shortcutsFor(v, simulationLimit, null);
    const removed = state.inArcs[v]!.length + state.outArcs[v]!.length;
    return (
      PRIORITY_EDGE_DIFFERENCE * (shortcuts - removed) +
      PRIORITY_CONTRACTED_NEIGHBOURS * contractedNeighbours[v]! +
      PRIORITY_LEVEL * level[v]!
    );
  };

  const queue = new IndexedMinHeap(n);
  for (let v = 0; v < n; v++) queue.push(v, priority(v));

  const rank = new Int32Array(n);
  const upArcs: number[][] = new Array(n);
  const downArcs: number[][] = new Array(n);
  const shortcuts: number[] = [];
  const neighbours: number[] = [];
  let order = 0;
  while (queue.size > 0) {
    const v = queue.pop();
    // Lazy update: importance may have grown since it was queued.
    if (queue.size > 0) {
      const p = priority(v);
      if (p > queue.peekKey()) {
        queue.push(v, p);
        continue;
      }
    }
    shortcuts.length = 0;
    state.shortcutsFor(v, contractionLimit, shortcuts);
    rank[v] = order++;
    contracted[v] = 1;
    upArcs[v] = state.outArcs[v]!;
    downArcs[v] = state.inArcs[v]!;
    state.detach(v);
    for (let i = 0; i < shortcuts.length; i += 6) {
      state.addShortcut(
        shortcuts[i]!,
        shortcuts[i + 1]!,
        shortcuts[i + 2]!,
        shortcuts[i + 3]!,
        shortcuts[i + 4]!,
        shortcuts[i + 5]!,
      );
    }
    // Neighbours' importance changed: count, level, and their own shortcuts.
    neighbours.length = 0;
    for (const arc of upArcs[v]!) neighbours.push(state.head.data[arc]!);
    for (const arc of downArcs[v]!) neighbours.push(state.tail.data[arc]!);
    for (const x of neighbours) {
      if (contracted[x]) continue;
      contractedNeighbours[x]!++;
      if (level[x]! < level[v]! + 1) level[x] = level[v]! + 1;
    }
    for (const x of neighbours) if (!contracted[x] && queue.contains(x)) queue.set(x, priority(x));
  }

  return assemble(state, rank, upArcs, downArcs);
}

function assemble(
  state: ContractionState,
  rank: Int32Array,
  upArcs: number[][],
  downArcs: number[][],
): ContractionHierarchy {
  const n = state.nodeCount;
  const tail = state.tail.data;
  const head = state.head.data;
  const time = state.time.data;
  const length = state.length.data;

  const upStart = new Int32Array(n + 1);
  const downStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    upStart[v + 1] = upStart[v]! + upArcs[v]!.length;
    downStart[v + 1] = downStart[v]! + downArcs[v]!.length;
  }
  const upCount = upStart[n]!;
  const downCount = downStart[n]!;
  const upHead = new Int32Array(upCount);
  const upTimeS = new Float64Array(upCount);
  const upLengthM = new Float64Array(upCount);
  const upArc = new Int32Array(upCount);
  const downTail = new Int32Array(downCount);
  const downTimeS = new Float64Array(downCount);
  const downLengthM = new Float64Array(downCount);
  const downArc = new Int32Array(downCount);
  for (let v = 0; v < n; v++) {
    let i = upStart[v]!;
    for (const arc of upArcs[v]!) {
      upHead[i] = head[arc]!;
      upTimeS[i] = time[arc]!;
      upLengthM[i] = length[arc]!;
      upArc[i] = arc;
      i++;
    }
    i = downStart[v]!;
    for (const arc of downArcs[v]!) {
      downTail[i] = tail[arc]!;
      downTimeS[i] = time[arc]!;
      downLengthM[i] = length[arc]!;
      downArc[i] = arc;
      i++;
    }
  }
  const arcCount = state.tail.length;
  let shortcutCount = 0;
  for (let a = 0; a < arcCount; a++) if (state.childA.data[a]! >= 0) shortcutCount++;
  return {
    nodeCount: n,
    rank,
    upStart,
    upHead,
    upTimeS,
    upLengthM,
    upArc,
    downStart,
    downTail,
    downTimeS,
    downLengthM,
    downArc,
    arcTail: state.tail.toArray(),
    arcHead: state.head.toArray(),
    arcChildA: state.childA.toArray(),
    arcChildB: state.childB.toArray(),
    arcGraphArc: state.graphArc.toArray(),
    shortcutCount,
  };
}
