/**
 * The built-in city: a seeded, generated town of about 6 km × 6 km, written as
 * an OpenStreetMap extract so that it goes through exactly the same road
 * graph, snapping and basemap code as a real one.
 *
 * Each stage draws from its own random stream, so the same seed always gives
 * the same city. The stages, in order: the river; the main roads (arterials,
 * roundabouts, the ring road with its slip roads, bridges); neighbourhoods and
 * their local streets and parks; one strongly connected road network with
 * shared junction nodes; stores along the arterials; buildings along the
 * streets. See README.md in this folder for the rules the output keeps.
 */
import type { OsmExtract, OsmTags } from '../osm.ts';
import { createRandom, deriveSeed } from '../random.ts';
import type { Buildings } from './buildings.ts';
import { placeBuildings } from './buildings.ts';
import { stronglyConnected } from './connectivity.ts';
import { createExtractBuilder } from './extract.ts';
import type { Vec } from './geometry.ts';
import { vec } from './geometry.ts';
import { planMajorRoads } from './majorRoads.ts';
import { cityName, createNamePool, riverName } from './names.ts';
import type { Neighbourhood } from './neighbourhoods.ts';
import { densityAt, neighbourhoodAt, planNeighbourhoods } from './neighbourhoods.ts';
import type { RoadNetwork } from './network.ts';
import { buildNetwork } from './network.ts';
import type { Park } from './parks.ts';
import type { LatLon } from './projection.ts';
import { localProjection } from './projection.ts';
import { convexRegion } from './regions.ts';
import { roadTags } from './roads.ts';
import type { Store } from './stores.ts';
import { placeStores } from './stores.ts';
import { BANK_SETBACK, planLocalStreets } from './streets.ts';
import type { River } from './water.ts';
import { generateRiver, riverBanks, riverCentreline, riverOutline, riverRegion } from './water.ts';

export type { LatLon } from './projection.ts';

export interface CityOptions {
  /** Any integer; the same seed gives the same city. Default 1. */
  seed?: number;
  /** The city's centre. Default: open ocean at 40° N, 20° W, where nobody mistakes it for a real place. */
  centre?: LatLon;
}

export const DEFAULT_CITY_CENTRE: Readonly<LatLon> = { lat: 40, lon: -20 };
/** The city is a square this many metres on a side. */
export const CITY_SIZE = 6000;

export interface CityNeighbourhood {
  name: string;
  /** Where its label goes: the neighbourhood's site. */
  centre: LatLon;
  /** Relative residential density, 0 (open edge) to 1 (the core). */
  density: number;
  /** Typical block size (the short side), metres. */
  blockSize: number;
}

export interface CityInfo {
  name: string;
  seed: number;
  centre: LatLon;
  /** The square the city fills; roads stay inside it, the river runs on beyond it. */
  bounds: { south: number; west: number; north: number; east: number };
  river: string;
  neighbourhoods: CityNeighbourhood[];
  /**
   * Households living along each way, index-aligned with `ways`: the homes in
   * the buildings facing that street (flats in the centre, single houses at
   * the edge). Zero for every way nobody lives on. To place a customer, pick a
   * way with probability proportional to this and a point along it.
   */
  households: Uint32Array;
}

/** An OSM extract plus what only a generated city knows about itself. */
export interface GeneratedCity extends OsmExtract {
  city: CityInfo;
}

const HALF_SIZE = CITY_SIZE / 2;
/** Main road layouts are redrawn when unusable; one in a few is, so this many never all fail in practice. */
const MAX_LAYOUT_ATTEMPTS = 50;

/** Random streams, one per stage. */
const STREAM = {
  names: 1,
  cityName: 2,
  river: 3,
  neighbourhoods: 4,
  streets: 5,
  stores: 6,
  buildings: 7,
  layout: 100,
};

export function generateCity(options: CityOptions = {}): GeneratedCity {
  const seed = options.seed ?? 1;
  const centre = options.centre ?? DEFAULT_CITY_CENTRE;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`generateCity: seed must be an integer, got ${seed}`);
  // The whole square must stay on the map: no wrapping round the antimeridian, no squashing near a pole.
  const halfSpanLon =
    Math.abs(centre.lat) <= 80 ? HALF_SIZE / localProjection(centre).metresPerDegree.lon : 0;
  if (!(Math.abs(centre.lat) <= 80 && Math.abs(centre.lon) + halfSpanLon <= 180)) {
    throw new RangeError(
      `generateCity: the city must fit within ±80° latitude and ±180° longitude, got a centre at ${centre.lat}, ${centre.lon}`,
    );
  }
  const stream = (n: number) => createRandom(deriveSeed(seed, n));
  const names = createNamePool(stream(STREAM.names));
  const naming = stream(STREAM.cityName);
  const name = cityName(naming);
  const river = generateRiver(stream(STREAM.river), riverName(naming), HALF_SIZE);

  let major: ReturnType<typeof planMajorRoads>;
  for (let attempt = 0; major === undefined; attempt++) {
    if (attempt === MAX_LAYOUT_ATTEMPTS)
      throw new Error(`generateCity: no usable road layout for seed ${seed}`);
    major = planMajorRoads(stream(STREAM.layout + attempt), names, river, HALF_SIZE);
  }
  const riverAngle = Math.atan2(river.frame.sin, river.frame.cos);
  const neighbourhoods = planNeighbourhoods(stream(STREAM.neighbourhoods), names, HALF_SIZE, riverAngle);
  const local = planLocalStreets(stream(STREAM.streets), names, neighbourhoods, {
    shore: riverRegion(river, BANK_SETBACK),
    keepOut: major.keepOut,
    majorRoads: major.roads,
  });
  const network = stronglyConnected(buildNetwork([...major.roads, ...local.roads]));

  const stores = placeStores(stream(STREAM.stores), network, {
    density: densityAt,
    neighbourhood: (p) => neighbourhoods[neighbourhoodAt(neighbourhoods, p)]!.name,
    blocked: [riverRegion(river, 5), ...local.parks.map((p) => convexRegion(p.polygon))],
  });
  const buildings = placeBuildings(stream(STREAM.buildings), network, {
    halfSize: HALF_SIZE,
    density: densityAt,
    blocked: [riverOutline(river, 6), ...local.parks.map((p) => p.polygon)],
  });
  return writeExtract({
    seed,
    centre,
    name,
    river,
    neighbourhoods,
    network,
    parks: local.parks,
    stores,
    buildings,
  });
}

