import type { PlanKpis } from '../../domain/kpis.ts';
import { formatDuration, formatHours, formatKm, formatMoney, formatPercent } from '../../domain/units.ts';
import { Fact } from './Fact.tsx';

interface KpiProps {
  label: string;
  testId: string;
  /** Raw number for `data-value`; null when the KPI is undefined (shown as "—"). */
  value: number | null;
  display: string;
  note?: string;
}

function Kpi({ label, testId, value, display, note }: KpiProps) {
  return (
    <div className="kpi">
      <Fact label={label} testId={testId} value={value}>
        {display}
      </Fact>
      {note && <dd className="kpi-note">{note}</dd>}
    </div>
  );
}

/** The plan's headline numbers as cards; formatting only, every number comes from `computePlanKpis`. */
export function KpiList({ kpis, shoppersTotal }: { kpis: PlanKpis; shoppersTotal: number }) {
  return (
    <dl className="kpis">
      <Kpi
        label="Orders assigned"
        testId="kpi-assigned"
        value={kpis.ordersAssigned}
        display={String(kpis.ordersAssigned)}
        note={`of ${kpis.ordersTotal}`}
      />
      <Kpi
        label="Unassigned"
        testId="kpi-unassigned"
        value={kpis.ordersUnassigned}
        display={String(kpis.ordersUnassigned)}
      />
      <Kpi label="Late" testId="kpi-late" value={kpis.ordersLate} display={String(kpis.ordersLate)} />
      <Kpi
        label="On time"
        testId="kpi-on-time"
        value={kpis.onTimePct}
        display={formatPercent(kpis.onTimePct)}
        note="of assigned orders"
      />
      <Kpi
        label="Drive time"
        testId="kpi-drive-time"
        value={kpis.driveSeconds}
        display={formatDuration(kpis.driveSeconds)}
      />
      <Kpi
        label="Distance"
        testId="kpi-distance"
        value={kpis.distanceMetres}
        display={formatKm(kpis.distanceMetres)}
      />
      <Kpi
        label="Shopper hours"
        testId="kpi-shopper-hours"
        value={kpis.shopperSeconds}
        display={formatHours(kpis.shopperSeconds)}
      />
      <Kpi
        label="Shoppers used"
        testId="kpi-shoppers-used"
        value={kpis.shoppersUsed}
        display={String(kpis.shoppersUsed)}
        note={`of ${shoppersTotal}`}
      />
      <Kpi
        label="Batches"
        testId="kpi-batches"
        value={kpis.batches}
        display={String(kpis.batches)}
        note={`mean ${kpis.meanBatchSize.toFixed(1)} orders`}
      />
      <Kpi
        label="Total cost"
        testId="kpi-total-cost"
        value={kpis.totalCost}
        display={formatMoney(kpis.totalCost)}
      />
      <Kpi
        label="Cost per order"
        testId="kpi-cost-per-order"
        value={kpis.costPerOrder}
        display={kpis.costPerOrder === null ? '—' : formatMoney(kpis.costPerOrder)}
      />
    </dl>
  );
}
