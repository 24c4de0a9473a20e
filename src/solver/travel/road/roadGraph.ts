/**
 * The car road graph: junctions joined by chains. A chain is a run of road
 * between two junctions (degree-2 nodes compressed away) that keeps its full
 * geometry, so routes are drawn along the street while searches only visit
 * junctions. Only the largest strongly connected component is kept, so every
 * junction can reach every other.
 *
 * Each geometry point stores the time and length from its chain's start:
 * a location snapped part-way along a chain enters the graph at either end
 * with the exact partial cost, even where the speed changes inside the chain.
 */
import type { OsmExtract } from '../../../domain/osm.ts';
import { BACKWARD, type CarSegments, collectCarSegments, FORWARD } from './carSegments.ts';
import { GrowableFloat64, GrowableInt32 } from './growableArray.ts';
import { RoadNetworkError } from './roadNetworkError.ts';
import { largestStronglyConnected } from './stronglyConnected.ts';

export { BACKWARD, FORWARD };

export interface RoadGraph {
  nodeCount: number;
  nodeLat: Float64Array;
  nodeLon: Float64Array;
  /** The extract node index each junction came from. */
  nodeSource: Int32Array;

  chainCount: number;
  chainFrom: Int32Array;
  chainTo: Int32Array;
  /** FORWARD (from → to) | BACKWARD (to → from) bits. */
  chainDirections: Uint8Array;
  chainTimeS: Float64Array;
  chainLengthM: Float64Array;
  /** Points of chain c are pointStart[c] .. pointStart[c + 1] - 1, from `chainFrom` to `chainTo`. */
  pointStart: Int32Array;
  pointLat: Float64Array;
  pointLon: Float64Array;
  /** Seconds and metres from the chain's start to each point. */
  pointTimeS: Float64Array;
  pointLengthM: Float64Array;

  /** Directed arcs as CSR: arcs leaving v are arcStart[v] .. arcStart[v + 1] - 1. */
  arcStart: Int32Array;
  arcHead: Int32Array;
  arcChain: Int32Array;
  /** 1 when the arc drives its chain from `chainTo` to `chainFrom`. */
  arcReversed: Uint8Array;
  arcTimeS: Float64Array;
  arcLengthM: Float64Array;
}

export function buildRoadGraph(extract: OsmExtract): RoadGraph {
  const segments = collectCarSegments(extract);
  if (segments.count === 0) {
    throw new RoadNetworkError(
      'no-drivable-roads',
      `the map has no roads a car may drive on (${extract.ways.length} ways, none drivable)`,
    );
  }
  const kept = keepLargestComponent(segments, extract.lats.length);
  const graph = compressChains(segments, kept, extract);
  if (graph.chainCount === 0) {
    throw new RoadNetworkError(
      'no-drivable-roads',
      'the map has no two places a car can drive between both ways (every drivable road is a one-way dead end)',
    );
  }
  return graph;
}

