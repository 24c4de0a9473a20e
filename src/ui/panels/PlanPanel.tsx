import { useMemo } from 'react';
import { computePlanKpis } from '../../domain/kpis.ts';
import { useStudio } from '../../state/store.ts';
import { useDeferredPlan } from '../useDeferredPlan.ts';
import { KpiList } from './KpiList.tsx';
import { ShopperList } from './ShopperList.tsx';

/** Right panel: how good the current plan is, and who works in it. */
export function PlanPanel() {
  const scenario = useStudio((s) => s.scenario);
  const plan = useDeferredPlan();
  const status = useStudio((s) => s.solveStatus);
  const kpis = useMemo(() => (plan ? computePlanKpis(scenario, plan) : null), [scenario, plan]);

  return (
    <aside className="panel right" aria-label="Plan">
      <h2>Plan</h2>
      {plan && kpis ? (
        <>
          {status === 'solving' && <p className="note">Best plan so far; still improving.</p>}
          <KpiList kpis={kpis} shoppersTotal={scenario.shoppers.length} />
          <h2>Shoppers</h2>
          <ShopperList scenario={scenario} plan={plan} />
        </>
      ) : (
        // Zeros would read as a plan that serves nobody; say instead why there is no plan.
        <p className="empty" data-testid="plan-empty">
          {status === 'solving'
            ? 'Solving… the first plan appears in a moment.'
            : status === 'error'
              ? 'No plan: the solver failed.'
              : 'No plan yet. Press Solve.'}
        </p>
      )}
    </aside>
  );
}
