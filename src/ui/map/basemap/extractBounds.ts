/** Bounding boxes of an extract: where its streets are (for the camera) and where any node is. */
import type { OsmExtract } from '../../../domain/osm.ts';
import type { NodeCoordinates } from './polygons.ts';

/** `[[west, south], [east, north]]`, as `fitBounds` takes it. */
export type LonLatBounds = [[number, number], [number, number]];

/**
 * Where the extract's streets are, for the caller to fit the camera to.
 * Not every node: ways crossing the cut (a coastline, a river) come whole and
 * reach far beyond it. Falls back to every node when there is no street; null
 * for an extract without nodes.
 */
export function extractBounds(extract: OsmExtract): LonLatBounds | null {
  const roadNodes: number[] = [];
  for (const way of extract.ways) if (way.tags.highway !== undefined) roadNodes.push(...way.nodes);
  return roadNodes.length > 0 ? boundsOf(extract, roadNodes) : nodeBounds(extract);
}

/** The bounds of every node; null when there is none. */
export function nodeBounds(nodes: NodeCoordinates): LonLatBounds | null {
  return nodes.lats.length > 0 ? boundsOf(nodes, nodes.lats.keys()) : null;
}

function boundsOf({ lats, lons }: NodeCoordinates, indices: Iterable<number>): LonLatBounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const i of indices) {
    const lat = lats[i]!;
    const lon = lons[i]!;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [
    [west, south],
    [east, north],
  ];
}
