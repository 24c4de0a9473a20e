/**
 * One MIP through HiGHS' persistent model API, wherever HiGHS is loaded.
 * HiGHS answers an interrupt only at its own checkpoints (between presolve
 * rounds, nodes and heuristics; never inside an LP), which is why the
 * studio runs it in a worker of its own: see `mipProblem.ts`.
 */
import type { Highs } from 'highs';
import type { MipAnswer, MipProblem } from './mipProblem.ts';

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
      output_flag: false,
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
    model.run({
      [highs.constants.callbackType.mipInterrupt]: interrupt,
      [highs.constants.callbackType.simplexInterrupt]: interrupt,
    });
    const bound = model.info.get('mip_dual_bound') as number;
    const feasible = model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    return {
      values: feasible ? Float64Array.from(model.getSolution().colValue) : null,
      bound: Number.isFinite(bound) ? bound : null,
    };
  } finally {
    model.dispose();
  }
}

/** HiGHS' presolve rule bit for probing (`presolve_rule_off`). */
const PROBING = 1 << 15;
