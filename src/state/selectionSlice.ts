import type { StateCreator } from 'zustand';
import type { StudioState } from './studioState.ts';

export interface SelectionSlice {
  /** The shopper whose whole day is highlighted on the map and in the panels. */
  selectedShopperId: string | null;
  selectShopper: (shopperId: string | null) => void;
  /** The order shown in the order card (its shopper, if any, is selected with it). */
  selectedOrderId: string | null;
  selectOrder: (orderId: string | null) => void;
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set) => ({
  selectedShopperId: null,
  selectShopper: (selectedShopperId) => set({ selectedShopperId }),
  selectedOrderId: null,
  selectOrder: (selectedOrderId) => set({ selectedOrderId }),
});
