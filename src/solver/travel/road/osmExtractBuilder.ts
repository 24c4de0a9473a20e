/**
 * Collects decoded entities and turns them into an OsmExtract: ways keep
 * their kept tags and refer to nodes by index; only nodes that a kept way or
 * point feature uses survive; multipolygon members are kept even when the
 * member way itself has no tags (the tags live on the relation).
 *
 * A way that refers to a node missing from the file (a clipped extract) is
 * split there rather than joined across the gap: joining would invent a
 * straight road through whatever lies between.
 */
import type {
  OsmExtract,
  OsmPoi,
  OsmRelation,
  OsmRelationMember,
  OsmTags,
  OsmWay,
} from '../../../domain/osm.ts';
import { GrowableFloat64, GrowableInt32 } from './growableArray.ts';
import { isWantedPoi, isWantedRelation, isWantedWay } from './osmTagFilter.ts';
import type { OsmSink } from './primitiveBlock.ts';

interface PendingPoi {
  id: number;
  /** Position in decode order. */
  node: number;
  tags: OsmTags;
}

interface PendingWay {
  id: number;
  refStart: number;
  refEnd: number;
  tags: OsmTags;
  wanted: boolean;
}

interface PendingRelation {
  id: number;
  memberWays: number[];
  roles: string[];
  tags: OsmTags;
}

export class OsmExtractBuilder implements OsmSink {
  private readonly nodeIds = new GrowableFloat64(1 << 16);
  private readonly lats = new GrowableFloat64(1 << 16);
  private readonly lons = new GrowableFloat64(1 << 16);
  private readonly pois: PendingPoi[] = [];
  private readonly refs = new GrowableFloat64(1 << 16);
  private readonly ways: PendingWay[] = [];
  private readonly relations: PendingRelation[] = [];

  node(id: number, lat: number, lon: number, tags: OsmTags | null): void {
    if (tags && isWantedPoi(tags)) this.pois.push({ id, node: this.nodeIds.length, tags });
    this.nodeIds.push(id);
    this.lats.push(lat);
    this.lons.push(lon);
  }

  way(id: number, refs: readonly number[], tags: OsmTags): void {
    const refStart = this.refs.length;
    for (const ref of refs) this.refs.push(ref);
    this.ways.push({ id, refStart, refEnd: this.refs.length, tags, wanted: isWantedWay(tags) });
  }

  relation(id: number, memberWays: readonly number[], roles: readonly string[], tags: OsmTags): void {
    if (!isWantedRelation(tags)) return;
    this.relations.push({ id, memberWays: [...memberWays], roles: [...roles], tags });
  }

  /** Resolve ids to indices, drop what nothing uses, and hand over typed arrays. */
  finish(): OsmExtract {
    const nodeCount = this.nodeIds.length;
    const nodeIds = this.nodeIds.data;
    const nodeOrder = sortedOrder(nodeIds, nodeCount);

    // Ways that multipolygons need are kept whatever their own tags.
    const wayIds = new Float64Array(this.ways.length);
    for (let i = 0; i < this.ways.length; i++) wayIds[i] = this.ways[i]!.id;
    const wayOrder = sortedOrder(wayIds, wayIds.length);
    const relationMemberIndex: number[][] = [];
    for (const relation of this.relations) {
      const members = relation.memberWays.map((wayId) => {
        const w = findSorted(wayIds, wayIds.length, wayOrder, wayId);
        if (w >= 0) this.ways[w]!.wanted = true;
        return w;
      });
      relationMemberIndex.push(members);
    }

    // Resolve refs of kept ways (-1 where the node is missing) and mark used nodes.
    const used = new Uint8Array(nodeCount);
    const resolved = new GrowableInt32(this.refs.length);
    const resolvedStart: number[] = [];
    for (const way of this.ways) {
      resolvedStart.push(resolved.length);
      if (!way.wanted) continue;
      for (let r = way.refStart; r < way.refEnd; r++) {
        const node = findSorted(nodeIds, nodeCount, nodeOrder, this.refs.data[r]!);
        resolved.push(node);
        if (node >= 0) used[node] = 1;
      }
    }
    for (const poi of this.pois) used[poi.node] = 1;

    const newIndex = new Int32Array(nodeCount).fill(-1);
    let kept = 0;
    for (let i = 0; i < nodeCount; i++) if (used[i]) newIndex[i] = kept++;
    const outIds = new Float64Array(kept);
    const outLats = new Float64Array(kept);
    const outLons = new Float64Array(kept);
    for (let i = 0; i < nodeCount; i++) {
      const j = newIndex[i]!;
      if (j < 0) continue;
      outIds[j] = nodeIds[i]!;
      outLats[j] = this.lats.data[i]!;
      outLons[j] = this.lons.data[i]!;
    }

    // Kept ways, split at missing nodes; source way w became ways[pieceStart[w]..pieceEnd[w]).
    const ways: OsmWay[] = [];
    const pieceStart = new Int32Array(this.ways.length);
    const pieceEnd = new Int32Array(this.ways.length);
    for (let w = 0; w < this.ways.length; w++) {
      const way = this.ways[w]!;
      if (!way.wanted) continue;
      const start = resolvedStart[w]!;
      const count = way.refEnd - way.refStart;
      pieceStart[w] = ways.length;
      let piece: number[] = [];
      const flush = () => {
        if (piece.length >= 2) ways.push({ id: way.id, nodes: piece, tags: way.tags });
        piece = [];
      };
      for (let k = 0; k < count; k++) {
        const node = resolved.data[start + k]!;
        if (node < 0) flush();
        else piece.push(newIndex[node]!);
      }
      flush();
      pieceEnd[w] = ways.length;
    }

    const relations: OsmRelation[] = this.relations.map((relation, r) => {
      const members: OsmRelationMember[] = [];
      relationMemberIndex[r]!.forEach((w, m) => {
        const role = relation.roles[m] ?? '';
        if (w < 0 || pieceStart[w] === pieceEnd[w]) members.push({ way: -1, role });
        else
          for (let piece = pieceStart[w]!; piece < pieceEnd[w]!; piece++) members.push({ way: piece, role });
      });
      return { id: relation.id, members, tags: relation.tags };
    });

    const pois: OsmPoi[] = this.pois.map((poi) => ({
      id: poi.id,
      node: newIndex[poi.node]!,
      tags: poi.tags,
    }));
    return { nodeIds: outIds, lats: outLats, lons: outLons, ways, relations, pois };
  }
}

/**
 * Positions of `ids[0..count)` in ascending id order; null when already
 * ascending (PBF files sorted by type then id, the usual case).
 */
function sortedOrder(ids: Float64Array, count: number): Int32Array | null {
  let sorted = true;
  for (let i = 1; i < count && sorted; i++) if (ids[i]! < ids[i - 1]!) sorted = false;
  if (sorted) return null;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => ids[a]! - ids[b]!);
  return order;
}

/** Position of `id` in `ids`, or -1: binary search through `order` (or directly when sorted). */
function findSorted(ids: Float64Array, count: number, order: Int32Array | null, id: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = order ? order[mid]! : mid;
    const value = ids[at]!;
    if (value === id) return at;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
