import { setConstraint, setMaxDetour } from '../../../domain/scenarioEdits.ts';
import { minutes, toMinutes } from '../../../domain/units.ts';
import { useStudio } from '../../../state/store.ts';
import { NumberField } from '../NumberField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';

/** What ticking "Limit each order's extra detour" starts from. */
const DEFAULT_MAX_DETOUR = minutes(10);

/** How much one shopper carries on one trip, and from where. */
export function BatchingControls() {
  const maxOrders = useStudio((s) => s.scenario.constraints.maxOrdersPerBatch);
  const maxItems = useStudio((s) => s.scenario.constraints.maxItemsPerBatch);
  const maxBags = useStudio((s) => s.scenario.constraints.maxBagsPerBatch);
  const sameStore = useStudio((s) => s.scenario.constraints.sameStoreBatches === true);
  const maxDetour = useStudio((s) => s.scenario.constraints.maxDetourSeconds);
  const edit = useScenarioEdit();
  return (
    <fieldset className="control-group">
      <legend>Batching</legend>
      <NumberField
        label="Max orders per batch"
        value={maxOrders}
        unit="orders"
        step={1}
        min={1}
        slider={{ min: 1, max: 6 }}
        onCommit={(n) => edit(setConstraint('maxOrdersPerBatch', n), 'constraints.maxOrdersPerBatch')}
      />
      <NumberField
        label="Max items per batch"
        value={maxItems}
        unit="items"
        step={1}
        min={1}
        hint="A shopper's own capacity may be lower."
        onCommit={(n) => edit(setConstraint('maxItemsPerBatch', n), 'constraints.maxItemsPerBatch')}
      />
      <NumberField
        label="Max bags per batch"
        value={maxBags}
        unit="bags"
        step={1}
        min={1}
        hint="A shopper's own capacity may be lower."
        onCommit={(n) => edit(setConstraint('maxBagsPerBatch', n), 'constraints.maxBagsPerBatch')}
      />
      <label className="check" title="Off: a shopper may pick at several stores before delivering the batch.">
        <input
          type="checkbox"
          checked={sameStore}
          onChange={(e) =>
            edit(setConstraint('sameStoreBatches', e.target.checked), 'constraints.sameStoreBatches')
          }
        />
        Same-store batches only
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={maxDetour !== undefined}
          onChange={(e) =>
            edit(setMaxDetour(e.target.checked ? DEFAULT_MAX_DETOUR : null), 'constraints.maxDetourSeconds')
          }
        />
        Limit each order's extra detour
      </label>
      <NumberField
        label="Max extra detour per order"
        value={maxDetour === undefined ? null : toMinutes(maxDetour)}
        unit="min"
        min={0}
        placeholder="no limit"
        disabled={maxDetour === undefined}
        hint="How much longer than driving straight from the store to the door an order may ride."
        onCommit={(n) => edit(setMaxDetour(minutes(n)), 'constraints.maxDetourSeconds')}
      />
    </fieldset>
  );
}
