import { useShallow } from 'zustand/react/shallow';
import type { Scenario } from '../domain/scenario.ts';
import { useStudio } from '../state/store.ts';

/** The day's stores, orders and shoppers. */
export type DayLists = Pick<Scenario, 'stores' | 'orders' | 'shoppers'>;

/**
 * The day's lists, not the scenario: an edit to the rules (the batch size, a
 * cost) keeps each list, so the views drawn from them (the map, the day's
 * summary) are left as they were. The same object while no list changes.
 */
export function useDay(): DayLists {
  return useStudio(
    useShallow((s) => ({
      stores: s.scenario.stores,
      orders: s.scenario.orders,
      shoppers: s.scenario.shoppers,
    })),
  );
}
