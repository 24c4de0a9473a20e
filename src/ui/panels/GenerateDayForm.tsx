import { type FormEvent, useId, useState } from 'react';
import {
  DAY_LIMITS,
  type DayIssues,
  type DaySettings,
  DEFAULT_DAY_SETTINGS,
} from '../../state/networkSlice.ts';
import { useStudio } from '../../state/store.ts';
import { parseFieldNumber } from './fieldInput.ts';

const FIELDS: readonly { key: keyof DaySettings; label: string; hint?: string }[] = [
  { key: 'orders', label: 'Orders' },
  { key: 'shoppers', label: 'Shoppers' },
  { key: 'stores', label: 'Stores', hint: "At most; taken from the map's grocery shops when it has them." },
  { key: 'seed', label: 'Seed', hint: 'The same settings and seed give the same day.' },
];

type Drafts = Record<keyof DaySettings, string>;

/**
 * A new day on the map open, as big as the planner asks: it replaces the day
 * on screen (Undo brings that back) and is solved at once. The fields are
 * read together on Generate, so unlike the rules' fields nothing applies
 * while typing; a refused value is explained beside its field.
 */
export function GenerateDayForm() {
  const generateDay = useStudio((s) => s.generateDay);
  const mapLoading = useStudio((s) => s.networkStatus === 'loading' || s.extract === null);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(DEFAULT_DAY_SETTINGS));
  const [issues, setIssues] = useState<DayIssues>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIssues(generateDay(settingsOf(drafts)));
  };
  const onEdit = (key: keyof DaySettings, text: string) => {
    setDrafts({ ...drafts, [key]: text });
    // A refusal was about the text just replaced.
    const rest = { ...issues };
    delete rest[key];
    delete rest.map;
    setIssues(rest);
  };

  return (
    <form className="generate-day" aria-label="Generate a day" onSubmit={onSubmit} noValidate>
      <fieldset className="control-group">
        <legend>Generate a day</legend>
        <div className="day-counts">
          {FIELDS.map(({ key, label, hint }) => (
            <CountField
              key={key}
              label={label}
              hint={hint}
              text={drafts[key]}
              min={DAY_LIMITS[key].min}
              max={DAY_LIMITS[key].max}
              error={issues[key]}
              onChange={(text) => onEdit(key, text)}
            />
          ))}
        </div>
        <button type="submit" disabled={mapLoading}>
          Generate
        </button>
        {issues.map && (
          <p className="field-error" role="alert">
            {issues.map}
          </p>
        )}
      </fieldset>
    </form>
  );
}

interface CountFieldProps {
  label: string;
  hint?: string;
  text: string;
  min: number;
  max?: number;
  error?: string;
  onChange: (text: string) => void;
}

/** A labelled whole number, with its hint and, once refused, why (as `NumberField` lays them out). */
function CountField({ label, hint, text, min, max, error, onChange }: CountFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="field-row">
        <input
          id={`${id}-input`}
          type="number"
          inputMode="numeric"
          step={1}
          min={min}
          max={max}
          value={text}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
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

function draftsOf(settings: Readonly<DaySettings>): Drafts {
  return {
    orders: String(settings.orders),
    shoppers: String(settings.shoppers),
    stores: String(settings.stores),
    seed: String(settings.seed),
  };
}

/** What was typed; a field without a number reads as NaN, which the store refuses as no whole number. */
function settingsOf(drafts: Drafts): DaySettings {
  const read = (text: string) => parseFieldNumber(text) ?? Number.NaN;
  return {
    orders: read(drafts.orders),
    shoppers: read(drafts.shoppers),
    stores: read(drafts.stores),
    seed: read(drafts.seed),
  };
}
