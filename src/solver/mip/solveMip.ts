/**
 * One MIP through HiGHS' persistent model API, wherever HiGHS is loaded.
 * HiGHS answers an interrupt only at its own checkpoints (between presolve
 * rounds, nodes and heuristics; never inside an LP), which is why the
 * studio runs it in a worker of its own: see `mipProblem.ts`.
 */
import type { Highs, Model } from 'highs';
import type { MipReport } from '../../domain/solve.ts';
import { LogLines } from './logLines.ts';
import type { MipAnswer, MipProblem } from './mipProblem.ts';

/** HiGHS log lines kept per MIP: the whole log of a short MIP, the end of a long one. */
export const MIP_LOG_LINES = 300;

export function solveMip(highs: Highs, problem: MipProblem, shouldStop: () => boolean): MipAnswer {
  const { numRows, numCols, starts, indices } = problem;
  const integer = highs.constants.variableType.integer;
  const continuous = highs.constants.variableType.continuous;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: problem.colCost,
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols).fill(1),
    rowLower: problem.rowLower,
    rowUpper: problem.rowUpper,
    matrix: {
      format: 'csc',
      numRows,
      numCols,
      starts,
      indices,
      values: new Float64Array(indices.length).fill(1),
    },
    integrality: Int32Array.from(problem.binary, (b) => (b ? integer : continuous)),
  });
  try {
    model.options.set({
      // The log goes to the logging callback only: engineers read it in the studio, not on a console.
      output_flag: true,
      log_to_console: false,
      time_limit: problem.timeLimitSeconds,
      mip_rel_gap: 1e-6,
      // Probing took most of a short MIP's limit on route pools (up to 150 ms of
      // a 150 ms limit, leaving no time to solve) and hardly reduces set partitioning.
      presolve_rule_off: PROBING,
    });
    model.setSolution({ colValue: problem.start });
    const interrupt = (event: { interrupt(): void }): undefined => {
      if (shouldStop()) event.interrupt();
    };
    const log = new LogLines(MIP_LOG_LINES);
    model.run({
      [highs.constants.callbackType.mipInterrupt]: interrupt,
      [highs.constants.callbackType.simplexInterrupt]: interrupt,
      [highs.constants.callbackType.logging]: (event): undefined => {
        log.add(event.message);
      },
    });
    const feasible = model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    return {
      values: feasible ? Float64Array.from(model.getSolution().colValue) : null,
      report: mipReport(highs, model, problem, feasible, log.lines()),
    };
  } finally {
    model.dispose();
  }
}

function mipReport(
  highs: Highs,
  model: Model,
  problem: MipProblem,
  feasible: boolean,
  log: string[],
): MipReport {
  const finite = (name: string) => {
    const value = Number(model.info.get(name));
    return Number.isFinite(value) ? value : null;
  };
  const code = model.getModelStatus();
  const status = Object.entries(highs.constants.modelStatus).find(([, c]) => c === code)?.[0];
  return {
    rows: problem.numRows,
    columns: problem.numCols,
    nonZeros: problem.indices.length,
    status: status ?? `status ${code}`,
    objective: feasible ? finite('objective_function_value') : null,
    bound: finite('mip_dual_bound'),
    gap: feasible ? finite('mip_gap') : null,
    nodes: Number(model.info.get('mip_node_count')),
    lpIterations: Number(model.info.get('simplex_iteration_count')),
    seconds: model.getRunTime(),
    log,
  };
}

/** HiGHS' presolve rule bit for probing (`presolve_rule_off`). */
const PROBING = 1 << 15;
