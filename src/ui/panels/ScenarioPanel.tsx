import { useMemo } from 'react';
import { summarizeScenario } from '../../domain/kpis.ts';
import type { TimeWindow } from '../../domain/scenario.ts';
import { formatClock } from '../../domain/units.ts';
import { useDay } from '../useDay.ts';
import { BatchingControls } from './constraints/BatchingControls.tsx';
import { CostControls } from './constraints/CostControls.tsx';
import { FleetControls } from './constraints/FleetControls.tsx';
import { ShopperControls } from './constraints/ShopperControls.tsx';
import { SolverEffortControls } from './constraints/SolverEffortControls.tsx';
import { TimeControls } from './constraints/TimeControls.tsx';
import { Fact } from './Fact.tsx';
import { GenerateDayForm } from './GenerateDayForm.tsx';
import { MapChooser } from './MapChooser.tsx';

const range = (w: TimeWindow | null) => (w ? `${formatClock(w.start)}–${formatClock(w.end)}` : '—');

/**
 * Left panel: the map the day is on, what the day looks like (or a new day
 * generated on that map), and the rules the plan must follow, which the
 * planner edits (each edit re-solves).
 */
export function ScenarioPanel() {
  const day = useDay();
  const summary = useMemo(() => summarizeScenario(day), [day]);

  return (
    <aside className="panel left" aria-label="Scenario">
      <MapChooser />

      <h2>Day</h2>
      <dl className="facts">
        <Fact label="Stores" testId="count-stores" value={summary.stores}>
          {summary.stores}
        </Fact>
        <Fact label="Orders" testId="count-orders" value={summary.orders}>
          {summary.orders}
        </Fact>
        <Fact label="Shoppers" testId="count-shoppers" value={summary.shoppers}>
          {summary.shoppers}
        </Fact>
        <Fact label="Items" value={summary.items}>
          {summary.items}
        </Fact>
        <Fact label="Orders placed">{range(summary.orderPeriod)}</Fact>
        <Fact label="Shifts">{range(summary.shiftCoverage)}</Fact>
      </dl>
      <GenerateDayForm />

      <BatchingControls />
      <TimeControls />
      <FleetControls fleet={summary.fleet} />
      <ShopperControls />
      <CostControls />
      <SolverEffortControls />
    </aside>
  );
}
