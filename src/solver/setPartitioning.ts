/**
 * Recombining the route pool with HiGHS: choose pool routes, no more per
 * vehicle class than the class has vehicles, so that every task is served
 * once or paid for as unassigned, at least cost. The incumbent's routes are always in the pool and passed as
 * the MIP start, so the answer is never worse than the incumbent. The MIP's
 * dual bound is a bound for this pool only, not for the problem.
 */
import type { Highs, Model } from 'highs';
import type { RoutingModel } from './model.ts';
import type { PoolRoute } from './routePool.ts';
import { vehicleClasses } from './vehicleClasses.ts';

export interface SetPartitioningOptions {
  timeLimitSeconds: number;
  /** The incumbent, as routes that are also in `pool` (same objects). */
  start: readonly PoolRoute[];
  /** Polled from HiGHS' callbacks; true interrupts the MIP. */
  shouldStop: () => boolean;
}

export interface SetPartitioningResult {
  /** The chosen routes; null when HiGHS found nothing (e.g. interrupted before the start was used). */
  routes: PoolRoute[] | null;
  objective: number | null;
  /** Lower bound of the pool's MIP. */
  bound: number | null;
  rows: number;
  columns: number;
  nonZeros: number;
  status: string;
}

export function solveSetPartitioning(
  highs: Highs,
  model: RoutingModel,
  pool: readonly PoolRoute[],
  options: SetPartitioningOptions,
): SetPartitioningResult {
  const taskCount = model.tasks.length;
  const classOf = vehicleClasses(model);
  const classSizes = new Float64Array(Math.max(0, ...classOf) + 1);
  for (const c of classOf) classSizes[c]!++;
  const rows = taskCount + classSizes.length;
  // Columns: pool routes, then one "unassigned" slack per task.
  const columns = pool.length + taskCount;
  const starts = new Int32Array(columns + 1);
  const nonZeros = pool.reduce((sum, r) => sum + r.tasks.length + 1, 0) + taskCount;
  const indices = new Int32Array(nonZeros);
  const colCost = new Float64Array(columns);
  const colUpper = new Float64Array(columns).fill(1);
  const integrality = new Int32Array(columns);
  let k = 0;
  pool.forEach((route, j) => {
    starts[j] = k;
    for (const t of route.tasks) indices[k++] = t;
    indices[k++] = taskCount + route.vehicleClass;
    colCost[j] = route.cost;
    integrality[j] = highs.constants.variableType.integer;
  });
  for (let t = 0; t < taskCount; t++) {
    starts[pool.length + t] = k;
    indices[k++] = t;
    colCost[pool.length + t] = model.tasks[t]!.penalty;
  }
  starts[columns] = k;
  const rowLower = new Float64Array(rows);
  const rowUpper = new Float64Array(rows).fill(1);
  rowLower.fill(1, 0, taskCount);
  rowUpper.set(classSizes, taskCount);

  const mip: Model = highs.createModel({
    numCols: columns,
    numRows: rows,
    colCost,
    colLower: new Float64Array(columns),
    colUpper,
    rowLower,
    rowUpper,
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols: columns,
      starts,
      indices,
      values: new Float64Array(nonZeros).fill(1),
    },
    integrality,
  });
  try {
    mip.options.set({ output_flag: false, time_limit: options.timeLimitSeconds, mip_rel_gap: 1e-6 });
    const start = new Float64Array(columns);
    const index = new Map(pool.map((r, j) => [r, j] as const));
    const covered = new Uint8Array(taskCount);
    for (const r of options.start) {
      start[index.get(r)!] = 1;
      for (const t of r.tasks) covered[t] = 1;
    }
    for (let t = 0; t < taskCount; t++) if (!covered[t]) start[pool.length + t] = 1;
    mip.setSolution({ colValue: start });

    const interrupt = (event: { interrupt(): void }): undefined => {
      if (options.shouldStop()) event.interrupt();
    };
    const { modelStatus } = mip.run({
      [highs.constants.callbackType.mipInterrupt]: interrupt,
      [highs.constants.callbackType.simplexInterrupt]: interrupt,
    });
    const status = statusName(highs, modelStatus);
    const primal = mip.info.get('primal_solution_status') as number;
    const bound = mip.info.get('mip_dual_bound') as number;
    const base = { rows, columns, nonZeros, status, bound: Number.isFinite(bound) ? bound : null };
    if (primal !== highs.constants.solutionStatus.feasible) return { ...base, routes: null, objective: null };
    const values = mip.getSolution().colValue;
    const routes = pool.filter((_, j) => values[j]! > 0.5);
    return { ...base, routes, objective: mip.getObjectiveValue() };
  } finally {
    mip.dispose();
  }
}

function statusName(highs: Highs, code: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, value]) => value === code);
  return entry ? entry[0] : `status ${code}`;
}
