/**
 * Writes the city as an `OsmExtract`: nodes projected to degrees and rounded
 * to OSM's 1e-7° precision, ids in the ranges real data uses, ways and
 * relations referring to nodes and ways by index.
 */
import type { OsmExtract, OsmRelationMember, OsmTags, OsmWay } from '../osm.ts';
import type { Vec } from './geometry.ts';
import type { LocalProjection } from './projection.ts';

/**
 * Ids start where present-day OSM ids are (node ids are past 2^31, which is
 * why the extract keeps them in a Float64Array), so nothing downstream can
 * get away with assuming small ones.
 */
const FIRST_NODE_ID = 11_000_000_001;
const FIRST_WAY_ID = 1_100_000_001;
const FIRST_RELATION_ID = 17_000_001;

export interface ExtractBuilder {
  /** Adds a node at (x, y) metres and returns its index. */
  node(x: number, y: number): number;
  /** Adds a way over existing nodes and returns its index. */
  way(nodes: number[], tags: OsmTags): number;
  /** Adds a closed way over new nodes (the first is repeated at the end) and returns its index. */
  closedWay(ring: readonly Vec[], tags: OsmTags): number;
  relation(members: OsmRelationMember[], tags: OsmTags): void;
  poi(p: Vec, tags: OsmTags): void;
  build(): OsmExtract;
}

export function createExtractBuilder(projection: LocalProjection): ExtractBuilder {
  // Plain coordinate arrays rather than a point object per node: a city has tens of thousands.
  const xs: number[] = [];
  const ys: number[] = [];
  const ways: OsmWay[] = [];
  const extract: Pick<OsmExtract, 'relations' | 'pois'> = { relations: [], pois: [] };
  const builder: ExtractBuilder = {
    node: (x, y) => {
      ys.push(y);
      return xs.push(x) - 1;
    },
    way: (nodes, tags) => ways.push({ id: FIRST_WAY_ID + ways.length, nodes, tags }) - 1,
    closedWay: (ring, tags) => {
      const nodes = ring.map((p) => builder.node(p.x, p.y));
      nodes.push(nodes[0]!);
      return builder.way(nodes, tags);
    },
    relation: (members, tags) => {
      extract.relations.push({ id: FIRST_RELATION_ID + extract.relations.length, members, tags });
    },
    poi: (p, tags) => {
      const node = builder.node(p.x, p.y);
      extract.pois.push({ id: FIRST_NODE_ID + node, node, tags });
    },
    build: () => {
      const n = xs.length;
      const nodeIds = new Float64Array(n);
      const lats = new Float64Array(n);
      const lons = new Float64Array(n);
      const { centre, metresPerDegree } = projection;
      for (let i = 0; i < n; i++) {
        nodeIds[i] = FIRST_NODE_ID + i;
        lats[i] = Math.round((centre.lat + ys[i]! / metresPerDegree.lat) * 1e7) / 1e7;
        lons[i] = Math.round((centre.lon + xs[i]! / metresPerDegree.lon) * 1e7) / 1e7;
      }
      return { nodeIds, lats, lons, ways, ...extract };
    },
  };
  return builder;
}
