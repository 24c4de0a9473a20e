/**
 * How `compileScenario` gets its travel matrix: it lays out the locations
 * and the time profiles it needs, and a provider turns them into numbers.
 * Straight-line travel is one provider, the road network another
 * (`roadTravel.ts`), so the compiler never asks how the numbers are made.
 */
import type { LngLat, StraightLineTravel, VehicleType } from '../../domain/scenario.ts';
import { straightLineMatrix } from './straightLine.ts';
import type { TravelMatrix } from './travelMatrix.ts';

/** One time matrix is wanted per profile: a vehicle type at a shopper's personal speed. */
export interface TravelProfile {
  vehicle: VehicleType;
  /** Relative to the vehicle type's speed (a shopper's `speedFactor`). */
  speedFactor: number;
}

export interface TravelRequest {
  locations: readonly LngLat[];
  /** What each location is, for error messages: `order "o17"`, `store "s2"`, `shopper "p4"`. */
  names: readonly string[];
  profiles: readonly TravelProfile[];
}

export type TravelProvider = (request: TravelRequest) => TravelMatrix;

export function straightLineTravel(travel: StraightLineTravel): TravelProvider {
  return ({ locations, profiles }) =>
    straightLineMatrix(locations, {
      circuity: travel.circuity,
      speedsKmh: profiles.map(({ vehicle, speedFactor }) => travel.speedsKmh[vehicle] * speedFactor),
    });
}
