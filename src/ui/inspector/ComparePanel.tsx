import './compare.css';
import { useEffect, useMemo } from 'react';
import { withChange } from '../../domain/orderChanges.ts';
import { selectBaselineChoice, selectComparison } from '../../state/comparison.ts';
import { useStudio } from '../../state/store.ts';
import { ChangedOrderList } from './ChangedOrderList.tsx';
import { CompareBaseline, keptAtClock } from './CompareBaseline.tsx';
import { CompareKpiTable } from './CompareKpiTable.tsx';
import { changedOrderRows, shopperNames } from './changedOrderRows.ts';
import { compareKpiRows } from './compareKpiRows.ts';
import { useThrottledValue } from './useThrottledValue.ts';

/**
 * The inspector's Compare tab: the plan on screen against a baseline (the
 * plan the last solve started from, or one the planner kept): every KPI
 * with its change, and the orders whose shopper, batch, arrival or service
 * changed, which the map rings while the tab is open.
 */
export function ComparePanel() {
  const setCompareOpen = useStudio((s) => s.setCompareOpen);
  useEffect(() => {
    setCompareOpen(true);
    return () => setCompareOpen(false);
  }, [setCompareOpen]);

  return (
    <div className="compare">
      <CompareBaseline />
      <CompareBody />
    </div>
  );
}

function CompareBody() {
  const latest = useStudio(selectComparison);
  const comparison = useThrottledValue(latest);
  const choice = useStudio(selectBaselineChoice);
  const kept = useStudio((s) => s.keptBaseline);
  const hasPlan = useStudio((s) => s.plan !== null);
  const solving = useStudio((s) => s.solveStatus === 'solving');
  const filter = useStudio((s) => s.changeFilter);

  const kpiRows = useMemo(() => (comparison ? compareKpiRows(comparison.result.kpis) : []), [comparison]);
  const orderRows = useMemo(() => {
    if (!comparison) return [];
    const names = shopperNames(comparison.current.scenario, comparison.baseline.scenario);
    return changedOrderRows(withChange(comparison.result.changed, filter), names);
  }, [comparison, filter]);

  if (!hasPlan)
    return <p className="empty compare-empty">No plan yet, so nothing to compare. Press Solve.</p>;
  if (!comparison) {
    return (
      <p className="empty compare-empty" data-testid="compare-empty">
        Nothing to compare yet. Edit the day: the plan before the edit becomes the baseline. Or keep this plan
        as the baseline and compare later plans with it.
      </p>
    );
  }
  const baseline =
    choice === 'kept' && kept
      ? `the plan kept at ${keptAtClock(kept.keptAt)}`
      : 'the plan on screen when the last solve started';
  return (
    <div className="compare-body">
      <div className="compare-kpi-pane">
        <p className="compare-note" data-testid="compare-baseline">
          Baseline: {baseline}.{solving && ' Solving: the comparison follows the plan as it improves.'}
        </p>
        <CompareKpiTable rows={kpiRows} />
      </div>
      <ChangedOrderList
        rows={orderRows}
        total={comparison.result.changed.length}
        counts={comparison.result.counts}
      />
    </div>
  );
}
