import { useDeferredValue } from 'react';
import type { Plan } from '../domain/plan.ts';
import { useStudio } from '../state/store.ts';

/**
 * The plan on screen, for the views that redraw much for each plan (the map,
 * the timeline, the KPIs). A solve streams plans in; at 2,000 orders drawing
 * one in the task that receives it blocks the page for 100 ms and more. A
 * deferred plan is drawn by a background render that React splits into short
 * slices, one view after another, and interrupts for input.
 */
export function useDeferredPlan(): Plan | null {
  return useDeferredValue(useStudio((s) => s.plan));
}
