/**
 * Two plans of one day compared (issue 6: "before and after an edit"): what
 * changed for each order (`orderChanges.ts`) and for each KPI
 * (`kpiComparison.ts`). Plan A is the baseline, plan B the plan compared
 * with it; every change reads from A to B.
 */
import { compareKpis, type KpiDelta, kpiFigures } from './kpiComparison.ts';
import { compareOrders, type OrderComparison } from './orderChanges.ts';
import type { PlanOfDay } from './plan.ts';

export interface PlanComparison extends OrderComparison {
  kpis: KpiDelta[];
}

export function comparePlans(a: PlanOfDay, b: PlanOfDay): PlanComparison {
  return { ...compareOrders(a, b), kpis: compareKpis(kpiFigures(a), kpiFigures(b)) };
}
