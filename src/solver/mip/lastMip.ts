/**
 * The last MIP HiGHS answered, kept for an engineer to take away as an LP
 * file. It wraps the `MipSolver` the engine uses and remembers each MIP
 * whose answer came back; a MIP the engine left at a stop is never kept,
 * since its report never reached the app, so the file always matches the
 * last MIP the Solver panel shows.
 */
import type { MipReport } from '../../domain/solve.ts';
import { writeLp } from './lpFormat.ts';
import type { MipProblem, MipRun, MipSolver } from './mipProblem.ts';

export class LastMip implements MipSolver {
  private kept: { problem: MipProblem; report: MipReport } | null = null;

  constructor(private readonly solver: MipSolver) {}

  solve(problem: MipProblem, shouldStop: () => boolean): MipRun {
    const run = this.solver.solve(problem, shouldStop);
    let left = false;
    return {
      answer: run.answer.then((answer) => {
        if (!left) this.kept = { problem, report: answer.report };
        return answer;
      }),
      cancel: () => {
        left = true;
        run.cancel();
      },
    };
  }

  /** The last MIP as a CPLEX LP file, saying at its head how HiGHS ended it; null before the first. */
  lpFile(): string | null {
    return this.kept ? writeLp(this.kept.problem, runNotes(this.kept.problem, this.kept.report)) : null;
  }
}

/** What an LP file cannot hold: how HiGHS ran the MIP and what it found. */
function runNotes(problem: MipProblem, report: MipReport): string[] {
  const found =
    report.objective === null
      ? 'no solution'
      : `objective ${report.objective}${report.bound === null ? '' : `, dual bound ${report.bound}`}`;
  return [
    `HiGHS ended this MIP with status "${report.status}" after ${report.seconds.toFixed(2)} s and ${report.nodes} nodes: ${found}.`,
    `It ran with a ${problem.timeLimitSeconds.toFixed(2)} s time limit and the incumbent plan's routes as its start; an LP file holds neither.`,
  ];
}
