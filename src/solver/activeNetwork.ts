/**
 * The road network the worker (or a Node benchmark) works on: built from a
 * source, and handed to each road scenario after checking it is the one the
 * scenario names.
 */
import { generateCity } from '../domain/city/generateCity.ts';
import { isGroceryShop } from '../domain/extractDay.ts';
import { describeNetwork, isNetwork } from '../domain/networkRef.ts';
import type { OsmExtract } from '../domain/osm.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { LoadedNetwork, NetworkId, NetworkSource, NetworkSummary } from '../domain/solve.ts';
import { decodeOsmPbf, RoadNetwork } from './travel/road/roadNetwork.ts';

/** A built network and which one it is. */
export interface ActiveNetwork {
  id: NetworkId;
  roads: RoadNetwork;
}

/**
 * Generates or decodes the map, builds the car graph and contracts it now,
 * so that the first solve does not wait for it. Bad bytes or a map without
 * drivable roads throw a `RoadNetworkError`.
 */
export function loadNetwork(source: NetworkSource): { active: ActiveNetwork; loaded: LoadedNetwork } {
  const started = performance.now();
  const { id, name, extract } = openMap(source);
  const roads = RoadNetwork.fromExtract(extract);
  roads.contract();
  const summary = summarize(roads, extract, name, performance.now() - started);
  return { active: { id, roads }, loaded: { id, stats: roads.stats, summary, extract } };
}

function openMap(source: NetworkSource): { id: NetworkId; name: string; extract: OsmExtract } {
  if (source.kind === 'pbf') {
    return { id: { kind: 'pbf', name: source.name }, name: source.name, extract: decodeOsmPbf(source.bytes) };
  }
  const city = generateCity({ seed: source.seed });
  return { id: { kind: 'builtin-city', seed: source.seed }, name: city.city.name, extract: city };
}

function summarize(roads: RoadNetwork, extract: OsmExtract, name: string, loadMs: number): NetworkSummary {
  const { graph } = roads;
  const bounds = { south: Infinity, west: Infinity, north: -Infinity, east: -Infinity };
  for (let n = 0; n < graph.nodeCount; n++) {
    bounds.south = Math.min(bounds.south, graph.nodeLat[n]!);
    bounds.north = Math.max(bounds.north, graph.nodeLat[n]!);
    bounds.west = Math.min(bounds.west, graph.nodeLon[n]!);
    bounds.east = Math.max(bounds.east, graph.nodeLon[n]!);
  }
  let roadM = 0;
  for (const metres of graph.chainLengthM) roadM += metres;
  return {
    name,
    bounds,
    roadKm: roadM / 1000,
    groceryShops: extract.pois.filter((poi) => isGroceryShop(poi.tags)).length,
    loadMs,
  };
}

/**
 * The roads `scenario` travels on: null for straight-line travel; for a road
 * scenario, `active` when it is the network the scenario names, an error
 * otherwise.
 */
export function roadsFor(
  scenario: Pick<Scenario, 'travel'>,
  active: ActiveNetwork | null | undefined,
): RoadNetwork | null {
  const { travel } = scenario;
  if (travel.model === 'straight-line') return null;
  const wanted = `the scenario travels on the roads of ${describeNetwork(travel.network)}`;
  if (!active) throw new Error(`${wanted}, but no road network is loaded`);
  if (!isNetwork(active.id, travel.network)) {
    throw new Error(`${wanted}, but the road network loaded is ${describeNetwork(active.id)}`);
  }
  return active.roads;
}
