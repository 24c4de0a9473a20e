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
import type { VehicleType } from '../../domain/scenario.ts';
import type { RoadMatrix, RoadNetwork } from './road/roadNetwork.ts';
import { snapNamed } from './snapNamed.ts';
import type { TravelProfile, TravelProvider } from './travelProvider.ts';

/** `speedsKmh` are the scenario's; only e-bikes and walkers use theirs. */
export function roadTravel(
  network: RoadNetwork,
  speedsKmh: Readonly<Record<VehicleType, number>>,
): TravelProvider {
  return ({ locations, names, profiles }) => {
    const matrix = network.matrix(snapNamed(network, locations, names));
    return {
      size: matrix.size,
      distance: matrix.lengthM,
      time: profiles.map((profile) => profileTimes(matrix, profile, speedsKmh)),
    };
  };
}

function profileTimes(
  matrix: RoadMatrix,
  { vehicle, speedFactor }: TravelProfile,
  speedsKmh: Readonly<Record<VehicleType, number>>,
): Float64Array {
  if (vehicle === 'car') return matrix.timeS.map((t) => t / speedFactor);
  const secondsPerMetre = 3.6 / (speedsKmh[vehicle] * speedFactor);
  return matrix.lengthM.map((metres) => metres * secondsPerMetre);
}
