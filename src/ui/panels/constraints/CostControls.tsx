import { useMemo } from 'react';
import { setConstraint, setShopperRate, valueRange } from '../../../domain/scenarioEdits.ts';
import { useStudio } from '../../../state/store.ts';
import { NumberField } from '../NumberField.tsx';
import { EveryField } from './EveryField.tsx';
import { useScenarioEdit } from './useScenarioEdit.ts';

/** What the plan's cost counts: shoppers' pay and orders left out. */
export function CostControls() {
  const shoppers = useStudio((s) => s.scenario.shoppers);
  const unassignedPenalty = useStudio((s) => s.scenario.constraints.unassignedPenalty);
  const reassignmentCost = useStudio((s) => s.scenario.constraints.reassignmentCost ?? 0);
  const hourRange = useMemo(() => valueRange(shoppers.map((s) => s.costPerHour)), [shoppers]);
  const kmRange = useMemo(() => valueRange(shoppers.map((s) => s.costPerKm)), [shoppers]);
  const fixedRange = useMemo(() => valueRange(shoppers.map((s) => s.fixedCost ?? 0)), [shoppers]);
  const edit = useScenarioEdit();
  return (
    <fieldset className="control-group">
      <legend>Costs</legend>
      <EveryField
        label="Cost per hour"
        range={hourRange}
        thing="shopper"
        unit="per hour"
        min={0}
        onCommit={(n) => edit(setShopperRate('costPerHour', n), /^shoppers\[\d+\]\.costPerHour$/)}
      />
      <EveryField
        label="Cost per km"
        range={kmRange}
        thing="shopper"
        unit="per km"
        min={0}
        onCommit={(n) => edit(setShopperRate('costPerKm', n), /^shoppers\[\d+\]\.costPerKm$/)}
      />
      <EveryField
        label="Fixed cost per shopper"
        range={fixedRange}
        thing="shopper"
        unit="per day worked"
        min={0}
        onCommit={(n) => edit(setShopperRate('fixedCost', n), /^shoppers\[\d+\]\.fixedCost$/)}
      />
      <NumberField
        label="Unassigned penalty"
        value={unassignedPenalty}
        unit="per order"
        min={0}
        hint="Charged for each order left without a shopper."
        onCommit={(n) => edit(setConstraint('unassignedPenalty', n), 'constraints.unassignedPenalty')}
      />
      <NumberField
        label="Plan stability"
        value={reassignmentCost}
        unit="per order moved"
        min={0}
        hint="A re-solve moves an order to another shopper only when that saves more than this (0: free to reshuffle). Not part of the plan's cost."
        onCommit={(n) => edit(setConstraint('reassignmentCost', n), 'constraints.reassignmentCost')}
      />
    </fieldset>
  );
}
