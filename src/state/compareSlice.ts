import type { StateCreator } from 'zustand';
import type { OrderChangeKind } from '../domain/orderChanges.ts';
import type { PlanOfDay } from '../domain/plan.ts';
import type { StudioState } from './studioState.ts';

/**
 * What the plan on screen is compared with: the plan the last solve started
 * from (the plan on screen before the last edit, or before Solve was pressed),
 * or a plan the planner kept.
 */
export type BaselineChoice = 'last-solve' | 'kept';

/** A plan the planner kept to compare later plans of the day with, and when (ms since the epoch). */
export interface KeptBaseline extends PlanOfDay {
  keptAt: number;
}

export interface CompareSlice {
  /** Chosen in the Compare tab; the kept plan is compared with only while there is one (`selectBaselineChoice`). */
  baselineChoice: BaselineChoice;
  keptBaseline: KeptBaseline | null;
  chooseBaseline: (choice: BaselineChoice) => void;
  /** Keeps the plan on screen, with its scenario, as the baseline, and compares with it. */
  keepBaseline: () => void;
  /** Forgets the kept plan: the comparison goes back to the plan the last solve started from. */
  clearBaseline: () => void;
  /** The changed orders the Compare tab lists and the map rings: of one kind, or all (null). */
  changeFilter: OrderChangeKind | null;
  setChangeFilter: (kind: OrderChangeKind | null) => void;
  /** The planner's choice to see the changed orders on the map while the Compare tab is open. */
  highlightChanges: boolean;
  setHighlightChanges: (on: boolean) => void;
  /** Whether the Compare tab is on screen: the map shows the changes only then, so they never linger unexplained. */
  compareOpen: boolean;
  setCompareOpen: (open: boolean) => void;
}

export const createCompareSlice: StateCreator<StudioState, [], [], CompareSlice> = (set, get) => ({
  baselineChoice: 'last-solve',
  keptBaseline: null,
  chooseBaseline: (baselineChoice) => set({ baselineChoice }),
  keepBaseline: () => {
    const { scenario, plan } = get();
    if (plan) set({ keptBaseline: { scenario, plan, keptAt: Date.now() }, baselineChoice: 'kept' });
  },
  clearBaseline: () => set({ keptBaseline: null, baselineChoice: 'last-solve' }),
  changeFilter: null,
  setChangeFilter: (changeFilter) => set({ changeFilter }),
  highlightChanges: true,
  setHighlightChanges: (highlightChanges) => set({ highlightChanges }),
  compareOpen: false,
  setCompareOpen: (compareOpen) => set({ compareOpen }),
});
