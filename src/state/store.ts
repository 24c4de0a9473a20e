import { createStore, useStore } from 'zustand';
import { createPlanSlice } from './planSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { SolverClient } from './solverClient.ts';
import type { StudioState } from './studioState.ts';

export function createStudioStore(client: SolverClient) {
  return createStore<StudioState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createPlanSlice(client)(...a),
    ...createSelectionSlice(...a),
  }));
}

export const solverClient = new SolverClient();
export const studioStore = createStudioStore(solverClient);

/** Read the store with an atomic selector: `useStudio((s) => s.plan)`. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector);
}
