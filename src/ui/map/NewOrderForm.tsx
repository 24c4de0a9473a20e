import { type FormEvent, useId, useState } from 'react';
import { draftOrder, newOrder } from '../../domain/newOrder.ts';
import type { LngLat } from '../../domain/scenario.ts';
import { addOrder } from '../../domain/scenarioEdits.ts';
import { formatClock, parseClock } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { issueMessage } from '../panels/fieldInput.ts';

/**
 * A new order at a clicked point: which store, how big, when. It starts from
 * `draftOrder`'s defaults, so that a planner adding a typical order only
 * presses Add; the scenario's schema judges what was typed.
 */
export function NewOrderForm({ at, onClose }: { at: LngLat; onClose: () => void }) {
  const scenario = useStudio((s) => s.scenario);
  const editScenario = useStudio((s) => s.editScenario);
  const selectOrder = useStudio((s) => s.selectOrder);
  const id = useId();
  // The inputs' own text until Add; the draft's numbers only then.
  const [initial] = useState(() => draftOrder(scenario, at));
  const [storeId, setStoreId] = useState(initial.storeId);
  const [items, setItems] = useState(String(initial.items));
  const [bags, setBags] = useState(String(initial.bags));
  const [windowStart, setWindowStart] = useState(formatClock(initial.windowStart));
  const [minutes, setMinutes] = useState(String(initial.windowMinutes));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = parseClock(windowStart);
    if (start === null) return setError('Enter the window start as a time of day, as 14:30');
    const order = newOrder(scenario, at, {
      storeId,
      items: Number(items),
      bags: Number(bags),
      windowStart: start,
      windowMinutes: Number(minutes),
    });
    const refused = issueMessage(editScenario(addOrder(order)), /^orders\[\d+\]/);
    if (refused) return setError(refused);
    selectOrder(order.id);
    onClose();
  };

  return (
    <form className="map-card" aria-label="New order" onSubmit={submit} data-testid="new-order">
      <header>
        <strong>New order</strong>
        <button type="button" className="close" aria-label="Cancel new order" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="field">
        <label htmlFor={`${id}-store`}>Store</label>
        <select id={`${id}-store`} value={storeId} onChange={(e) => setStoreId(e.target.value)}>
          {scenario.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field-pair">
        <label>
          Items
          <input type="number" min={1} step={1} value={items} onChange={(e) => setItems(e.target.value)} />
        </label>
        <label>
          Bags
          <input type="number" min={1} step={1} value={bags} onChange={(e) => setBags(e.target.value)} />
        </label>
      </div>
      <div className="field-pair">
        <label>
          Window from
          <input type="time" step={60} value={windowStart} onChange={(e) => setWindowStart(e.target.value)} />
        </label>
        <label>
          Window minutes
          <input
            type="number"
            min={1}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Add order</button>
    </form>
  );
}
