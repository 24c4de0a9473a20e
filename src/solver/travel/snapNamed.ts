/**
 * Snapping with errors a planner can act on: the engine's matrix, the
 * validator's legs and the drawn routes all snap scenario locations, and a
 * location off the map must say which order, store or shopper it is.
 */
import type { LngLat } from '../../domain/scenario.ts';
import { type RoadNetwork, RoadNetworkError, type SnappedLocation } from './road/roadNetwork.ts';

/**
 * Snaps `locations`; a location off the map (over 1 km from any road, or not
 * a position at all) throws the network's error, led by what it is:
 * `order "o17": location 312 (lat …, lng …) is 1350 m from the nearest road; …`.
 */
export function snapNamed(
  network: RoadNetwork,
  locations: readonly LngLat[],
  names: readonly string[],
): SnappedLocation[] {
  try {
    return network.snap(locations);
  } catch (error) {
    if (!(error instanceof RoadNetworkError) || error.locationIndex === undefined) throw error;
    const name = names[error.locationIndex] ?? `location ${error.locationIndex}`;
    throw new RoadNetworkError(error.code, `${name}: ${error.message}`, error.locationIndex);
  }
}
