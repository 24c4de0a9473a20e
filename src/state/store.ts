import { createStore, useStore } from 'zustand';
import { createCompareSlice } from './compareSlice.ts';
import { createExplainSlice } from './explainSlice.ts';
import { createMoveSlice } from './moveSlice.ts';
import { createNetworkSlice } from './networkSlice.ts';
import { createPlanSlice } from './planSlice.ts';
import { createScenarioSlice } from './scenarioSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { SolverClient } from './solverClient.ts';
import { createSolverRunSlice } from './solverRunSlice.ts';
import type { StudioState } from './studioState.ts';

/** What the slices ask of the worker: the `SolverClient`, or a stand-in in tests. */
export type SolverPort = Pick<
  SolverClient,
  | 'solve'
  | 'stop'
  | 'giveWay'
  | 'routeGeometry'
  | 'loadNetwork'
  | 'previewMove'
  | 'explainOrder'
  | 'lastMipLp'
>;

export function createStudioStore(client: SolverPort) {
  return createStore<StudioState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createNetworkSlice(client)(...a),
    ...createPlanSlice(client)(...a),
    ...createSelectionSlice(...a),
    ...createMoveSlice(client)(...a),
    ...createExplainSlice(client)(...a),
    ...createCompareSlice(...a),
    ...createSolverRunSlice(client)(...a),
  }));
}

export const solverClient = new SolverClient();
export const studioStore = createStudioStore(solverClient);

/** Read the store with an atomic selector: `useStudio((s) => s.plan)`. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector);
}