/** Segments whose both ends are in the largest strongly connected component. */
function keepLargestComponent(segments: CarSegments, extractNodeCount: number): Uint8Array {
  const local = new Int32Array(extractNodeCount).fill(-1);
  let nodeCount = 0;
  for (let s = 0; s < segments.count; s++) {
    if (local[segments.a[s]!] === -1) local[segments.a[s]!] = nodeCount++;
    if (local[segments.b[s]!] === -1) local[segments.b[s]!] = nodeCount++;
  }
  const start = new Int32Array(nodeCount + 1);
  for (let s = 0; s < segments.count; s++) {
    const d = segments.directions[s]!;
    if (d & FORWARD) start[local[segments.a[s]!]! + 1]!++;
    if (d & BACKWARD) start[local[segments.b[s]!]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodeCount);
  const head = new Int32Array(start[nodeCount]!);
  for (let s = 0; s < segments.count; s++) {
    const d = segments.directions[s]!;
    const a = local[segments.a[s]!]!;
    const b = local[segments.b[s]!]!;
    if (d & FORWARD) head[fill[a]!++] = b;
    if (d & BACKWARD) head[fill[b]!++] = a;
  }
  const { member } = largestStronglyConnected(nodeCount, start, head);
  const kept = new Uint8Array(segments.count);
  for (let s = 0; s < segments.count; s++) {
    if (member[local[segments.a[s]!]!] && member[local[segments.b[s]!]!]) kept[s] = 1;
  }
  return kept;
}

/** `directions` as seen when walking from `from` along segment s. */
function orientedDirections(segments: CarSegments, s: number, from: number): number {
  const d = segments.directions[s]!;
  if (segments.a[s] === from) return d;
  return ((d & FORWARD) << 1) | ((d & BACKWARD) >> 1);
}

function compressChains(segments: CarSegments, kept: Uint8Array, extract: OsmExtract): RoadGraph {
  const extractNodeCount = extract.lats.length;
  // Undirected incidence of kept segments per extract node.
  const incidenceStart = new Int32Array(extractNodeCount + 1);
  for (let s = 0; s < segments.count; s++) {
    if (!kept[s]) continue;
    incidenceStart[segments.a[s]! + 1]!++;
    incidenceStart[segments.b[s]! + 1]!++;
  }
  for (let v = 0; v < extractNodeCount; v++) incidenceStart[v + 1]! += incidenceStart[v]!;
  const incidence = new Int32Array(incidenceStart[extractNodeCount]!);
  const fill = incidenceStart.slice(0, extractNodeCount);
  for (let s = 0; s < segments.count; s++) {
    if (!kept[s]) continue;
    incidence[fill[segments.a[s]!]!++] = s;
    incidence[fill[segments.b[s]!]!++] = s;
  }

  // A node is interior (compressed away) when exactly two segments meet there
  // and they allow the same directions when walked through it.
  const junction = new Uint8Array(extractNodeCount);
  for (let v = 0; v < extractNodeCount; v++) {
    const degree = incidenceStart[v + 1]! - incidenceStart[v]!;
    if (degree === 0) continue;
    if (degree !== 2) {
      junction[v] = 1;
      continue;
    }
    const s1 = incidence[incidenceStart[v]!]!;
    const s2 = incidence[incidenceStart[v]! + 1]!;
    const p = segments.a[s1] === v ? segments.b[s1]! : segments.a[s1]!;
    // s1 walked p → v, s2 walked v → q.
    if (orientedDirections(segments, s1, p) !== orientedDirections(segments, s2, v)) junction[v] = 1;
  }

  const graphNode = new Int32Array(extractNodeCount).fill(-1);
  const used = new Uint8Array(segments.count);
  const chainFrom = new GrowableInt32();
  const chainTo = new GrowableInt32();
  const chainDirections = new GrowableInt32();
  const chainTime = new GrowableFloat64();
  const chainLength = new GrowableFloat64();
  const pointStart = new GrowableInt32();
  const pointSource = new GrowableInt32(1 << 14);
  const pointTime = new GrowableFloat64(1 << 14);
  const pointLength = new GrowableFloat64(1 << 14);
  const nodeSource = new GrowableInt32();

  const nodeOf = (v: number): number => {
    if (graphNode[v] === -1) {
      graphNode[v] = nodeSource.length;
      nodeSource.push(v);
    }
    return graphNode[v]!;
  };

  const walk = (start: number, first: number): void => {
    pointStart.push(pointSource.length);
    chainFrom.push(nodeOf(start));
    chainDirections.push(orientedDirections(segments, first, start));
    let time = 0;
    let length = 0;
    pointSource.push(start);
    pointTime.push(0);
    pointLength.push(0);
    let at = start;
    let s = first;
    for (;;) {
      used[s] = 1;
      at = segments.a[s] === at ? segments.b[s]! : segments.a[s]!;
      time += segments.timeS[s]!;
      length += segments.lengthM[s]!;
      pointSource.push(at);
      pointTime.push(time);
      pointLength.push(length);
      if (junction[at]) break;
      const i = incidenceStart[at]!;
      s = incidence[i] === s ? incidence[i + 1]! : incidence[i]!;
    }
    chainTo.push(nodeOf(at));
    chainTime.push(time);
    chainLength.push(length);
  };

  const walkFrom = (v: number): void => {
    for (let i = incidenceStart[v]!; i < incidenceStart[v + 1]!; i++) {
      const s = incidence[i]!;
      if (!used[s]) walk(v, s);
    }
  };

  for (let v = 0; v < extractNodeCount; v++) if (junction[v]) walkFrom(v);
  // What is left are rings of interior nodes (a lone roundabout): cut each at one node.
  for (let s = 0; s < segments.count; s++) {
    if (!kept[s] || used[s]) continue;
    junction[segments.a[s]!] = 1;
    walkFrom(segments.a[s]!);
  }
  pointStart.push(pointSource.length);

  const nodeCount = nodeSource.length;
  const nodeSourceArray = nodeSource.toArray();
  const nodeLat = new Float64Array(nodeCount);
  const nodeLon = new Float64Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    nodeLat[n] = extract.lats[nodeSourceArray[n]!]!;
    nodeLon[n] = extract.lons[nodeSourceArray[n]!]!;
  }
  const pointCount = pointSource.length;
  const pointLat = new Float64Array(pointCount);
  const pointLon = new Float64Array(pointCount);
  for (let p = 0; p < pointCount; p++) {
    pointLat[p] = extract.lats[pointSource.data[p]!]!;
    pointLon[p] = extract.lons[pointSource.data[p]!]!;
  }

  const graph: Omit<
    RoadGraph,
    'arcStart' | 'arcHead' | 'arcChain' | 'arcReversed' | 'arcTimeS' | 'arcLengthM'
  > = {
    nodeCount,
    nodeLat,
    nodeLon,
    nodeSource: nodeSourceArray,
    chainCount: chainFrom.length,
    chainFrom: chainFrom.toArray(),
    chainTo: chainTo.toArray(),
    chainDirections: Uint8Array.from(chainDirections.data.subarray(0, chainDirections.length)),
    chainTimeS: chainTime.toArray(),
    chainLengthM: chainLength.toArray(),
    pointStart: pointStart.toArray(),
    pointLat,
    pointLon,
    pointTimeS: pointTime.toArray(),
    pointLengthM: pointLength.toArray(),
  };
  return { ...graph, ...buildArcs(graph) };
}

