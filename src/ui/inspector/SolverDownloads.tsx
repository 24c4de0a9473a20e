import { useId, useState } from 'react';
import { fileStem, planFile } from '../../domain/planFile.ts';
import { useStudio } from '../../state/store.ts';
import { saveTextFile } from '../saveFile.ts';

/**
 * The Solver tab's two files: the last MIP HiGHS answered, as a CPLEX LP
 * file for a solver of the engineer's own, and the plan on screen as JSON.
 * A button with nothing to give says why beside it; it stays focusable
 * (`aria-disabled`) so that the reason is read with it.
 */
export function SolverDownloads() {
  const scenarioName = useStudio((s) => s.scenario.name);
  const plan = useStudio((s) => s.plan);
  const status = useStudio((s) => s.solveStatus);
  const planResult = useStudio((s) => s.planResult);
  const hasMip = useStudio((s) => s.solverRun.lastMip !== null);
  const lastMipLp = useStudio((s) => s.lastMipLp);
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const stem = fileStem(scenarioName);

  const mipReason = hasMip
    ? null
    : status === 'solving'
      ? 'HiGHS has not finished a MIP in this solve yet.'
      : status === 'idle'
        ? 'No solve yet.'
        : 'The last solve finished no MIP.';
  const planReason = plan ? null : 'No plan yet.';

  const downloadMip = async () => {
    if (mipReason || fetching) return;
    setFetching(true);
    setError(null);
    try {
      saveTextFile(`${stem}-last-mip.lp`, await lastMipLp(), 'text/plain');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setFetching(false);
    }
  };

  const downloadPlan = () => {
    if (!plan) return;
    // The validator's findings belong to the plan a solve ended with; a plan still streaming has none yet.
    const violations = status !== 'solving' && planResult ? planResult.violations : null;
    saveTextFile(
      `${stem}-plan.json`,
      JSON.stringify(planFile(scenarioName, plan, violations), null, 2),
      'application/json',
    );
  };

  return (
    <div className="solver-downloads">
      <button
        type="button"
        aria-disabled={mipReason !== null || fetching}
        aria-describedby={mipReason ? `${id}-mip` : undefined}
        onClick={() => void downloadMip()}
      >
        Download last MIP (.lp)
      </button>
      {mipReason && (
        <span id={`${id}-mip`} className="reason">
          {mipReason}
        </span>
      )}
      <button
        type="button"
        aria-disabled={planReason !== null}
        aria-describedby={planReason ? `${id}-plan` : undefined}
        onClick={downloadPlan}
      >
        Download plan (.json)
      </button>
      {planReason && (
        <span id={`${id}-plan`} className="reason">
          {planReason}
        </span>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
