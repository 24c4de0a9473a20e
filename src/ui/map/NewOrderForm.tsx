import { type FormEvent, useId, useState } from 'react';
import type { LngLat, Order, Scenario } from '../../domain/scenario.ts';
import { addOrder, newOrderId } from '../../domain/scenarioEdits.ts';
import { formatClock } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { issueMessage } from '../panels/fieldInput.ts';

/** Bags a new order starts with per item, as a generated day packs them. */
const ITEMS_PER_BAG = 8;
const DEFAULT_ITEMS = 20;
const DEFAULT_WINDOW_MINUTES = 60;
/** A new order was placed this long before its window opens. */
const PLACED_BEFORE_SECONDS = 3600;

/**
 * A new order at a clicked point: which store, how big, when. It starts
 * from the nearest store and the window of the nearest order, so that
 * a planner adding a typical order only presses Add.
 */
export function NewOrderForm({ at, onClose }: { at: LngLat; onClose: () => void }) {
  const scenario = useStudio((s) => s.scenario);
  const editScenario = useStudio((s) => s.editScenario);
  const selectOrder = useStudio((s) => s.selectOrder);
  const id = useId();
  const [storeId, setStoreId] = useState(() => nearest(scenario.stores, (s) => s.location, at)?.id ?? '');
  const [items, setItems] = useState(String(DEFAULT_ITEMS));
  const [bags, setBags] = useState(String(Math.ceil(DEFAULT_ITEMS / ITEMS_PER_BAG)));
  const [windowStart, setWindowStart] = useState(() => formatClock(defaultWindowStart(scenario, at)));
  const [minutes, setMinutes] = useState(String(DEFAULT_WINDOW_MINUTES));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clock = /^(\d{1,2}):(\d{2})$/.exec(windowStart);
    if (!clock) return setError('Enter the window start as a time of day, as 14:30');
    const start = Number(clock[1]) * 3600 + Number(clock[2]) * 60;
    const order: Order = {
      id: newOrderId(scenario),
      storeId,
      location: at,
      items: Number(items),
      bags: Number(bags),
      placedAt: Math.max(0, start - PLACED_BEFORE_SECONDS),
      window: { start, end: start + Number(minutes) * 60 },
      handoffSeconds: scenario.orders[0]?.handoffSeconds ?? 120,
    };
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

function nearest<T>(things: readonly T[], where: (t: T) => LngLat, at: LngLat): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const t of things) {
    const p = where(t);
    // Degrees, scaled for latitude: only the order matters, not the metres.
    const d = Math.hypot((p.lng - at.lng) * Math.cos((at.lat * Math.PI) / 180), p.lat - at.lat);
    if (d < bestDistance) {
      bestDistance = d;
      best = t;
    }
  }
  return best;
}

function defaultWindowStart(scenario: Scenario, at: LngLat): number {
  return nearest(scenario.orders, (o) => o.location, at)?.window.start ?? 12 * 3600;
}
