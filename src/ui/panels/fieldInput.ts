/** Turning what a planner typed into numbers, and refusals into sentences beside the field. */
import { formatIssue, type ScenarioIssue } from '../../domain/scenarioSchema.ts';

/**
 * The number in a number field's text; null when there is none. A number
 * input's value is already empty for text the browser cannot read as one.
 */
export function parseFieldNumber(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A value as a field shows it: at most `decimals` decimals, no trailing zeros ("0.5", "45"). */
export function formatFieldNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/**
 * What to say beside a field about the issues an edit was refused with; null
 * when it was taken. `field` matches the paths the field writes to
 * (`constraints.maxOrdersPerBatch`, `stores[3].pickSecondsPerItem`).
 */
export function issueMessage(issues: readonly ScenarioIssue[], field: string | RegExp): string | null {
  const first = issues[0];
  if (!first) return null;
  const own = issues.find((issue) =>
    typeof field === 'string' ? issue.path === field : field.test(issue.path),
  );
  // The schema counts in the scenario's units (seconds) where the field may show minutes; "got -60" would
  // contradict the "-1" typed, which the field still shows. The bounds it names are 0 and 1 in every unit.
  if (own) return sentence(own.message.replace(/, got .*$/, ''));
  return formatIssue(first);
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
