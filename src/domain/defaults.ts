/**
 * What a new scenario starts from: the batching rules and travel speeds of a
 * typical on-demand grocery operation. Shared by the generator and by tests
 * that build scenarios by hand.
 */
import type { Constraints, TravelSettings } from './scenario.ts';
import { minutes } from './units.ts';

export const DEFAULT_CONSTRAINTS: Readonly<Constraints> = {
  maxOrdersPerBatch: 3,
  maxItemsPerBatch: 120,
  // Chilled and frozen goods: 45 minutes from the store's door to the customer's.
  maxRideSeconds: minutes(45),
  windows: 'soft',
  latenessCostPerMinute: 1,
  // Well above what serving any one order costs, so the engine leaves an order out only when it must.
  unassignedPenalty: 200,
};

/** City driving door to door, including parking; e-bikes filter through traffic. */
export const DEFAULT_TRAVEL: Readonly<TravelSettings> = {
  model: 'straight-line',
  circuity: 1.35,
  speedsKmh: { car: 28, ebike: 16, walk: 5 },
};
