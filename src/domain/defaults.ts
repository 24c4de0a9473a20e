/**
 * What a new scenario starts from: the batching rules and travel speeds of a
 * typical on-demand grocery operation. Shared by the generator and by tests
 * that build scenarios by hand.
 */
import type { Constraints, NetworkRef, RoadTravel, StraightLineTravel, VehicleType } from './scenario.ts';
import { minutes } from './units.ts';

export const DEFAULT_CONSTRAINTS: Readonly<Constraints> = {
  maxOrdersPerBatch: 3,
  maxItemsPerBatch: 120,
  maxBagsPerBatch: 16,
  // Chilled and frozen goods: 45 minutes from the store's door to the customer's.
  maxRideSeconds: minutes(45),
  windows: 'soft',
  latenessCostPerMinute: 1,
  // Well above what serving any one order costs, so the engine leaves an order out only when it must.
  unassignedPenalty: 200,
};

/** City driving door to door, including parking; e-bikes filter through traffic. */
const SPEEDS_KMH: Readonly<Record<VehicleType, number>> = { car: 28, ebike: 16, walk: 5 };

export const DEFAULT_TRAVEL: Readonly<StraightLineTravel> = {
  model: 'straight-line',
  circuity: 1.35,
  speedsKmh: SPEEDS_KMH,
};

/** Travel on the streets of `network`, at the default speeds (a fresh object: scenarios own their settings). */
export function roadTravel(network: NetworkRef): RoadTravel {
  return { model: 'road', network: { ...network }, speedsKmh: { ...SPEEDS_KMH } };
}