interface CityParts {
  seed: number;
  centre: LatLon;
  name: string;
  river: River;
  neighbourhoods: readonly Neighbourhood[];
  network: RoadNetwork;
  parks: readonly Park[];
  stores: readonly Store[];
  buildings: Buildings;
}

/** One tags object shared by every building: they are all alike, and there are thousands. */
const BUILDING: OsmTags = { building: 'yes' };

const OPENING_HOURS: Readonly<Record<Store['kind'], string>> = {
  supermarket: 'Mo-Sa 07:00-22:00; Su 09:00-20:00',
  convenience: 'Mo-Su 06:00-23:00',
  greengrocer: 'Mo-Sa 08:00-19:00',
};

/**
 * Road nodes come first, so a road way's node indices and its way index are
 * those of the network; then water, parks, buildings and the tagged nodes.
 */
function writeExtract(parts: CityParts): GeneratedCity {
  const { network, river } = parts;
  const projection = localProjection(parts.centre);
  const out = createExtractBuilder(projection);
  for (let i = 0; i < network.xs.length; i++) out.node(network.xs[i]!, network.ys[i]!);
  for (const way of network.ways) out.way(way.nodes, roadTags(way.road));

  // A river this size is a multipolygon whose outer ring is made of its two banks.
  const banks = riverBanks(river);
  const upper = banks.upper.map((p) => out.node(p.x, p.y));
  const lower = banks.lower.map((p) => out.node(p.x, p.y));
  const upperBank = out.way([...upper, lower.at(-1)!], {});
  const lowerBank = out.way([...lower].reverse().concat(upper[0]!), {});
  out.relation(
    [
      { way: upperBank, role: 'outer' },
      { way: lowerBank, role: 'outer' },
    ],
    { type: 'multipolygon', natural: 'water', water: 'river', name: river.name },
  );
  out.way(
    riverCentreline(river).map((p) => out.node(p.x, p.y)),
    { waterway: 'river', name: river.name },
  );

  for (const park of parts.parks) {
    out.closedWay(park.polygon, { leisure: 'park', name: park.name });
    if (park.pond)
      out.closedWay(park.pond.polygon, { natural: 'water', water: 'pond', name: park.pond.name });
  }

  const perRoad = new Uint32Array(network.ways.length);
  const { corners, count } = parts.buildings;
  for (let i = 0; i < count; i++) {
    const first = out.node(corners[8 * i]!, corners[8 * i + 1]!);
    const nodes = [first];
    for (let k = 1; k < 4; k++) nodes.push(out.node(corners[8 * i + 2 * k]!, corners[8 * i + 2 * k + 1]!));
    nodes.push(first);
    out.way(nodes, BUILDING);
    perRoad[parts.buildings.way[i]!]! += parts.buildings.households[i]!;
  }

  for (const store of parts.stores) {
    out.poi(store.location, {
      shop: store.kind,
      name: store.name,
      'addr:street': store.street,
      opening_hours: OPENING_HOURS[store.kind],
    });
  }
  out.poi(vec(0, 0), { place: 'city', name: parts.name });
  const onLand = (p: Vec) => !riverRegion(river, 30).contains(p);
  for (const n of parts.neighbourhoods) {
    if (onLand(n.site)) out.poi(n.site, { place: 'neighbourhood', name: n.name });
  }

  const extract = out.build();
  const households = new Uint32Array(extract.ways.length);
  households.set(perRoad);
  const corner = (x: number, y: number) => projection.toLatLon(vec(x, y));
  const [southWest, northEast] = [corner(-HALF_SIZE, -HALF_SIZE), corner(HALF_SIZE, HALF_SIZE)];
  return {
    ...extract,
    city: {
      name: parts.name,
      seed: parts.seed,
      centre: parts.centre,
      bounds: { south: southWest.lat, west: southWest.lon, north: northEast.lat, east: northEast.lon },
      river: river.name,
      neighbourhoods: parts.neighbourhoods.map((n) => ({
        name: n.name,
        centre: projection.toLatLon(n.site),
        density: n.density,
        blockSize: n.blockShort,
      })),
      households,
    },
  };
}
