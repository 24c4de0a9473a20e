/**
 * Road travel for the engine: the scenario's locations snapped onto the road
 * network and one many-to-many matrix on its contraction hierarchy.
 *
 * Cars drive the fastest path at each road's speed, so their time is the
 * network's. E-bikes and walkers take the same path at their own speed:
 * their time is its length ÷ their speed, not the car's time scaled, because
 * a bike is no faster on an arterial than on a side street. (They may not
 * use footways or ride against one-ways: the network is the car's.) Every
 * time is divided by the shopper's personal speed factor. The distance is
 * the path's length for every vehicle.
 */
import type { LngLat, VehicleType } from '../../domain/scenario.ts';
import type { RoadMatrix, RoadNetwork } from './road/roadNetwork.ts';
import { snapNamed } from './snapNamed.ts';
import type { TravelProfile, TravelProvider } from './travelProvider.ts';

/** `speedsKmh` are the scenario's; only e-bikes and walkers use theirs. */
export function roadTravel(
  network: RoadNetwork,
  speedsKmh: Readonly<Record<VehicleType, number>>,
): TravelProvider {
  return ({ locations, names, profiles }) => {
    const matrix = cachedMatrix(network, locations, () =>
      network.matrix(snapNamed(network, locations, names)),
    );
    return {
      size: matrix.road.size,
      distance: matrix.road.lengthM,
      time: profiles.map((profile) => profileTimes(matrix, profile, speedsKmh)),
    };
  };
}

/** A matrix kept for the next request over the same locations, with the time profiles made from it. */
interface KeptMatrix {
  locationsKey: string;
  road: RoadMatrix;
  times: Map<string, Float64Array>;
}

/**
 * Matrices kept per network, newest first. Most requests repeat the last
 * locations — a re-solve after a constraint edit, a "why?" or a move priced
 * on the plan just solved — and at 2,000 orders a matrix takes a quarter of
 * a second, so they are worth keeping. Two: a solve with pinned batches and
 * a question about its plan lay out their locations differently.
 */
const kept = new WeakMap<RoadNetwork, KeptMatrix[]>();
const KEPT_PER_NETWORK = 2;

function cachedMatrix(
  network: RoadNetwork,
  locations: readonly LngLat[],
  compute: () => RoadMatrix,
): KeptMatrix {
  const locationsKey = locations.map(({ lng, lat }) => `${lng},${lat}`).join(';');
  const list = kept.get(network) ?? [];
  const hit = list.find((m) => m.locationsKey === locationsKey);
  const matrix = hit ?? { locationsKey, road: compute(), times: new Map() };
  kept.set(network, [matrix, ...list.filter((m) => m !== matrix)].slice(0, KEPT_PER_NETWORK));
  return matrix;
}

function profileTimes(
  matrix: KeptMatrix,
  { vehicle, speedFactor }: TravelProfile,
  speedsKmh: Readonly<Record<VehicleType, number>>,
): Float64Array {
  const key = vehicle === 'car' ? `car@${speedFactor}` : `${vehicle}@${speedsKmh[vehicle] * speedFactor}`;
  let times = matrix.times.get(key);
  if (!times) {
    times =
      vehicle === 'car'
        ? carTimes(matrix.road, speedFactor)
        : pathTimes(matrix.road, speedsKmh[vehicle] * speedFactor);
    matrix.times.set(key, times);
  }
  return times;
}

// Plain loops: typed-array `map` with a callback took 60 ms per profile at 2,000 orders.
function carTimes(road: RoadMatrix, speedFactor: number): Float64Array {
  if (speedFactor === 1) return road.timeS;
  const times = new Float64Array(road.timeS.length);
  for (let i = 0; i < times.length; i++) times[i] = road.timeS[i]! / speedFactor;
  return times;
}

function pathTimes(road: RoadMatrix, speedKmh: number): Float64Array {
  const secondsPerMetre = 3.6 / speedKmh;
  const times = new Float64Array(road.lengthM.length);
  for (let i = 0; i < times.length; i++) times[i] = road.lengthM[i]! * secondsPerMetre;
  return times;
}
