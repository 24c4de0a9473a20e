import type { StateCreator } from 'zustand';
import { defaultScenario } from '../domain/generator.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { StudioState } from './studioState.ts';

export interface ScenarioSlice {
  scenario: Scenario;
  /** Replaces the scenario; the old plan and selection no longer mean anything. */
  loadScenario: (scenario: Scenario) => void;
}

export const createScenarioSlice: StateCreator<StudioState, [], [], ScenarioSlice> = (set) => ({
  scenario: defaultScenario(),
  loadScenario: (scenario) =>
    set({
      scenario,
      plan: null,
      routeGeometry: null,
      planResult: null,
      progress: null,
      solveStatus: 'idle',
      selectedShopperId: null,
    }),
});
