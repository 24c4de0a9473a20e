/** Hand-made extracts for the basemap tests: nodes by [lon, lat], ways and relations by node index. */
import type { OsmExtract, OsmRelationMember, OsmTags } from '../../../domain/osm.ts';

export interface TestWay {
  nodes: number[];
  tags?: OsmTags;
}

export interface TestRelation {
  members: OsmRelationMember[];
  tags: OsmTags;
}

export function testExtract(
  nodes: readonly [number, number][],
  ways: readonly TestWay[],
  relations: readonly TestRelation[] = [],
): OsmExtract {
  return {
    nodeIds: Float64Array.from(nodes, (_, i) => i + 1),
    lons: Float64Array.from(nodes, ([lon]) => lon),
    lats: Float64Array.from(nodes, ([, lat]) => lat),
    ways: ways.map((w, i) => ({ id: i + 1, nodes: w.nodes, tags: w.tags ?? {} })),
    relations: relations.map((r, i) => ({ id: i + 1, members: r.members, tags: r.tags })),
    pois: [],
  };
}
