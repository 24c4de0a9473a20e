/**
 * Makes the road network one strongly connected whole, so that every node can
 * be driven to from every other. Cutting streets at the water, the ring and
 * the parks leaves a few one-way dead ends and islands; one-way streets that
 * trap traffic become two-way, and whatever is still cut off is removed.
 */
import type { NetworkWay, RoadNetwork } from './network.ts';
import { isOneway } from './roads.ts';

/** Enough rounds for any chain of one-way fixes seen in practice; each round only ever widens the main part. */
const MAX_ROUNDS = 8;

export function stronglyConnected(network: RoadNetwork): RoadNetwork {
  let ways = network.ways;
  let main = mainComponent(network.xs.length, ways);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    ways = ways.map((way) => {
      if (way.road.oneway !== true || way.nodes.every((n) => main[n] === 1)) return way;
      changed = true;
      return { ...way, road: { ...way.road, oneway: false } };
    });
    if (!changed) break;
    main = mainComponent(network.xs.length, ways);
  }
  return prune(network, ways, main);
}

/** Marks (1) the nodes of the largest strongly connected component. */
function mainComponent(nodeCount: number, ways: readonly NetworkWay[]): Uint8Array {
  const component = stronglyConnectedComponents(nodeCount, ways);
  const sizes = new Map<number, number>();
  const used = new Uint8Array(nodeCount);
  for (const way of ways) for (const n of way.nodes) used[n] = 1;
  component.forEach((c, n) => {
    if (used[n] === 1) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  let largest = -1;
  let largestSize = 0;
  for (const [c, size] of sizes) {
    if (size > largestSize) [largest, largestSize] = [c, size];
  }
  return Uint8Array.from(component, (c) => (c === largest ? 1 : 0));
}

/** The directed road graph in compressed form: node n's successors are `targets[offsets[n] .. offsets[n + 1]]`. */
function adjacency(
  nodeCount: number,
  ways: readonly NetworkWay[],
): { offsets: Int32Array; targets: Int32Array } {
  const edges: number[] = [];
  for (const way of ways) {
    const both = !isOneway(way.road);
    for (let i = 0; i + 1 < way.nodes.length; i++) {
      edges.push(way.nodes[i]!, way.nodes[i + 1]!);
      if (both) edges.push(way.nodes[i + 1]!, way.nodes[i]!);
    }
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges.length; e += 2) offsets[edges[e]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) offsets[n + 1]! += offsets[n]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(edges.length / 2);
  for (let e = 0; e < edges.length; e += 2) targets[fill[edges[e]!]!++] = edges[e + 1]!;
  return { offsets, targets };
}

/** Tarjan's algorithm, iterative (a city is too deep for recursion): the component of every node. */
function stronglyConnectedComponents(nodeCount: number, ways: readonly NetworkWay[]): Int32Array {
  const { offsets, targets } = adjacency(nodeCount, ways);
  const index = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const stack = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  // The explicit call stack: the node being visited and the next edge to follow from it.
  const callNode = new Int32Array(nodeCount);
  const callEdge = new Int32Array(nodeCount);
  let counter = 0;
  let top = 0;
  let components = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    let next = root;
    for (;;) {
      if (next !== -1) {
        // Enter `next`.
        index[next] = low[next] = counter++;
        stack[top++] = next;
        onStack[next] = 1;
        callNode[depth] = next;
        callEdge[depth++] = offsets[next]!;
        next = -1;
      }
      if (depth === 0) break;
      const v = callNode[depth - 1]!;
      const e = callEdge[depth - 1]!;
      if (e < offsets[v + 1]!) {
        callEdge[depth - 1] = e + 1;
        const w = targets[e]!;
        if (index[w] === -1) next = w;
        else if (onStack[w] === 1) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      // Leave v: pass its low link up, and pop its component if it is a root.
      depth--;
      if (depth > 0) {
        const parent = callNode[depth - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--top]!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/**
 * Keeps the stretches of every way that run through the main component
 * (a way leaving it is cut where it leaves), and renumbers the nodes that are
 * still used, in their original order.
 */
function prune(network: RoadNetwork, ways: readonly NetworkWay[], main: Uint8Array): RoadNetwork {
  const kept: NetworkWay[] = [];
  for (const way of ways) {
    let run: number[] = [];
    const flush = () => {
      if (run.length >= 2) kept.push({ nodes: run, road: way.road });
      run = [];
    };
    for (const n of way.nodes) {
      if (main[n] === 1) run.push(n);
      else flush();
    }
    flush();
  }
  const renumber = new Int32Array(network.xs.length).fill(-1);
  for (const way of kept) for (const n of way.nodes) renumber[n] = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  renumber.forEach((mark, n) => {
    if (mark === -1) return;
    renumber[n] = xs.length;
    xs.push(network.xs[n]!);
    ys.push(network.ys[n]!);
  });
  return { xs, ys, ways: kept.map((way) => ({ nodes: way.nodes.map((n) => renumber[n]!), road: way.road })) };
}
