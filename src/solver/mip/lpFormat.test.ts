import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from '../../domain/generator.ts';
import { solveScenario } from '../solveScenario.ts';
import { LP_LINE_LIMIT, LP_NAME_LIMIT, legalName, writeLp } from './lpFormat.ts';
import { mipInThread } from './mipInThread.ts';
import type { MipProblem, MipSolver } from './mipProblem.ts';
import { solveMip } from './solveMip.ts';

const highs = await highsLoader();
const READ_BACK_OPTIONS = { mip_rel_gap: 1e-6 };

/** Two optima agree to the engine's relative MIP gap (and HiGHS' feasibility tolerances). */
function expectSameOptimum(read: number, engine: number): void {
  expect(Math.abs(read - engine)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(engine)));
}

/** HiGHS reading the file back and solving it to the engine's gap, as an engineer's own copy of HiGHS would. */
function readBack(lp: string) {
  const read = highs.solve(lp, READ_BACK_OPTIONS);
  if (read.Status === 'Infeasible') throw new Error('HiGHS found the model read back infeasible');
  return read;
}
/**
 * The names HiGHS read, in order. Asked of its model: the legacy answer has
 * no row names for a MIP, and keys its columns in an object, where a column
 * named "__proto__" would not show.
 */
const namesRead = (lp: string) =>
  highs.withModel({ format: 'lp', data: lp }, (model) => {
    const { numRows, numCols } = model.getDimensions();
    return {
      rows: Array.from({ length: numRows }, (_, i) => model.getRowName(i)),
      columns: Array.from({ length: numCols }, (_, j) => model.getColName(j)),
    };
  });
/** The same problem solved the way the engine solves it, given all the time it needs. */
const solvedByEngine = (problem: MipProblem) =>
  solveMip(highs, { ...problem, timeLimitSeconds: 60 }, () => false).report;

/** Names as the format allows them. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** The set partitioning MIPs a short solve of a generated day sends to HiGHS. */
async function setPartitioningMips(): Promise<MipProblem[]> {
  const sent: MipProblem[] = [];
  const inThread = mipInThread(highs);
  const recording: MipSolver = {
    solve: (problem, shouldStop) => {
      sent.push(problem);
      return inThread.solve(problem, shouldStop);
    },
  };
  await solveScenario(
    generateGroceryDay({ seed: 3, orderCount: 40, shopperCount: 8, storeCount: 4 }),
    { timeLimitSeconds: 1, seed: 1 },
    { mip: recording },
  );
  return sent;
}

/** Small MIPs of every shape a `MipProblem` can take: bounds of all kinds, empty rows, any costs. */
/**
 * Names as labels could give them, often starting with what a reader's
 * number parser or section scanner takes for its own: random strings alone
 * found `INf ` only once in thousands of runs.
 */
const wantedName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .tuple(
      fc.constantFrom('inf', 'INF', 'Infinity', 'nan', 'NaN', 'e', 'E7', '.5', '0x1', 'free', 'st', 'end'),
      fc.string({ maxLength: 6 }),
    )
    .map(([start, rest]) => start + rest),
);

const smallMip: fc.Arbitrary<MipProblem> = fc
  // At least a column: the engine never sends HiGHS an empty MIP, and HiGHS takes no start for one.
  .record({ numRows: fc.integer({ min: 0, max: 6 }), numCols: fc.integer({ min: 1, max: 10 }) })
  .chain(({ numRows, numCols }) =>
    fc.record({
      columns: fc.array(
        numRows === 0
          ? fc.constant<number[]>([])
          : fc.uniqueArray(fc.integer({ min: 0, max: numRows - 1 }), { maxLength: numRows }),
        { minLength: numCols, maxLength: numCols },
      ),
      costs: fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
        minLength: numCols,
        maxLength: numCols,
      }),
      binary: fc.array(fc.boolean(), { minLength: numCols, maxLength: numCols }),
      bounds: fc.array(
        fc.oneof(
          fc.constant([1, 1]),
          fc.constant([0, 2]),
          fc.constant([1, Number.POSITIVE_INFINITY]),
          fc.constant([Number.NEGATIVE_INFINITY, 1]),
          fc.constant([1, 2]),
          fc.constant([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]),
        ),
        { minLength: numRows, maxLength: numRows },
      ),
      rowNames: fc.array(wantedName, { minLength: numRows, maxLength: numRows }),
      columnNames: fc.array(wantedName, { minLength: numCols, maxLength: numCols }),
      named: fc.boolean(),
    }),
  )
  .map(({ columns, costs, binary, bounds, rowNames, columnNames, named }) => {
    const starts = Int32Array.from([0, ...columns.map((_, j) => columns.slice(0, j + 1).flat().length)]);
    return {
      numRows: bounds.length,
      numCols: columns.length,
      starts,
      indices: Int32Array.from(columns.flatMap((c) => [...c].sort((a, b) => a - b))),
      colCost: Float64Array.from(costs),
      binary: Uint8Array.from(binary, Number),
      rowLower: Float64Array.from(bounds, ([lower]) => lower!),
      rowUpper: Float64Array.from(bounds, ([, upper]) => upper!),
      start: new Float64Array(columns.length),
      timeLimitSeconds: 60,
      ...(named ? { labels: { rows: rowNames, columns: columnNames, notes: ['A random MIP.'] } } : {}),
    };
  });

