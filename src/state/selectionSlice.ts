import type { StateCreator } from 'zustand';
import type { StudioState } from './studioState.ts';

/** What the map can show or hide, as planners think of it. */
export type LayerGroup = 'routes' | 'orders' | 'stores' | 'shoppers';
export const LAYER_GROUPS: readonly LayerGroup[] = ['routes', 'orders', 'stores', 'shoppers'];

export interface SelectionSlice {
  /** The shopper whose whole day is highlighted on the map and in the panels. */
  selectedShopperId: string | null;
  selectShopper: (shopperId: string | null) => void;
  /**
   * The order shown in the order card. Selecting one leaves the selected
   * shopper alone: the views that select an order select its shopper too.
   */
  selectedOrderId: string | null;
  selectOrder: (orderId: string | null) => void;
  /** Map layers the planner has hidden. */
  hiddenLayers: readonly LayerGroup[];
  toggleLayer: (group: LayerGroup) => void;
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set, get) => ({
  selectedShopperId: null,
  selectShopper: (selectedShopperId) => set({ selectedShopperId }),
  selectedOrderId: null,
  selectOrder: (selectedOrderId) => set({ selectedOrderId }),
  hiddenLayers: [],
  toggleLayer: (group) => {
    const hidden = get().hiddenLayers;
    set({ hiddenLayers: hidden.includes(group) ? hidden.filter((g) => g !== group) : [...hidden, group] });
  },
});
