/**
 * OsmExtract → the basemap's GeoJSON: roads, water (areas, multipolygons and
 * the sea behind coastlines), parks and buildings. Pure and one pass over ways
 * and relations, so it runs on the main thread: the Baltimore extract (40k
 * nodes) takes about 10–50 ms.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import type { OsmExtract, OsmRelation } from '../../../domain/osm.ts';
import type { AreaKind, AreaProps, BasemapFeatures, RoadProps } from './basemapTypes.ts';
import { coastlineWater } from './coastline.ts';
import { nodeBounds } from './extractBounds.ts';
import { areaKind, isBridge, isOneway, isTunnel, roadClass } from './osmClasses.ts';
import { type NodeCoordinates, nodeRing, ringsToPolygons } from './polygons.ts';
import { assembleRings } from './rings.ts';

const NO_PROPS: AreaProps = {};

export function basemapFeatures(extract: OsmExtract): BasemapFeatures {
  const roads: Feature<LineString, RoadProps>[] = [];
  const areas: Record<AreaKind, Feature<Polygon, AreaProps>[]> = { water: [], park: [], building: [] };
  const position = positions(extract);
  const coastline: number[][] = [];

  for (const way of extract.ways) {
    const cls = roadClass(way.tags);
    if (cls) {
      roads.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: way.nodes.map(position) },
        properties: {
          class: cls,
          name: way.tags.name ?? '',
          oneway: isOneway(way.tags),
          bridge: isBridge(way.tags),
          tunnel: isTunnel(way.tags),
        },
      });
    }
    const kind = areaKind(way.tags);
    if (kind && isClosed(way.nodes)) {
      const [geometry] = ringsToPolygons([nodeRing(way.nodes, extract)], []);
      areas[kind].push(area(geometry!));
    }
    if (way.tags.natural === 'coastline') coastline.push(way.nodes);
  }

  const bounds = nodeBounds(extract);
  if (bounds && coastline.length > 0) {
    for (const geometry of coastlineWater(coastline, extract, bounds)) areas.water.push(area(geometry));
  }

  for (const relation of extract.relations) {
    const kind = areaKind(relation.tags);
    if (!kind) continue;
    for (const geometry of relationPolygons(relation, extract)) areas[kind].push(area(geometry));
  }

  return {
    roads: collection(roads),
    water: collection(areas.water),
    parks: collection(areas.park),
    buildings: collection(areas.building),
  };
}

/**
 * One shared [lon, lat] per road node, made on first use: a node on several
 * roads (every junction) is not allocated twice.
 */
function positions(nodes: NodeCoordinates): (node: number) => Position {
  const cache: (Position | undefined)[] = new Array(nodes.lats.length);
  return (node) => {
    let p = cache[node];
    if (!p) {
      p = [nodes.lons[node]!, nodes.lats[node]!];
      cache[node] = p;
    }
    return p;
  };
}

function isClosed(nodes: readonly number[]): boolean {
  return nodes.length >= 4 && nodes[0] === nodes[nodes.length - 1];
}

/** An untagged role is an outer ring, as older multipolygons have it. */
function relationPolygons(relation: OsmRelation, extract: OsmExtract): Polygon[] {
  const outer: number[][] = [];
  const inner: number[][] = [];
  for (const member of relation.members) {
    const way = extract.ways[member.way];
    if (!way) continue;
    if (member.role === 'inner') inner.push(way.nodes);
    else if (member.role === 'outer' || member.role === '') outer.push(way.nodes);
  }
  const rings = (pieces: number[][]) => assembleRings(pieces).map((ring) => nodeRing(ring, extract));
  return ringsToPolygons(rings(outer), rings(inner));
}

function area(geometry: Polygon): Feature<Polygon, AreaProps> {
  return { type: 'Feature', geometry, properties: NO_PROPS };
}

function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
