/**
 * Recombining the route pool by set partitioning: choose pool routes, no
 * more per vehicle class than the class has vehicles, so that every task is
 * served once or paid for as unassigned, at least cost. The incumbent's
 * routes are always in the pool and passed as the MIP start, so the answer
 * is never worse than the incumbent. The MIP's dual bound is a bound for
 * this pool only, not for the problem.
 */
import type { MipAnswer, MipLabels, MipProblem } from './mip/mipProblem.ts';
import type { RoutingModel } from './model.ts';
import type { PoolRoute } from './routePool.ts';
import { vehicleClasses } from './vehicleClasses.ts';

/**
 * Columns are the pool's routes in order, then one "unassigned" slack per
 * task; rows are the tasks, then one per vehicle class.
 */
export function setPartitioningProblem(
  model: RoutingModel,
  pool: readonly PoolRoute[],
  /** The incumbent, as routes that are also in `pool` (same objects). */
  start: readonly PoolRoute[],
  timeLimitSeconds: number,
): MipProblem {
  const taskCount = model.tasks.length;
  const classOf = vehicleClasses(model);
  const classSizes = new Float64Array(Math.max(0, ...classOf) + 1);
  for (const c of classOf) classSizes[c]!++;
  const numRows = taskCount + classSizes.length;
  const numCols = pool.length + taskCount;
  const starts = new Int32Array(numCols + 1);
  const nonZeros = pool.reduce((sum, r) => sum + r.tasks.length + 1, 0) + taskCount;
  const indices = new Int32Array(nonZeros);
  const colCost = new Float64Array(numCols);
  const binary = new Uint8Array(numCols);
  let k = 0;
  pool.forEach((route, j) => {
    starts[j] = k;
    for (const t of route.tasks) indices[k++] = t;
    indices[k++] = taskCount + route.vehicleClass;
    colCost[j] = route.cost;
    binary[j] = 1;
  });
  for (let t = 0; t < taskCount; t++) {
    starts[pool.length + t] = k;
    indices[k++] = t;
    colCost[pool.length + t] = model.tasks[t]!.penalty;
  }
  starts[numCols] = k;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows).fill(1);
  rowLower.fill(1, 0, taskCount);
  rowUpper.set(classSizes, taskCount);

  const startValues = new Float64Array(numCols);
  const column = new Map(pool.map((r, j) => [r, j] as const));
  const covered = new Uint8Array(taskCount);
  for (const r of start) {
    startValues[column.get(r)!] = 1;
    for (const t of r.tasks) covered[t] = 1;
  }
  for (let t = 0; t < taskCount; t++) if (!covered[t]) startValues[pool.length + t] = 1;
  return {
    numRows,
    numCols,
    starts,
    indices,
    colCost,
    binary,
    rowLower,
    rowUpper,
    start: startValues,
    timeLimitSeconds,
    labels: setPartitioningLabels(model, pool, classOf, classSizes.length),
  };
}

/**
 * Rows are named after their order ("order_o17") or vehicle class
 * ("class_2"), columns after their pool route and its class
 * ("route12_class2") or the order they leave out ("unassigned_o17"); the
 * notes say which shoppers make up each class.
 */
function setPartitioningLabels(
  model: RoutingModel,
  pool: readonly PoolRoute[],
  classOf: Int32Array,
  classCount: number,
): MipLabels {
  const members: string[][] = Array.from({ length: classCount }, () => []);
  model.vehicles.forEach((v, i) => {
    members[classOf[i]!]!.push(v.id);
  });
  return {
    rows: [...model.tasks.map((t) => `order_${t.id}`), ...members.map((_, c) => `class_${c}`)],
    columns: [
      ...pool.map((r, j) => `route${j}_class${r.vehicleClass}`),
      ...model.tasks.map((t) => `unassigned_${t.id}`),
    ],
    notes: [
      'Set partitioning over the route pool of Dispatch Studio: every order is served by one chosen route or left unassigned at its penalty, with no more routes of a class than it has shoppers; a route costs what any shopper of its class pays to drive it.',
      'Its optimum bounds this pool of routes only, not the day.',
      ...members.map(
        (ids, c) =>
          `class_${c}: ${ids.length} ${ids.length === 1 ? 'shopper' : 'shoppers'} (${ids.join(', ')})`,
      ),
    ],
  };
}

/** The pool routes HiGHS chose; null when it found no solution. */
export function chosenRoutes(pool: readonly PoolRoute[], answer: MipAnswer): PoolRoute[] | null {
  const { values } = answer;
  return values ? pool.filter((_, j) => values[j]! > 0.5) : null;
}
