import type { KpiValueRow } from './kpiValueRows.ts';

/**
 * The KPI tab's numbers as text, beside the charts: one term and value per
 * KPI. Each value carries its raw number and unit (`data-value`,
 * `data-unit`) for tests; the term's tooltip says what is measured.
 */
export function KpiValues({ rows }: { rows: KpiValueRow[] }) {
  return (
    <dl className="kpi-values">
      {rows.map((r) => (
        <div key={r.testId} className="kpi-value">
          <dt title={r.hint}>{r.label}</dt>
          <dd data-testid={r.testId} data-value={r.value ?? undefined} data-unit={r.unit}>
            {r.display}
          </dd>
        </div>
      ))}
    </dl>
  );
}
