import type { CompareKpiRow } from './compareKpiRows.ts';

/**
 * Every KPI in the baseline and in the plan on screen, with the change and
 * its verdict in words (coloured too, never by colour alone). Each row
 * carries the raw change and verdict (`data-delta`, `data-verdict`) for tests.
 */
export function CompareKpiTable({ rows }: { rows: CompareKpiRow[] }) {
  return (
    <table className="compare-kpis">
      <caption className="visually-hidden">KPIs of the baseline and of this plan</caption>
      <thead>
        <tr>
          <th scope="col">KPI</th>
          <th scope="col">Baseline</th>
          <th scope="col">This plan</th>
          <th scope="col">Change</th>
          <th scope="col">
            <span className="visually-hidden">Verdict</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.key}
            data-testid={`compare-kpi-${r.key}`}
            data-delta={r.delta ?? undefined}
            data-verdict={r.verdict}
          >
            <th scope="row" title={r.hint}>
              {r.label}
            </th>
            <td>{r.baseline}</td>
            <td>{r.current}</td>
            <td>{r.change}</td>
            <td className={`verdict ${r.verdict}`}>{r.verdictText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