describe('writeLp', () => {
  it("gives set partitioning MIPs that HiGHS reads back to the engine's own optimum", async () => {
    const mips = await setPartitioningMips();
    expect(mips.length).toBeGreaterThan(0);
    const problem = mips.at(-1)!;
    const lp = writeLp(problem);
    const engine = solvedByEngine(problem);
    expect(engine.status).toBe('optimal');
    const read = readBack(lp);
    expect(read.Status).toBe('Optimal');
    expectSameOptimum(read.ObjectiveValue, engine.objective!);
    // Every row and column is there under its engineer's name.
    expect(read.Rows).toHaveLength(problem.numRows);
    const { rows, columns } = namesRead(lp);
    expect(columns).toHaveLength(problem.numCols);
    expect(rows.filter((name) => name.startsWith('order_'))).toHaveLength(40);
    expect(rows.filter((name) => name.startsWith('class_')).length).toBeGreaterThan(0);
    expect(columns.filter((c) => c.startsWith('unassigned_'))).toHaveLength(40);
    expect(columns.filter((c) => /^route\d+_class\d+$/.test(c)).length).toBeGreaterThan(0);
    expect(lp).toMatch(/^\\ class_0: \d+ shoppers? \(/m);
  });

  it('writes any MIP so that HiGHS reads back the same optimum, in legal names and short lines', () => {
    fc.assert(
      fc.property(smallMip, (problem) => {
        const lp = writeLp(problem);
        for (const line of lp.split('\n')) expect(line.length).toBeLessThanOrEqual(LP_LINE_LIMIT);
        const engine = solvedByEngine(problem);
        if (engine.status === 'infeasible') {
          expect(highs.solve(lp, READ_BACK_OPTIONS).Status).toBe('Infeasible');
          return;
        }
        const read = readBack(lp);
        expect(engine.status).toBe('optimal');
        expect(read.Status).toBe('Optimal');
        expectSameOptimum(read.ObjectiveValue, engine.objective!);
        const { rows, columns } = namesRead(lp);
        expect(columns).toHaveLength(problem.numCols);
        expect(new Set(columns).size).toBe(problem.numCols);
        const names = [...columns, ...rows];
        for (const name of names) expect(name).toMatch(NAME);
      }),
      { numRuns: 150 },
    );
  });

  it('continues a row of hundreds of routes over lines under the limit', () => {
    const routes = 400;
    const problem: MipProblem = {
      numRows: 1,
      numCols: routes,
      starts: Int32Array.from({ length: routes + 1 }, (_, j) => j),
      indices: new Int32Array(routes),
      colCost: Float64Array.from({ length: routes }, (_, j) => 1000 + j / 7),
      binary: new Uint8Array(routes).fill(1),
      rowLower: Float64Array.of(1),
      rowUpper: Float64Array.of(1),
      start: new Float64Array(routes),
      timeLimitSeconds: 60,
      labels: {
        rows: ['order_with_a_rather_long_identifier_from_some_upstream_system'],
        columns: Array.from({ length: routes }, (_, j) => `route${j}_class${j % 7}`),
        notes: [`A note longer than a line: ${'word '.repeat(100)}`],
      },
    };
    const lp = writeLp(problem);
    const lines = lp.split('\n');
    expect(lines.filter((l) => l.includes('+ route')).length).toBeGreaterThan(10);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LP_LINE_LIMIT);
    const read = readBack(lp);
    expect(read.Status).toBe('Optimal');
    expect(read.ObjectiveValue).toBeCloseTo(1000, 9);
    expect(read.Columns.route0_class0!.Primal).toBe(1);
  });

  it('writes an empty row as a row, with a zero term', () => {
    const problem: MipProblem = {
      numRows: 2,
      numCols: 1,
      starts: Int32Array.of(0, 1),
      indices: Int32Array.of(0),
      colCost: Float64Array.of(4),
      binary: Uint8Array.of(1),
      rowLower: Float64Array.of(1, 0),
      rowUpper: Float64Array.of(1, 3),
      start: Float64Array.of(1),
      timeLimitSeconds: 1,
      labels: { rows: ['order_a', 'class_0'], columns: ['route0_class1'], notes: [] },
    };
    const lp = writeLp(problem);
    expect(lp).toContain(' class_0: + 0 route0_class1 <= 3');
    const read = readBack(lp);
    expect(namesRead(lp).rows).toEqual(['order_a', 'class_0']);
    expect(read.ObjectiveValue).toBe(4);
  });

  it('makes names legal, distinct and short', () => {
    const problem: MipProblem = {
      numRows: 0,
      numCols: 8,
      starts: new Int32Array(9),
      indices: new Int32Array(0),
      colCost: Float64Array.of(1, 1, 1, 1, 1, 1, 1, 1),
      binary: new Uint8Array(8).fill(1),
      rowLower: new Float64Array(0),
      rowUpper: new Float64Array(0),
      start: new Float64Array(8),
      timeLimitSeconds: 1,
      labels: {
        rows: [],
        columns: ['unassigned_o-1', 'unassigned_o 1', 'free', 'e12', '', 'x'.repeat(300), 'INf ', 'nanny'],
        notes: [],
      },
    };
    const lp = writeLp(problem);
    const names = lp
      .split('\n')
      .slice(lp.split('\n').indexOf('Binaries') + 1, -2)
      .map((l) => l.trim());
    expect(names).toEqual([
      'unassigned_o_1',
      'unassigned_o_1_2',
      '_free',
      '_e12',
      '_',
      'x'.repeat(LP_NAME_LIMIT),
      '_INf_',
      '_nanny',
    ]);
    expect(namesRead(lp).columns).toEqual(names);
  });

  it('never gives a name a reader could take for a number or a keyword', () => {
    fc.assert(
      fc.property(wantedName, (wanted) => {
        const name = legalName(wanted);
        expect(name).toMatch(NAME);
        expect(name).not.toMatch(/^([eE]|inf|nan)/i);
        expect(name.length).toBeLessThanOrEqual(LP_NAME_LIMIT);
      }),
    );
  });
});
