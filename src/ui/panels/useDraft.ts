import { useState } from 'react';

/**
 * What a field holds between keystrokes and commit: the text typed (null
 * while it shows the value) and why a commit was refused. A value changed
 * from elsewhere (undo, another map) replaces both.
 */
export function useDraft<T>(value: T) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seenValue, setSeenValue] = useState(value);
  if (seenValue !== value) {
    setSeenValue(value);
    setDraft(null);
    setError(null);
  }
  const reset = () => {
    setDraft(null);
    setError(null);
  };
  return { draft, setDraft, error, setError, reset };
}
