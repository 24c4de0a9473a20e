/**
 * The small line and number reader the benchmark parsers share: it keeps each
 * line's 1-based number so every error can point at it.
 */
import { BenchmarkFormatError } from './formatError.ts';

export interface NumberedLine {
  /** 1-based, counting blank lines. */
  readonly number: number;
  /** Trimmed. */
  readonly text: string;
}

/** The non-blank lines. The files mix CRLF and LF and pad with blank or whitespace-only lines. */
export function contentLines(text: string, fileName: string): NumberedLine[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ number: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) throw new BenchmarkFormatError(fileName, null, 'the file is empty');
  return lines;
}

/** Plain decimal notation only: Number() would also take "", "0x10" and "Infinity". */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumber(fileName: string, line: NumberedLine, field: string, raw: string): number {
  if (!DECIMAL.test(raw))
    throw new BenchmarkFormatError(fileName, line.number, `${field} "${raw}" is not a number`);
  return Number(raw);
}

/**
 * A row of numbers, one per named column. Split on any whitespace: Solomon
 * aligns columns with spaces, Li & Lim separates them with tabs (some rows end
 * with a stray one).
 */
export function numberRow(fileName: string, line: NumberedLine, columns: readonly string[]): number[] {
  const fields = line.text.split(/\s+/);
  if (fields.length !== columns.length) {
    throw new BenchmarkFormatError(
      fileName,
      line.number,
      `expected ${columns.length} columns (${columns.join(', ')}), found ${fields.length}`,
    );
  }
  return fields.map((raw, i) => parseNumber(fileName, line, columns[i]!, raw));
}

/** Ids, counts and references must be whole numbers of at least `minimum`. */
export function requireInteger(
  fileName: string,
  line: NumberedLine,
  field: string,
  value: number,
  minimum: number,
): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new BenchmarkFormatError(
      fileName,
      line.number,
      `${field} ${value} must be an integer ≥ ${minimum}`,
    );
  }
  return value;
}
