/**
 * The plan as a file to take away: the plan exactly as the studio holds it
 * (ids, seconds, metres), named after its scenario, with what the
 * independent validator found in it.
 */
import type { Plan } from './plan.ts';
import type { Violation } from './solve.ts';

export interface PlanFile {
  format: 'dispatch-studio-plan';
  version: 1;
  /** The scenario's name: a plan only means something with its scenario. */
  scenario: string;
  /**
   * The validator's findings for this plan (empty: valid); null when it has
   * not checked it yet (the best plan so far of a solve still running).
   */
  violations: Violation[] | null;
  plan: Plan;
}

export function planFile(scenario: string, plan: Plan, violations: Violation[] | null): PlanFile {
  return { format: 'dispatch-studio-plan', version: 1, scenario, violations, plan };
}

/** A file name's stem from the scenario's name: "Tiny day" → "tiny-day". */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'scenario';
}
