import { useStudio } from '../../state/store.ts';
import { SolveStatus } from './SolveStatus.tsx';

export function TopBar() {
  const name = useStudio((s) => s.scenario.name);
  const solving = useStudio((s) => s.solveStatus === 'solving');
  const solve = useStudio((s) => s.solve);
  const stopSolve = useStudio((s) => s.stopSolve);
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        Dispatch Studio
      </div>
      <h1 className="scenario-name">{name}</h1>
      <SolveStatus />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void solve()} disabled={solving}>
          Solve
        </button>
        <button type="button" onClick={() => void stopSolve()} disabled={!solving}>
          Stop
        </button>
      </div>
    </header>
  );
}
