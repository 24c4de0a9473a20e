import { useMemo } from 'react';
import { computeKpiDistributions } from '../../domain/kpiDistributions.ts';
import { computePlanKpis } from '../../domain/kpis.ts';
import type { Plan } from '../../domain/plan.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { formatPercent } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';
import { STATUS_COLORS } from '../map/palette.ts';
import { KpiBarChart } from './KpiBarChart.tsx';
import type { BarChartSpec } from './kpiBarChartOptions.ts';
import { batchSizeBars, clickToDoorBars, latenessBars, utilisationBars } from './kpiBars.ts';
import './kpiCharts.css';
import { useDeferredPlan } from '../useDeferredPlan.ts';
import { KpiValues } from './KpiValues.tsx';
import { formatMinutesTenths, kpiValueRows } from './kpiValueRows.ts';
import { useThrottledValue } from './useThrottledValue.ts';

const CHART_HEIGHT = 110;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const orders = (n: number) => plural(n, 'order', 'orders');

const MINUTE_BINS = {
  barName: (label: string) => `${label} min`,
  formatValue: orders,
  formatTick: String,
  yAtLeast: 1,
  wholeTicks: true,
  height: CHART_HEIGHT,
} satisfies Partial<BarChartSpec>;

const CLICK_TO_DOOR_CHART: BarChartSpec = {
  ...MINUTE_BINS,
  xTitle: 'minutes from order to door',
  yTitle: 'orders',
  color: '#2563eb',
};

const LATENESS_CHART: BarChartSpec = {
  ...MINUTE_BINS,
  xTitle: 'minutes late',
  yTitle: 'orders',
  color: STATUS_COLORS.late,
};

const BATCH_SIZE_CHART: BarChartSpec = {
  barName: (label) => plural(Number(label), 'order', 'orders'),
  xTitle: 'orders in the batch',
  yTitle: 'batches',
  formatValue: (n) => plural(n, 'batch', 'batches'),
  formatTick: String,
  yAtLeast: 1,
  wholeTicks: true,
  color: '#0f766e',
  height: CHART_HEIGHT,
};

const UTILISATION_CHART: BarChartSpec = {
  barName: (label) => label,
  xTitle: 'shoppers on shift, in list order',
  yTitle: 'of shift',
  formatValue: (pct) => formatPercent(pct),
  formatTick: (pct) => `${pct}%`,
  yAtLeast: 100,
  wholeTicks: false,
  color: '#64748b',
  height: CHART_HEIGHT,
};

/** Everything the tab shows, derived from one scenario and plan. */
function kpiReport(scenario: Scenario, plan: Plan) {
  const headline = computePlanKpis(scenario, plan);
  const distributions = computeKpiDistributions(scenario, plan);
  return {
    headline,
    distributions,
    rows: kpiValueRows(headline, distributions),
    clickToDoor: clickToDoorBars(distributions),
    lateness: latenessBars(distributions),
    batchSizes: batchSizeBars(distributions),
    utilisation: utilisationBars(distributions),
  };
}

/**
 * The inspector's KPI tab: the plan's distributions in four charts (click-to-
 * door times, lateness of the late orders, batch sizes, each shopper's
 * utilisation) beside every KPI as text. It follows the plan on screen,
 * streamed plans included, at most every `INSPECTOR_REDRAW_MS`.
 */
export function KpiCharts() {
  const scenario = useStudio((s) => s.scenario);
  const plan = useDeferredPlan();
  const status = useStudio((s) => s.solveStatus);
  const latest = useMemo(() => ({ scenario, plan }), [scenario, plan]);
  const shown = useThrottledValue(latest);
  const report = useMemo(() => (shown.plan ? kpiReport(shown.scenario, shown.plan) : null), [shown]);

  if (!report) {
    return (
      <p className="empty kpi-empty" data-testid="kpi-empty">
        {status === 'solving'
          ? 'Solving… the KPIs appear with the first plan.'
          : 'No plan yet, so no KPIs. Press Solve.'}
      </p>
    );
  }
  const { headline, distributions: d } = report;
  const late = headline.ordersLate;
  return (
    <div className="kpi-charts">
      <div className="kpi-figures">
        <KpiBarChart
          spec={CLICK_TO_DOOR_CHART}
          bars={report.clickToDoor}
          caption="Click-to-door times"
          summary={
            d.clickToDoor
              ? `mean ${formatMinutesTenths(d.clickToDoor.mean)} · p90 ${formatMinutesTenths(d.clickToDoor.p90)}`
              : undefined
          }
          emptyNote="No deliveries."
        />
        <KpiBarChart
          spec={LATENESS_CHART}
          bars={report.lateness}
          caption="Lateness of late orders"
          summary={`${orders(late)} late of ${headline.ordersAssigned} delivered`}
          emptyNote="No order is late."
        />
        <KpiBarChart
          spec={UTILISATION_CHART}
          bars={report.utilisation}
          caption="Shopper utilisation"
          summary={
            d.fleetUtilisationPct !== null
              ? `fleet ${formatPercent(d.fleetUtilisationPct)} busy (picking, driving, handoffs) of shift time`
              : undefined
          }
          emptyNote="Nobody is on shift."
          wide
        />
        <KpiBarChart
          spec={BATCH_SIZE_CHART}
          bars={report.batchSizes}
          caption="Batch sizes"
          summary={`${plural(headline.batches, 'batch', 'batches')} · mean ${headline.meanBatchSize.toFixed(1)} orders`}
          emptyNote="No batches."
        />
      </div>
      <KpiValues rows={report.rows} />
    </div>
  );
}
