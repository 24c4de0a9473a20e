import { useId, useMemo, useState } from 'react';
import type { WindowMode } from '../../../domain/scenario.ts';
import {
  setConstraint,
  setHandoffSeconds,
  setPickSecondsPerItem,
  valueRange,
} from '../../../domain/scenarioEdits.ts';
import { minutes, toMinutes } from '../../../domain/units.ts';
import { useStudio } from '../../../state/store.ts';
import { NumberField } from '../NumberField.tsx';
import { EveryField } from './EveryField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';

/** Delivery windows and how long each part of the work takes. */
export function TimeControls() {
  const constraints = useStudio((s) => s.scenario.constraints);
  const stores = useStudio((s) => s.scenario.stores);
  const orders = useStudio((s) => s.scenario.orders);
  const pickRange = useMemo(() => valueRange(stores.map((s) => toMinutes(s.pickSecondsPerItem))), [stores]);
  const handoffRange = useMemo(() => valueRange(orders.map((o) => toMinutes(o.handoffSeconds))), [orders]);
  const edit = useScenarioEdit();
  return (
    <fieldset className="control-group">
      <legend>Time</legend>
      <WindowModeField mode={constraints.windows} />
      <NumberField
        label="Lateness cost"
        value={constraints.latenessCostPerMinute}
        unit="per min late"
        min={0}
        hint={constraints.windows === 'hard' ? 'Charged with soft windows only.' : undefined}
        onCommit={(n) => edit(setConstraint('latenessCostPerMinute', n), 'constraints.latenessCostPerMinute')}
      />
      <NumberField
        label="Max ride time"
        value={toMinutes(constraints.maxRideSeconds)}
        unit="min"
        min={0}
        hint="From leaving the store to the door."
        onCommit={(n) => edit(setConstraint('maxRideSeconds', minutes(n)), 'constraints.maxRideSeconds')}
      />
      <EveryField
        label="Picking time per item"
        range={pickRange}
        thing="store"
        unit="min"
        min={0}
        onCommit={(n) => edit(setPickSecondsPerItem(minutes(n)), /^stores\[\d+\]\.pickSecondsPerItem$/)}
      />
      <EveryField
        label="Handoff time"
        range={handoffRange}
        thing="order"
        unit="min"
        min={0}
        onCommit={(n) => edit(setHandoffSeconds(minutes(n)), /^orders\[\d+\]\.handoffSeconds$/)}
      />
    </fieldset>
  );
}

const WINDOW_MODES: readonly { mode: WindowMode; label: string; note: string }[] = [
  { mode: 'soft', label: 'Soft', note: 'Late allowed, at the lateness cost.' },
  { mode: 'hard', label: 'Hard', note: 'Never late: an order that cannot be on time stays unassigned.' },
];

function WindowModeField({ mode }: { mode: WindowMode }) {
  const edit = useScenarioEdit();
  const name = useId();
  const [error, setError] = useState<string | null>(null);
  const choose = (windows: WindowMode) =>
    setError(edit(setConstraint('windows', windows), 'constraints.windows'));
  return (
    <fieldset className="field choice" aria-describedby={`${name}-note`}>
      <legend>Delivery windows</legend>
      <div className="segmented">
        {WINDOW_MODES.map((option) => (
          <label key={option.mode} title={option.note}>
            <input
              type="radio"
              name={name}
              value={option.mode}
              checked={mode === option.mode}
              onChange={() => choose(option.mode)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p className="field-hint" id={`${name}-note`}>
        {WINDOW_MODES.find((o) => o.mode === mode)?.note}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
