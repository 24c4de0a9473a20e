import { useStudio } from '../../state/store.ts';
import { type Command, SHORTCUT_KEYS } from '../shortcuts.ts';
import { SolveStatus } from './SolveStatus.tsx';

/** A button's title and `aria-keyshortcuts` for its shortcut. */
const shortcut = (name: string, which: Command) => ({
  title: `${name} (${SHORTCUT_KEYS[which].label})`,
  'aria-keyshortcuts': SHORTCUT_KEYS[which].aria,
});

export function TopBar() {
  const name = useStudio((s) => s.scenario.name);
  const solving = useStudio((s) => s.solveStatus === 'solving');
  const canUndo = useStudio((s) => s.past.length > 0);
  const canRedo = useStudio((s) => s.future.length > 0);
  const solve = useStudio((s) => s.solve);
  const stopSolve = useStudio((s) => s.stopSolve);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  return (
    <header className="topbar">
      <div className="brand" aria-hidden="true">
        Dispatch Studio
      </div>
      <h1 className="scenario-name">{name}</h1>
      <SolveStatus />
      <div className="actions">
        <button type="button" onClick={undo} disabled={!canUndo} {...shortcut('Undo the last edit', 'undo')}>
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} {...shortcut('Redo', 'redo')}>
          Redo
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void solve()}
          disabled={solving}
          {...shortcut('Solve', 'solve')}
        >
          Solve
        </button>
        <button
          type="button"
          onClick={() => void stopSolve()}
          disabled={!solving}
          {...shortcut('Stop, keeping the best plan so far', 'stop')}
        >
          Stop
        </button>
      </div>
    </header>
  );
}