/** The directed arcs of the chains, grouped by tail (CSR). */
function buildArcs(
  graph: Pick<
    RoadGraph,
    'nodeCount' | 'chainCount' | 'chainFrom' | 'chainTo' | 'chainDirections' | 'chainTimeS' | 'chainLengthM'
  >,
): Pick<RoadGraph, 'arcStart' | 'arcHead' | 'arcChain' | 'arcReversed' | 'arcTimeS' | 'arcLengthM'> {
  const { nodeCount, chainCount, chainFrom, chainTo, chainDirections } = graph;
  const arcStart = new Int32Array(nodeCount + 1);
  for (let c = 0; c < chainCount; c++) {
    if (chainDirections[c]! & FORWARD) arcStart[chainFrom[c]! + 1]!++;
    if (chainDirections[c]! & BACKWARD) arcStart[chainTo[c]! + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) arcStart[v + 1]! += arcStart[v]!;
  const arcCount = arcStart[nodeCount]!;
  const arcHead = new Int32Array(arcCount);
  const arcChain = new Int32Array(arcCount);
  const arcReversed = new Uint8Array(arcCount);
  const arcTimeS = new Float64Array(arcCount);
  const arcLengthM = new Float64Array(arcCount);
  const fill = arcStart.slice(0, nodeCount);
  for (let c = 0; c < chainCount; c++) {
    if (chainDirections[c]! & FORWARD) {
      const i = fill[chainFrom[c]!]!++;
      arcHead[i] = chainTo[c]!;
      arcChain[i] = c;
      arcTimeS[i] = graph.chainTimeS[c]!;
      arcLengthM[i] = graph.chainLengthM[c]!;
    }
    if (chainDirections[c]! & BACKWARD) {
      const i = fill[chainTo[c]!]!++;
      arcHead[i] = chainFrom[c]!;
      arcChain[i] = c;
      arcReversed[i] = 1;
      arcTimeS[i] = graph.chainTimeS[c]!;
      arcLengthM[i] = graph.chainLengthM[c]!;
    }
  }
  return { arcStart, arcHead, arcChain, arcReversed, arcTimeS, arcLengthM };
}
