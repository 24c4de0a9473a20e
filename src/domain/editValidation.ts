/**
 * Validating a planner's edit without validating the whole day again. The
 * scenario edited was valid, and the store never changes one in place, so
 * the parts an edit left as the same objects are still valid on their own:
 * only the parts (and list items) it made new are checked, then the rules
 * across parts, which are plain lookups. On a 2,000-order day the whole
 * check took 25 ms of the keystroke that made the edit.
 *
 * Whatever the changed parts get wrong is worded by the full validation, so
 * an invalid edit reads exactly as it would in a file.
 */
import type { Scenario } from './scenario.ts';
import {
  crossPartIssues,
  hasUniqueIds,
  isScenarioList,
  isValidItem,
  isValidPart,
  parseScenario,
  type ScenarioIssue,
} from './scenarioSchema.ts';

/**
 * What is wrong with a scenario built in the app; none when it is valid.
 * Unlike `parseScenario`, whose result is a copy, this leaves the scenario
 * to be used as it is: the parts an edit did not touch stay the very objects
 * they were, which is what everything derived per part keys on.
 */
export function scenarioIssues(scenario: Scenario): ScenarioIssue[] {
  const parsed = parseScenario(scenario);
  return parsed.ok ? [] : parsed.issues;
}

/** `scenarioIssues(after)`, checking only what changed since `before`, which must be valid. */
export function editIssues(before: Scenario, after: Scenario): ScenarioIssue[] {
  return changesValid(before, after) ? crossPartIssues(after) : scenarioIssues(after);
}

/** Whether every part of `after` that is not the same object as in `before` is valid on its own. */
function changesValid(before: Scenario, after: Scenario): boolean {
  const parts = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Scenario>;
  for (const part of parts) {
    const value = after[part];
    const was = before[part];
    if (value === was) continue;
    if (!isScenarioList(part) || !Array.isArray(value) || !Array.isArray(was)) {
      if (!isValidPart(part, value)) return false;
      continue;
    }
    const kept = new Set<unknown>(was);
    if (!value.every((item) => kept.has(item) || isValidItem(part, item))) return false;
    if (!hasUniqueIds(part, value)) return false;
  }
  return true;
}
