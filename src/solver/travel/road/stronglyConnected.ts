/**
 * The largest strongly connected component of a directed graph: the part of
 * the road network where every place can reach every other. Anything outside
 * it (an island, a one-way stub into a car park) would make some matrix
 * entries infinite, so the graph keeps only this component.
 *
 * Tarjan's algorithm with an explicit call stack: a city's road graph has
 * paths hundreds of thousands of nodes deep, far past the JS call stack.
 */

/** Graph as CSR: arcs of node v are head[start[v] .. start[v + 1]). */
export function largestStronglyConnected(
  nodeCount: number,
  start: Int32Array,
  head: Int32Array,
): { member: Uint8Array; size: number } {
  const index = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const next = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const stack = new Int32Array(nodeCount);
  const calls = new Int32Array(nodeCount);
  let stackSize = 0;
  let counter = 0;
  let components = 0;
  let bestComponent = -1;
  let bestSize = 0;

  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    calls[depth++] = root;
    index[root] = low[root] = counter++;
    next[root] = start[root]!;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = calls[depth - 1]!;
      if (next[v]! < start[v + 1]!) {
        const w = head[next[v]!]!;
        next[v] = next[v]! + 1;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          next[w] = start[w]!;
          stack[stackSize++] = w;
          onStack[w] = 1;
          calls[depth++] = w;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      depth--;
      if (low[v] === index[v]) {
        let size = 0;
        let w: number;
        do {
          w = stack[--stackSize]!;
          onStack[w] = 0;
          component[w] = components;
          size++;
        } while (w !== v);
        if (size > bestSize) {
          bestSize = size;
          bestComponent = components;
        }
        components++;
      }
      if (depth > 0) {
        const parent = calls[depth - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }

  const member = new Uint8Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) if (component[v] === bestComponent) member[v] = 1;
  return { member, size: bestSize };
}
