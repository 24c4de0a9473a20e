/**
 * What the engine knows about travel: dense matrices over a list of
 * locations, metres for distance and seconds per vehicle profile for time.
 * Straight-line and the road network are its providers (`travelProvider.ts`),
 * so nothing downstream asks how the numbers were made.
 */
export interface TravelMatrix {
  /** Number of locations; matrices are size × size, row-major (from × size + to). */
  size: number;
  distance: Float64Array;
  /** One time matrix per profile (vehicle type). */
  time: Float64Array[];
}

export const travelDistance = (m: TravelMatrix, from: number, to: number): number =>
  m.distance[from * m.size + to]!;

export const travelTime = (m: TravelMatrix, profile: number, from: number, to: number): number =>
  m.time[profile]![from * m.size + to]!;
