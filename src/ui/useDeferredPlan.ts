import { useDeferredValue } from 'react';
import type { Plan } from '../domain/plan.ts';
import type { RouteGeometry } from '../domain/routeGeometry.ts';
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

/**
 * The plan's street geometry, deferred for the same reason: it arrives after
 * the plan it was drawn for, and redrawing a large day's routes along their
 * streets is as heavy as drawing a plan.
 */
export function useDeferredRouteGeometry(): RouteGeometry[] | null {
  return useDeferredValue(useStudio((s) => s.routeGeometry));
}
