import { formatPercent } from '../../domain/units.ts';
import { useStudio } from '../../state/store.ts';

const PHASES: Record<string, string> = {
  loading: 'Loading solver',
  construction: 'Building first plan',
  search: 'Improving',
  mip: 'Recombining routes (HiGHS)',
  done: 'Finishing',
};

/** Solve state in words, with a progress bar over the time budget. */
export function SolveStatus() {
  const status = useStudio((s) => s.solveStatus);
  const progress = useStudio((s) => s.progress);
  const budgetMs = useStudio((s) => s.solveOptions.timeLimitSeconds * 1000);
  const error = useStudio((s) => s.solveError);
  const violations = useStudio((s) => s.planResult?.violations.length ?? null);
  // A solve asked for while its map still loads waits for it (the studio opens that way).
  const mapLoading = useStudio((s) => s.networkStatus === 'loading');
  const givingWay = useStudio((s) => s.givingWay);
  const elapsedMs = progress?.elapsedMs ?? 0;
  const cost = progress?.incumbentCost;
  const bound = progress?.bound;

  let label: string;
  if (status === 'solving') {
    label = givingWay
      ? 'Paused while you move the map'
      : progress
        ? (PHASES[progress.phase] ?? progress.phase)
        : mapLoading
          ? 'Loading the map'
          : 'Starting solver';
  } else if (status === 'done') label = 'Solved';
  else if (status === 'stopped') label = 'Stopped (best plan kept)';
  else if (status === 'error') label = `Solver error: ${error ?? 'unknown'}`;
  else label = 'Not solved';

  return (
    <div className="solve-status" data-status={status}>
      <div role="status" aria-live="polite" className="solve-label" data-testid="solve-status">
        {label}
        {status !== 'idle' && status !== 'error' && (
          <span className="solve-meta">
            {' '}
            · {(elapsedMs / 1000).toFixed(1)} s{cost != null && ` · cost ${cost.toFixed(0)}`}
            {cost != null && bound != null && <BoundAndGap cost={cost} bound={bound} />}
            {status !== 'solving' && violations !== null && (
              <span className={violations === 0 ? 'valid' : 'invalid'} data-testid="validation">
                {violations === 0 ? ' · validated ✓' : ` · ${violations} violations`}
              </span>
            )}
          </span>
        )}
      </div>
      <progress
        className="solve-progress"
        aria-label="Solve progress"
        max={budgetMs}
        value={status === 'solving' ? Math.min(elapsedMs, budgetMs) : status === 'idle' ? 0 : budgetMs}
      />
    </div>
  );
}

/**
 * HiGHS's lower bound over the routes pooled when it last recombined them,
 * and how far the plan is above it: a bound on that pool, not on every plan.
 */
function BoundAndGap({ cost, bound }: { cost: number; bound: number }) {
  // The search may since have found a plan below the pool's bound; the gap then reads 0, not negative.
  const gap = cost > 0 ? Math.max(0, (cost - bound) / cost) : null;
  return (
    <span title="Lower bound from recombining the routes found so far (HiGHS), and the plan's gap to it">
      {` · bound ${bound.toFixed(0)}`}
      {gap !== null && ` · gap ${formatPercent(gap * 100, 1)}`}
    </span>
  );
}
