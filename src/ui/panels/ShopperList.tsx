import { memo, useMemo } from 'react';
import { type ShopperDay, shopperDays } from '../../domain/kpis.ts';
import type { Plan } from '../../domain/plan.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { formatHours } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { shopperColor } from '../map/palette.ts';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The day's numbers as props of their own, so a row whose numbers a new plan left alone is not rendered again. */
interface RowProps extends ShopperDay {
  selected: boolean;
  pinned: boolean;
  onSelect: (shopperId: string | null) => void;
}

// Memoised so a selection change, or a plan that changed a few days, re-renders those rows, not all of a
// 200-shopper list.
const ShopperRow = memo(function ShopperRow({ selected, pinned, onSelect, ...day }: RowProps) {
  return (
    <li>
      <button
        type="button"
        aria-pressed={selected}
        data-shopper-id={day.shopperId}
        // Pressing the selected shopper again clears the selection, as a toggle button should.
        onClick={() => onSelect(selected ? null : day.shopperId)}
      >
        <span className="dot" style={{ background: shopperColor(day.index) }} aria-hidden="true" />
        <span className="name">{day.name}</span>
        <span className="meta">
          {count(day.orders, 'order')} · {count(day.trips, 'trip')} · {formatHours(day.workSeconds)}
          {pinned && ' · pinned'}
        </span>
      </button>
    </li>
  );
});

/** The working shoppers of the plan; each row selects that shopper's day on the map. */
export function ShopperList({ scenario, plan }: { scenario: Scenario; plan: Plan }) {
  const days = useMemo(() => shopperDays(scenario, plan), [scenario, plan]);
  const selectedShopperId = useStudio((s) => s.selectedShopperId);
  const selectShopper = useStudio((s) => s.selectShopper);
  const pins = scenario.pins;
  const pinned = useMemo(() => new Set((pins ?? []).map((pin) => pin.shopperId)), [pins]);

  if (days.length === 0) return <p className="empty">No shopper has work in this plan.</p>;
  return (
    <ul className="shopper-list" aria-label="Shoppers">
      {days.map((day) => (
        <ShopperRow
          key={day.shopperId}
          {...day}
          selected={day.shopperId === selectedShopperId}
          pinned={pinned.has(day.shopperId)}
          onSelect={selectShopper}
        />
      ))}
    </ul>
  );
}
