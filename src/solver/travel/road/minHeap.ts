/**
 * A binary min-heap of node ids keyed by float cost, with decrease-key, on
 * preallocated typed arrays: every Dijkstra-like search in the road code runs
 * thousands of times per matrix, so a search allocates nothing.
 *
 * `clear()` is O(items still queued), not O(capacity): positions are reset
 * only for nodes that were touched.
 */
export class IndexedMinHeap {
  private readonly keys: Float64Array;
  private readonly items: Int32Array;
  /** Heap slot of each node, -1 when not queued. */
  private readonly position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]!] = -1;
    this.size = 0;
  }

  contains(item: number): boolean {
    return this.position[item]! >= 0;
  }

  /** Insert, or lower the key of a queued item (a higher key is ignored). */
  push(item: number, key: number): void {
    let i = this.position[item]!;
    if (i < 0) {
      i = this.size++;
    } else if (key >= this.keys[i]!) {
      return;
    }
    // Sift up from slot i.
    const keys = this.keys;
    const items = this.items;
    const position = this.position;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      const parentItem = items[parent]!;
      items[i] = parentItem;
      position[parentItem] = i;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
    position[item] = i;
  }

  /** Insert, or move a queued item to a new key, higher or lower. */
  set(item: number, key: number): void {
    const i = this.position[item]!;
    if (i < 0 || key < this.keys[i]!) {
      this.push(item, key);
      return;
    }
    this.siftDown(i, item, key);
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  /** Remove and return the item with the smallest key; the heap must not be empty. */
  pop(): number {
    const keys = this.keys;
    const items = this.items;
    const position = this.position;
    const top = items[0]!;
    position[top] = -1;
    const last = --this.size;
    if (last === 0) return top;
    this.siftDown(0, items[last]!, keys[last]!);
    return top;
  }

  /** Place `item` with `key` at slot i or below, moving smaller children up. */
  private siftDown(start: number, item: number, key: number): void {
    const keys = this.keys;
    const items = this.items;
    const position = this.position;
    const last = this.size;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      const childItem = items[child]!;
      items[i] = childItem;
      position[childItem] = i;
      i = child;
    }
    keys[i] = key;
    items[i] = item;
    position[item] = i;
  }
}
