/**
 * The comparison of the plan on screen with its baseline, derived from the
 * store and never stored: memoised on the two plans and their scenarios, so
 * that the Compare tab and the map share one computation per plan, and a
 * store change elsewhere (a selection) returns the same object.
 */
import type { PlanOfDay } from '../domain/plan.ts';
import { comparePlans, type PlanComparison } from '../domain/planComparison.ts';
import type { BaselineChoice } from './compareSlice.ts';
import type { StudioState } from './studioState.ts';

export interface Comparison {
  baseline: PlanOfDay;
  current: PlanOfDay;
  result: PlanComparison;
}

/** The baseline compared with: the kept plan when chosen and there is one, else the plan the last solve started from. */
export function selectBaselineChoice(s: StudioState): BaselineChoice {
  return s.baselineChoice === 'kept' && s.keptBaseline ? 'kept' : 'last-solve';
}

function baselineOf(s: StudioState): PlanOfDay | null {
  if (selectBaselineChoice(s) === 'kept') return s.keptBaseline;
  const plan = s.solveStartedFrom;
  if (!plan) return null;
  // An edit saves the plan on screen with the scenario it was shown for, as its undo step; a plan no step
  // holds (Solve pressed again, a move accepted) is the current scenario's.
  const step = s.past.find((snapshot) => snapshot.plan === plan);
  return { scenario: step?.scenario ?? s.scenario, plan };
}

let last: Comparison | null = null;

/** Null without a plan on screen or a baseline to compare it with. */
export function selectComparison(s: StudioState): Comparison | null {
  const baseline = baselineOf(s);
  if (!baseline || !s.plan) return null;
  if (
    last?.baseline.plan === baseline.plan &&
    last.baseline.scenario === baseline.scenario &&
    last.current.plan === s.plan &&
    last.current.scenario === s.scenario
  )
    return last;
  const current = { scenario: s.scenario, plan: s.plan };
  last = { baseline, current, result: comparePlans(baseline, current) };
  return last;
}

/**
 * The comparison the map marks: only while the Compare tab is open with "Show
 * on map" on, so that nothing is compared for the map otherwise (a re-solve
 * streams up to four plans a second).
 */
export function selectMarkedComparison(s: StudioState): Comparison | null {
  return s.compareOpen && s.highlightChanges ? selectComparison(s) : null;
}
