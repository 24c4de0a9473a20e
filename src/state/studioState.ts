import type { CompareSlice } from './compareSlice.ts';
import type { ExplainSlice } from './explainSlice.ts';
import type { MoveSlice } from './moveSlice.ts';
import type { NetworkSlice } from './networkSlice.ts';
import type { PlanSlice } from './planSlice.ts';
import type { ScenarioSlice } from './scenarioSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';
import type { SolverRunSlice } from './solverRunSlice.ts';

/** The whole store: slices combined once, in `store.ts`. */
export type StudioState = ScenarioSlice &
  NetworkSlice &
  PlanSlice &
  SelectionSlice &
  MoveSlice &
  ExplainSlice &
  CompareSlice &
  SolverRunSlice;
