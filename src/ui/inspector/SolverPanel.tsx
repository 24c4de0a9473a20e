import { useStudio } from '../../state/store.ts';
import { HighsLog } from './HighsLog.tsx';
import { SolverCounts } from './SolverCounts.tsx';
import { SolverDownloads } from './SolverDownloads.tsx';
import { SolverRunChart } from './SolverRunChart.tsx';
import { engineCountRows, lastMipRows, mipStatusWords } from './solverCountRows.ts';
import { useThrottledValue } from './useThrottledValue.ts';
import './solverPanel.css';

/**
 * The inspector's Solver tab, for engineers: the running or last solve's
 * objective and MIP bound over time, the engine's counts and the last MIP's
 * (live while solving), HiGHS' log of that MIP, and the last MIP and the
 * plan as files.
 */
export function SolverPanel() {
  const latest = useStudio((s) => s.solverRun);
  const run = useThrottledValue(latest);
  const mip = run.lastMip;
  return (
    <div className="solver-panel">
      <SolverRunChart points={run.points} />
      <div className="solver-side">
        <SolverDownloads />
        <SolverCounts title="Engine" rows={engineCountRows(run.counts)} />
        <SolverCounts
          title="Last MIP"
          status={mip ? mipStatusWords(mip.status) : 'none yet'}
          rows={lastMipRows(mip)}
        />
      </div>
      <HighsLog lines={mip?.log ?? null} />
    </div>
  );
}
