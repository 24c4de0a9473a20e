import { useId } from 'react';
import { isDayPinned } from '../../../domain/pins.ts';
import { isWorking, type Shopper, VEHICLE_TYPES, type VehicleType } from '../../../domain/scenario.ts';
import { editShopper, pinShopper, setShopperWorking, unpinShopper } from '../../../domain/scenarioEdits.ts';
import { useStudio } from '../../../state/store.ts';
import { ClockField } from '../ClockField.tsx';
import { NumberField } from '../NumberField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';
import { VEHICLE_LABELS } from './vehicleLabels.ts';

/**
 * One shopper's day: on or off, the shift, what they carry. The shopper is
 * the one selected (on the map, in the plan's list, or here), so choosing
 * one anywhere opens it here.
 */
export function ShopperControls() {
  const shoppers = useStudio((s) => s.scenario.shoppers);
  const selectedId = useStudio((s) => s.selectedShopperId);
  const selectShopper = useStudio((s) => s.selectShopper);
  const id = useId();
  const shopper = shoppers.find((p) => p.id === selectedId) ?? null;
  return (
    <fieldset className="control-group" aria-label="Shopper">
      <legend>Shopper</legend>
      <div className="field">
        <label htmlFor={id}>Shopper</label>
        <select id={id} value={shopper?.id ?? ''} onChange={(e) => selectShopper(e.target.value || null)}>
          <option value="">Choose a shopper…</option>
          {shoppers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.id}){isWorking(p) ? '' : ' — off'}
            </option>
          ))}
        </select>
      </div>
      {shopper && <ShopperFields key={shopper.id} shopper={shopper} />}
    </fieldset>
  );
}

function ShopperFields({ shopper }: { shopper: Shopper }) {
  const edit = useScenarioEdit();
  const vehicleField = useId();
  const working = isWorking(shopper);
  const pinned = useStudio((s) => isDayPinned(s.scenario, shopper.id));
  const plan = useStudio((s) => s.plan);
  const hasWork = plan?.routes.some((r) => r.shopperId === shopper.id) ?? false;
  const pin = (on: boolean) => {
    if (on && plan) edit(pinShopper(shopper.id, plan), /^pins/);
    else edit(unpinShopper(shopper.id), /^pins/);
  };
  const change = (patch: (p: Shopper) => Shopper, field: RegExp) =>
    edit(editShopper(shopper.id, patch), field);
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={working}
          onChange={(e) => edit(setShopperWorking(shopper.id, e.target.checked), /^shoppers\[\d+\]\.active$/)}
        />
        Working today
      </label>
      <label className="check" title="Re-solves keep this shopper's batches and stops exactly as planned now">
        <input
          type="checkbox"
          checked={pinned}
          disabled={!pinned && !hasWork}
          onChange={(e) => pin(e.target.checked)}
        />
        Pin this day's batches
      </label>
      <ClockField
        label="Shift starts"
        value={shopper.shift.start}
        onCommit={(start) =>
          change((p) => ({ ...p, shift: { ...p.shift, start } }), /^shoppers\[\d+\]\.shift/)
        }
      />
      <ClockField
        label="Shift ends"
        value={shopper.shift.end}
        onCommit={(end) => change((p) => ({ ...p, shift: { ...p.shift, end } }), /^shoppers\[\d+\]\.shift/)}
      />
      <div className="field">
        <label htmlFor={vehicleField}>Travels</label>
        <select
          id={vehicleField}
          value={shopper.vehicle}
          onChange={(e) =>
            change((p) => ({ ...p, vehicle: e.target.value as VehicleType }), /^shoppers\[\d+\]\.vehicle$/)
          }
        >
          {VEHICLE_TYPES.map((v) => (
            <option key={v} value={v}>
              {VEHICLE_LABELS[v].travels}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label="Carries items"
        value={shopper.capacity.items}
        unit="items"
        step={1}
        min={1}
        onCommit={(items) =>
          change((p) => ({ ...p, capacity: { ...p.capacity, items } }), /^shoppers\[\d+\]\.capacity\.items$/)
        }
      />
      <NumberField
        label="Carries bags"
        value={shopper.capacity.bags}
        unit="bags"
        step={1}
        min={1}
        onCommit={(bags) =>
          change((p) => ({ ...p, capacity: { ...p.capacity, bags } }), /^shoppers\[\d+\]\.capacity\.bags$/)
        }
      />
    </>
  );
}
