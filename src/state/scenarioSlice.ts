import type { StateCreator } from 'zustand';
import { editIssues } from '../domain/editValidation.ts';
import { defaultScenario } from '../domain/generator.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { ScenarioIssue } from '../domain/scenarioSchema.ts';
import type { ShownPlan } from './planSlice.ts';
import type { StudioState } from './studioState.ts';

/** What one undo step brings back: the scenario and the plan (with its validation) shown for it. */
export interface Snapshot extends ShownPlan {
  scenario: Scenario;
}

/** Undo steps kept; the oldest are forgotten first. */
export const HISTORY_LIMIT = 100;

export interface ScenarioSlice {
  scenario: Scenario;
  /** Earlier states, oldest first (undo takes the last). */
  past: Snapshot[];
  /** States undone, next first (redo takes the first). */
  future: Snapshot[];
  /**
   * Replaces the scenario; the old plan and selection no longer mean anything.
   * The history goes too, unless `undoable`: then the day replaced is one
   * undo step back (a day generated on the same map, say).
   */
  loadScenario: (scenario: Scenario, options?: { undoable?: boolean }) => void;
  /**
   * Applies a planner's edit and re-solves from the current plan. An edit
   * that would make the scenario invalid changes nothing and returns what is
   * wrong, with paths into the scenario (`constraints.maxOrdersPerBatch`).
   * `showing` is a plan already made for the edited scenario (a move priced
   * by hand): it is shown at once, and the re-solve starts from it.
   */
  editScenario: (
    edit: (scenario: Scenario) => Scenario,
    options?: { showing?: ShownPlan },
  ) => ScenarioIssue[];
  undo: () => void;
  redo: () => void;
}

export const createScenarioSlice: StateCreator<StudioState, [], [], ScenarioSlice> = (set, get) => {
  const current = (): Snapshot => ({
    scenario: get().scenario,
    plan: get().plan,
    planResult: get().planResult,
  });
  /** Puts a snapshot back exactly as it was: no solve, the plan is the one shown then. */
  const restore = (snapshot: Snapshot, past: Snapshot[], future: Snapshot[]) => {
    set({ scenario: snapshot.scenario, past, future });
    get().showPlan(snapshot);
  };
  return {
    scenario: defaultScenario(),
    past: [],
    future: [],
    loadScenario: (scenario, { undoable = false } = {}) =>
      set({
        scenario,
        past: undoable ? [...get().past, current()].slice(-HISTORY_LIMIT) : [],
        future: [],
        plan: null,
        routeGeometry: null,
        solveStartedFrom: null,
        planResult: null,
        progress: null,
        solveStatus: 'idle',
        selectedShopperId: null,
        selectedOrderId: null,
        // A plan of another day is no baseline for this one.
        keptBaseline: null,
      }),
    editScenario: (edit, { showing } = {}) => {
      const before = get().scenario;
      const scenario = edit(before);
      const issues = editIssues(before, scenario);
      if (issues.length > 0) return issues;
      set({ past: [...get().past, current()].slice(-HISTORY_LIMIT), future: [], scenario });
      if (showing) get().showPlan(showing);
      get().scheduleSolve();
      return [];
    },
    undo: () => {
      const { past, future } = get();
      const previous = past.at(-1);
      if (previous) restore(previous, past.slice(0, -1), [current(), ...future]);
    },
    redo: () => {
      const { past, future } = get();
      const next = future[0];
      if (next) restore(next, [...past, current()], future.slice(1));
    },
  };
};
