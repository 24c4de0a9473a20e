/**
 * A feasibility question for HiGHS: free columns, no objective, rows with
 * any coefficients. Crosses to wherever HiGHS runs as plain typed arrays,
 * like `MipProblem`; what the rows mean stays with whoever built them.
 */

export interface LinearProgram {
  numRows: number;
  numCols: number;
  /** Column-wise (CSC) matrix. */
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** ±Infinity where a row has no bound on that side. */
  rowLower: Float64Array;
  rowUpper: Float64Array;
}

export interface IisAnswer {
  feasible: boolean;
  /**
   * When infeasible: HiGHS' irreducible infeasible subset, as row indices —
   * rows that together admit no solution, none of which can be dropped.
   * Empty when HiGHS found none.
   */
  rows: number[];
}

export interface IisSolver {
  iis(program: LinearProgram): Promise<IisAnswer>;
}

/** Builds a `LinearProgram` row by row, as (column, coefficient) pairs. */
export function linearProgram(
  numCols: number,
  rows: readonly { terms: readonly (readonly [number, number])[]; lower: number; upper: number }[],
): LinearProgram {
  const byColumn: [number, number][][] = Array.from({ length: numCols }, () => []);
  rows.forEach((row, r) => {
    for (const [column, value] of row.terms) byColumn[column]!.push([r, value]);
  });
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  byColumn.forEach((entries, column) => {
    starts[column] = indices.length;
    for (const [r, value] of entries) {
      indices.push(r);
      values.push(value);
    }
  });
  starts[numCols] = indices.length;
  return {
    numRows: rows.length,
    numCols,
    starts,
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    rowLower: Float64Array.from(rows, (r) => r.lower),
    rowUpper: Float64Array.from(rows, (r) => r.upper),
  };
}
