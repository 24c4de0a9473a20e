/**
 * An OpenStreetMap extract reduced to what routing and the basemap need. A
 * decoded `.osm.pbf` and the procedurally generated built-in city both produce
 * this shape, so both go through the same graph, snapping, matrix and basemap
 * pipeline.
 *
 * Coordinates live in typed arrays and ways refer to nodes by index into them
 * (not by OSM id): a city extract has hundreds of thousands of nodes, and the
 * graph builder walks them without hashing.
 */
export interface OsmExtract {
  /** OSM node ids (float64: they exceed 2^31), one per coordinate. */
  nodeIds: Float64Array;
  lats: Float64Array;
  lons: Float64Array;
  ways: OsmWay[];
  /** Multipolygon relations (water, parks) whose rings are made of ways. */
  relations: OsmRelation[];
  /** Tagged nodes worth showing or using (shops, place names). */
  pois: OsmPoi[];
}

export type OsmTags = Readonly<Record<string, string>>;

export interface OsmWay {
  id: number;
  /** Indices into the extract's node arrays, in way order. */
  nodes: number[];
  tags: OsmTags;
}

export interface OsmRelationMember {
  /** Index into `OsmExtract.ways`, or -1 when the way is not in the extract. */
  way: number;
  role: 'outer' | 'inner' | string;
}

export interface OsmRelation {
  id: number;
  members: OsmRelationMember[];
  tags: OsmTags;
}

export interface OsmPoi {
  id: number;
  /** Index into the extract's node arrays. */
  node: number;
  tags: OsmTags;
}
