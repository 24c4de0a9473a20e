import { useCallback } from 'react';
import type { ScenarioEdit } from '../../../domain/scenarioEdits.ts';
import { useStudio } from '../../../state/store.ts';
import { issueMessage } from '../fieldInput.ts';

/**
 * Applies an edit to the scenario (which re-solves it); returns what to say
 * beside the field when the edit is refused, null when it is taken.
 */
export function useScenarioEdit(): (edit: ScenarioEdit, field: string | RegExp) => string | null {
  const editScenario = useStudio((s) => s.editScenario);
  return useCallback((edit, field) => issueMessage(editScenario(edit), field), [editScenario]);
}
