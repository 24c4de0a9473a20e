/**
 * A `MipProblem` as a CPLEX LP file, the text format HiGHS, CPLEX, Gurobi,
 * SCIP and GLPK all read: for an engineer to take the studio's last MIP to
 * a solver of their own.
 *
 * The format's rules kept here: names of letters, digits, `_` and `.`, not
 * starting with a digit, a period or an `e` (read as an exponent), nor with
 * `inf` or `nan` in any case (HiGHS reads numbers with `strtod`, which takes
 * `INf_x` for infinity followed by `_x`), and not a section keyword; no line
 * longer than 255 characters (CPLEX takes 560, older readers 255), so long
 * rows continue on the next lines; a row has one relation, so a row bounded
 * on both sides is written as two.
 */
import type { MipProblem } from './mipProblem.ts';

/** Longest line written. */
export const LP_LINE_LIMIT = 255;
/** Longest name written: a row's name and one term always fit on a line. */
export const LP_NAME_LIMIT = 100;

/** Words a reader could take for the start of a section or a bound keyword, in lower case. */
const KEYWORDS = new Set([
  'min',
  'minimize',
  'minimise',
  'minimum',
  'max',
  'maximize',
  'maximise',
  'maximum',
  'st',
  's.t.',
  'subject',
  'such',
  'bound',
  'bounds',
  'bin',
  'binary',
  'binaries',
  'gen',
  'general',
  'generals',
  'int',
  'integer',
  'integers',
  'semi',
  'semis',
  'sos',
  'end',
  'free',
]);

/** Starts a reader's number parser would take as a number: digits, a period, an exponent, infinity or not-a-number. */
const NUMBER_START = /^([0-9.eE]|inf|nan)/i;

export function writeLp(problem: MipProblem, extraNotes: readonly string[] = []): string {
  const { numRows, numCols, indices, colCost, binary, rowLower, rowUpper, labels } = problem;
  const columnName = uniqueNames(numCols, (j) => labels?.columns[j] ?? `c${j}`);
  const rowName = uniqueNames(numRows, (i) => labels?.rows[i] ?? `r${i}`);
  const binaries = binary.reduce((n, b) => n + b, 0);
  const lines: string[] = [];

  for (const note of [
    ...(labels?.notes ?? []),
    ...extraNotes,
    `${numRows} rows, ${numCols} columns (${binaries} binary, the others continuous in [0, 1]), ${indices.length} non-zeros, every coefficient 1.`,
  ]) {
    lines.push(...wrapComment(note));
  }

  lines.push('Minimize');
  const objective: string[] = [];
  for (let j = 0; j < numCols; j++) {
    const cost = colCost[j]!;
    if (cost !== 0)
      objective.push(`${cost < 0 ? '-' : '+'} ${formatNumber(Math.abs(cost))} ${columnName[j]}`);
  }
  lines.push(...wrapTerms(' obj:', objective, ''));

  lines.push('Subject To');
  const rowTerms = termsByRow(problem, columnName);
  for (let i = 0; i < numRows; i++) {
    // An empty row still needs a term: a zero one keeps it a row in every reader.
    const terms = rowTerms[i]!.length > 0 ? rowTerms[i]! : numCols > 0 ? [`+ 0 ${columnName[0]}`] : [];
    for (const [suffix, relation] of relations(rowLower[i]!, rowUpper[i]!, rowTerms[i]!.length)) {
      lines.push(...wrapTerms(` ${rowName[i]}${suffix}:`, terms, ` ${relation}`));
    }
  }

  if (binaries < numCols) {
    lines.push('Bounds');
    for (let j = 0; j < numCols; j++) if (!binary[j]) lines.push(` 0 <= ${columnName[j]} <= 1`);
  }
  if (binaries > 0) {
    lines.push('Binaries');
    for (let j = 0; j < numCols; j++) if (binary[j]) lines.push(` ${columnName[j]}`);
  }
  lines.push('End', '');
  return lines.join('\n');
}

/**
 * How a row with bounds [lower, upper] over `entries` coefficients of 1 is
 * written: `[name suffix, relation]` for each line it takes. Its columns lie
 * in [0, 1], so its activity lies in [0, entries]: a bound outside that range
 * constrains nothing and is left out when the other bound can stand alone.
 */
function relations(lower: number, upper: number, entries: number): [string, string][] {
  if (lower === upper) return [['', `= ${formatNumber(upper)}`]];
  const lowerBinds = lower > 0;
  const upperBinds = upper < entries;
  if (lowerBinds && upperBinds && Number.isFinite(upper))
    return [
      ['_lo', `>= ${formatNumber(lower)}`],
      ['_up', `<= ${formatNumber(upper)}`],
    ];
  if (!lowerBinds && Number.isFinite(upper)) return [['', `<= ${formatNumber(upper)}`]];
  return [['', `>= ${formatNumber(lower)}`]];
}

/** Each row's terms, from the column-wise matrix. */
function termsByRow(problem: MipProblem, columnName: readonly string[]): string[][] {
  const rows: string[][] = Array.from({ length: problem.numRows }, () => []);
  for (let j = 0; j < problem.numCols; j++) {
    for (let k = problem.starts[j]!; k < problem.starts[j + 1]!; k++) {
      rows[problem.indices[k]!]!.push(`+ ${columnName[j]}`);
    }
  }
  return rows;
}

/** `head` and the terms, then `tail`, over as many lines as it takes; continued lines are indented. */
function wrapTerms(head: string, terms: readonly string[], tail: string): string[] {
  const lines: string[] = [];
  let line = head;
  for (const piece of [...terms, tail.trim()]) {
    if (piece === '') continue;
    if (line.length + 1 + piece.length > LP_LINE_LIMIT) {
      lines.push(line);
      line = '  ';
    }
    line += ` ${piece}`;
  }
  lines.push(line);
  return lines;
}

/** A note as `\` comment lines, cut at spaces. */
function wrapComment(note: string): string[] {
  const lines: string[] = [];
  let line = '\\';
  for (const word of note.split(/\s+/).filter(Boolean)) {
    const piece = word.slice(0, LP_LINE_LIMIT - 2);
    if (line.length > 1 && line.length + 1 + piece.length > LP_LINE_LIMIT) {
      lines.push(line);
      line = '\\';
    }
    line += ` ${piece}`;
  }
  lines.push(line);
  return lines;
}

/** Legal, distinct names, one per index, from the wanted ones. */
function uniqueNames(count: number, wanted: (index: number) => string): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = legalName(wanted(i));
    let name = base;
    for (let n = 2; used.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, LP_NAME_LIMIT - suffix.length) + suffix;
    }
    used.add(name);
    names.push(name);
  }
  return names;
}

export function legalName(wanted: string): string {
  let name = wanted.replace(/[^A-Za-z0-9_.]/g, '_');
  if (name === '' || NUMBER_START.test(name) || KEYWORDS.has(name.toLowerCase())) name = `_${name}`;
  return name.slice(0, LP_NAME_LIMIT);
}

/** Shortest text that reads back as the same double. */
function formatNumber(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return 'inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  return String(value);
}
