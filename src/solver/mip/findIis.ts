/**
 * Is a `LinearProgram` feasible, and if not, which rows rule it out: HiGHS'
 * own irreducible infeasible subset, preferring rows to column bounds (the
 * columns are free, so every reason is a row someone can name).
 */
import type { Highs } from 'highs';
import type { IisAnswer, LinearProgram } from './linearProgram.ts';

export function findIis(highs: Highs, program: LinearProgram): IisAnswer {
  const { numRows, numCols } = program;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: new Float64Array(numCols),
    colLower: new Float64Array(numCols).fill(-Infinity),
    colUpper: new Float64Array(numCols).fill(Infinity),
    rowLower: program.rowLower,
    rowUpper: program.rowUpper,
    matrix: {
      format: 'csc',
      numRows,
      numCols,
      starts: program.starts,
      indices: program.indices,
      values: program.values,
    },
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: 1,
      iis_strategy: highs.constants.iis.strategyRowPriority,
    });
    model.run();
    const status = model.getModelStatus();
    if (status === highs.constants.modelStatus.optimal) return { feasible: true, rows: [] };
    if (status !== highs.constants.modelStatus.infeasible) {
      throw new Error(`HiGHS could not tell whether the model is feasible (model status ${status})`);
    }
    return { feasible: false, rows: [...model.getIis().rowIndex] };
  } finally {
    model.dispose();
  }
}
