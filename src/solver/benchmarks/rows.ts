/**
 * The rows Solomon and Li & Lim files have in common: the fleet line and the
 * site rows, whose first seven columns are id x y demand ready due service in
 * both formats.
 */
import { BenchmarkFormatError } from './formatError.ts';
import type { BenchmarkSite } from './instance.ts';
import { type NumberedLine, numberRow, requireInteger } from './textLines.ts';

/** `columns` names the fleet line's fields; the first two are the vehicle count and the capacity. */
export function readFleet(
  fileName: string,
  line: NumberedLine,
  columns: readonly string[],
): { vehicles: number; capacity: number } {
  const [vehicles, capacity] = numberRow(fileName, line, columns) as [number, number];
  requireInteger(fileName, line, columns[0]!, vehicles, 1);
  if (capacity < 0)
    throw new BenchmarkFormatError(fileName, line.number, `${columns[1]} ${capacity} is negative`);
  return { vehicles, capacity };
}

export interface SiteRow {
  line: NumberedLine;
  site: BenchmarkSite;
  /** The format's columns after the seventh. */
  rest: number[];
}

/** The seven site columns, then the format's own. */
type SiteValues = [number, number, number, number, number, number, number, ...number[]];

/** `columns` names every field of the row; the first seven are the site's. */
export function readSiteRow(fileName: string, line: NumberedLine, columns: readonly string[]): SiteRow {
  const values = numberRow(fileName, line, columns);
  const [id, x, y, demand, ready, due, service, ...rest] = values as SiteValues;
  requireInteger(fileName, line, columns[0]!, id, 0);
  return { line, site: { id, x, y, demand, ready, due, service }, rest };
}

/**
 * The depot comes first with id 0, and ids are unique: the route files and the
 * validator refer to customers by id alone.
 */
export function checkIds(fileName: string, rows: readonly SiteRow[], lastLine: NumberedLine): void {
  const [depot] = rows;
  if (!depot) throw new BenchmarkFormatError(fileName, lastLine.number, 'the file ends before the depot row');
  if (depot.site.id !== 0) {
    throw new BenchmarkFormatError(
      fileName,
      depot.line.number,
      `the first row is the depot and must have id 0, found ${depot.site.id}`,
    );
  }
  const firstLine = new Map<number, number>();
  for (const { line, site } of rows) {
    const earlier = firstLine.get(site.id);
    if (earlier !== undefined) {
      throw new BenchmarkFormatError(fileName, line.number, `id ${site.id} already used on line ${earlier}`);
    }
    firstLine.set(site.id, line.number);
  }
}
