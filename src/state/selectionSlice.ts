import type { StateCreator } from 'zustand';
import type { StudioState } from './studioState.ts';

export interface SelectionSlice {
  /** The shopper whose whole day is highlighted on the map and in the panels. */
  selectedShopperId: string | null;
  selectShopper: (shopperId: string | null) => void;
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set) => ({
  selectedShopperId: null,
  selectShopper: (selectedShopperId) => set({ selectedShopperId }),
});
