/** What the scenario's pins hold: the questions the panels and cards ask of them. */
import type { Scenario, ShopperPin } from './scenario.ts';

/** The pin (day or batch) whose stops include the order, if any. */
export function pinHolding(scenario: Scenario, orderId: string): ShopperPin | undefined {
  return scenario.pins?.find((pin) => pin.stops.some((stop) => stop.orderId === orderId));
}

/** Whether the shopper's whole day is pinned. */
export function isDayPinned(scenario: Scenario, shopperId: string | undefined): boolean {
  return scenario.pins?.some((pin) => pin.shopperId === shopperId && pin.scope === undefined) ?? false;
}
