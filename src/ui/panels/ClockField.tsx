import { type KeyboardEvent, useId } from 'react';
import type { Seconds } from '../../domain/scenario.ts';
import { formatClock, parseClock } from '../../domain/units.ts';
import { useDraft } from './useDraft.ts';

interface ClockFieldProps {
  label: string;
  /** Seconds since midnight. */
  value: Seconds;
  /** Takes a time of day; returns why it was refused (shown beside the field), or null. */
  onCommit: (value: Seconds) => string | null;
}

/**
 * A labelled time of day (the browser's own time input: typed or stepped
 * with the arrow keys). Commits on Enter or on leaving the field, as a
 * number field does; Escape puts the value back.
 */
export function ClockField({ label, value, onCommit }: ClockFieldProps) {
  const id = useId();
  const shown = formatClock(value);
  const { draft, setDraft, error, setError, reset } = useDraft(value);
  const commitDraft = () => {
    if (draft === null || draft === shown) return reset();
    const time = parseClock(draft);
    if (time === null) return setError('Enter a time of day, as 14:30');
    const refusal = onCommit(time);
    if (refusal === null) reset();
    else setError(refusal);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitDraft();
    else if (event.key === 'Escape') reset();
  };
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="field-row">
        <input
          id={`${id}-input`}
          type="time"
          step={60}
          value={draft ?? shown}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitDraft}
          onKeyDown={onKeyDown}
        />
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
