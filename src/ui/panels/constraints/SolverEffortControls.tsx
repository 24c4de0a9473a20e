import { useStudio } from '../../../state/store.ts';
import { NumberField } from '../NumberField.tsx';

/** How long each solve may run; not part of the scenario, so no undo step and no re-solve. */
export function SolverEffortControls() {
  const timeLimitSeconds = useStudio((s) => s.solveOptions.timeLimitSeconds);
  const setSolveOptions = useStudio((s) => s.setSolveOptions);
  return (
    <fieldset className="control-group">
      <legend>Solver effort</legend>
      <NumberField
        label="Time budget"
        value={timeLimitSeconds}
        unit="s"
        decimals={1}
        min={0}
        hint="For each solve, the re-solves after edits too."
        onCommit={(seconds) => {
          if (seconds <= 0) return 'Must be greater than 0';
          setSolveOptions({ timeLimitSeconds: seconds });
          return null;
        }}
      />
    </fieldset>
  );
}
