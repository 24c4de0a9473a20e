import { useId } from 'react';
import type { BaselineChoice } from '../../state/compareSlice.ts';
import { selectBaselineChoice } from '../../state/comparison.ts';
import { useStudio } from '../../state/store.ts';

// A fixed locale, as for money: the studio's text must not change with the browser's language.
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "14:32:05": the wall-clock time the planner kept a plan, to tell kept plans apart. */
export const keptAtClock = (keptAt: number) => clock.format(keptAt);

/**
 * Which plan the plan on screen is compared with, chosen by the planner:
 * the plan the last solve started from, or one they kept; and whether the
 * map rings the changed orders.
 */
export function CompareBaseline() {
  const choice = useStudio(selectBaselineChoice);
  const kept = useStudio((s) => s.keptBaseline);
  const hasPlan = useStudio((s) => s.plan !== null);
  const chooseBaseline = useStudio((s) => s.chooseBaseline);
  const keepBaseline = useStudio((s) => s.keepBaseline);
  const clearBaseline = useStudio((s) => s.clearBaseline);
  const highlight = useStudio((s) => s.highlightChanges);
  const setHighlight = useStudio((s) => s.setHighlightChanges);
  const name = useId();

  const options: { choice: BaselineChoice; label: string; title: string; disabled: boolean }[] = [
    {
      choice: 'last-solve',
      label: 'Before last re-solve',
      title:
        'The plan on screen when the last solve started: before your last edit, or before Solve was pressed',
      disabled: false,
    },
    {
      choice: 'kept',
      label: kept ? `Kept at ${keptAtClock(kept.keptAt)}` : 'Kept (none yet)',
      title: 'A plan you kept with "Keep as baseline"',
      disabled: !kept,
    },
  ];
  return (
    <div className="compare-baseline">
      <fieldset>
        <legend>Compare with</legend>
        {options.map((o) => (
          <label key={o.choice} title={o.title}>
            <input
              type="radio"
              name={name}
              value={o.choice}
              checked={choice === o.choice}
              disabled={o.disabled}
              onChange={() => chooseBaseline(o.choice)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={!hasPlan}
        title="Keep the plan on screen to compare later plans of this day with it"
        onClick={keepBaseline}
      >
        Keep as baseline
      </button>
      <button type="button" disabled={!kept} aria-label="Forget kept baseline" onClick={clearBaseline}>
        Forget
      </button>
      <label
        className="check"
        title="Ring the changed orders the list shows on the map, while this tab is open"
      >
        <input type="checkbox" checked={highlight} onChange={(e) => setHighlight(e.target.checked)} />
        Show on map
      </label>
    </div>
  );
}
