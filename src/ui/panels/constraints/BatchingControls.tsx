import { setConstraint } from '../../../domain/scenarioEdits.ts';
import { useStudio } from '../../../state/store.ts';
import { NumberField } from '../NumberField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';

/** How much one shopper carries on one trip. */
export function BatchingControls() {
  const maxOrders = useStudio((s) => s.scenario.constraints.maxOrdersPerBatch);
  const maxItems = useStudio((s) => s.scenario.constraints.maxItemsPerBatch);
  const maxBags = useStudio((s) => s.scenario.constraints.maxBagsPerBatch);
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
    </fieldset>
  );
}
