import { type KeyboardEvent, useId } from 'react';
import { formatFieldNumber, parseFieldNumber } from './fieldInput.ts';
import { useDraft } from './useDraft.ts';

export interface NumberFieldProps {
  label: string;
  /** In the unit shown; null when the things it sets differ (every store's…), and the field starts empty. */
  value: number | null;
  unit?: string;
  /** Takes a typed number; returns why it was refused (shown beside the field), or null. */
  onCommit: (value: number) => string | null;
  /** Decimals shown. */
  decimals?: number;
  min?: number;
  max?: number;
  step?: number | 'any';
  /** A slider beside the number, over the whole numbers of this range (widened to hold a value outside it). */
  slider?: { min: number; max: number };
  hint?: string;
  placeholder?: string;
  disabled?: boolean;
}

/**
 * A labelled number with its unit. Typing commits on Enter or on leaving the
 * field, so that typing "12" never applies "1"; the slider commits as it
 * moves (edits re-solve once they pause). Escape puts the value back.
 */
export function NumberField({
  label,
  value,
  unit,
  onCommit,
  decimals = 2,
  min,
  max,
  step = 'any',
  slider,
  hint,
  placeholder,
  disabled,
}: NumberFieldProps) {
  const id = useId();
  const shown = value === null ? '' : formatFieldNumber(value, decimals);
  const { draft, setDraft, error, setError, reset } = useDraft(value);
  const commit = (number: number) => {
    if (number === value) return reset();
    const refusal = onCommit(number);
    if (refusal === null) reset();
    else setError(refusal);
  };
  const commitDraft = () => {
    if (draft === null || draft === shown) return reset();
    const number = parseFieldNumber(draft);
    if (number === null) setError('Enter a number');
    else commit(number);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitDraft();
    else if (event.key === 'Escape') reset();
  };

  const describedBy = [unit && `${id}-unit`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return (
    <div className="field">
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="field-row">
        {slider && (
          <input
            type="range"
            aria-labelledby={`${id}-label`}
            min={slider.min}
            max={Math.max(slider.max, value ?? slider.min)}
            step={1}
            value={value ?? slider.min}
            disabled={disabled}
            onChange={(event) => commit(Number(event.target.value))}
          />
        )}
        <input
          id={`${id}-input`}
          type="number"
          inputMode="decimal"
          value={draft ?? shown}
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          disabled={disabled}
          aria-invalid={error !== null}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitDraft}
          onKeyDown={onKeyDown}
        />
        {unit && (
          <span className="unit" id={`${id}-unit`}>
            {unit}
          </span>
        )}
      </div>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
