import type { SolverCountRow } from './solverCountRows.ts';

interface SolverCountsProps {
  title: string;
  /** Said beside the title ("Optimal"). */
  status?: string;
  rows: SolverCountRow[];
}

/**
 * A titled list of counts: one term and value per row. Each value carries
 * its raw number (`data-value`) for tests; the term's tooltip says what is
 * counted.
 */
export function SolverCounts({ title, status, rows }: SolverCountsProps) {
  return (
    <section className="solver-counts" aria-label={title}>
      <h3>
        {title}
        {status && (
          <>
            : <span data-testid="mip-status">{status}</span>
          </>
        )}
      </h3>
      <dl>
        {rows.map((r) => (
          <div key={r.testId} className="solver-count">
            <dt title={r.hint}>{r.label}</dt>
            <dd data-testid={r.testId} data-value={r.value ?? undefined}>
              {r.display}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
