/**
 * Solomon (1987) and Gehring–Homberger VRPTW files: a name line, a VEHICLE
 * section (header, then "number capacity"), a CUSTOMER section (header, then
 * one row per site, depot first). Column widths and blank lines vary between
 * files, so only the order of the non-blank lines matters.
 */
import { BenchmarkFormatError } from './formatError.ts';
import type { BenchmarkInstance } from './instance.ts';
import { checkIds, readFleet, readSiteRow } from './rows.ts';
import { contentLines, type NumberedLine } from './textLines.ts';

/** Named as in the files' own headers, so errors read like the file. */
const FLEET_COLUMNS = ['NUMBER', 'CAPACITY'] as const;
const SITE_COLUMNS = [
  'CUST NO.',
  'XCOORD.',
  'YCOORD.',
  'DEMAND',
  'READY TIME',
  'DUE DATE',
  'SERVICE TIME',
] as const;

const VEHICLE = /^VEHICLE$/i;
/** Non-blank lines before the first site row: name, VEHICLE, header, fleet, CUSTOMER, header. */
const FIRST_SITE_LINE = 6;

export function parseSolomon(text: string, fileName: string): BenchmarkInstance {
  const lines = contentLines(text, fileName);
  const lastLine = lines[lines.length - 1]!;
  const lineAt = (index: number, what: string): NumberedLine => {
    const line = lines[index];
    if (!line) throw new BenchmarkFormatError(fileName, lastLine.number, `the file ends before ${what}`);
    return line;
  };
  const expectLine = (index: number, pattern: RegExp, what: string): void => {
    const line = lineAt(index, what);
    if (!pattern.test(line.text)) {
      throw new BenchmarkFormatError(fileName, line.number, `expected ${what}, found "${line.text}"`);
    }
  };

  const nameLine = lines[0]!;
  if (VEHICLE.test(nameLine.text)) {
    throw new BenchmarkFormatError(fileName, nameLine.number, 'the instance name line is missing');
  }
  expectLine(1, VEHICLE, 'the VEHICLE section');
  expectLine(2, /^NUMBER\s+CAPACITY$/i, 'the "NUMBER CAPACITY" header');
  const { vehicles, capacity } = readFleet(
    fileName,
    lineAt(3, 'the vehicle number and capacity'),
    FLEET_COLUMNS,
  );
  expectLine(4, /^CUSTOMER$/i, 'the CUSTOMER section');
  expectLine(5, /^CUST\b/i, 'the "CUST NO. XCOORD. …" header');

  const rows = lines.slice(FIRST_SITE_LINE).map((line) => readSiteRow(fileName, line, SITE_COLUMNS));
  checkIds(fileName, rows, lastLine);
  for (const { line, site } of rows) {
    // VRPTW demand is the load delivered to a customer: a negative one has no meaning.
    if (site.demand < 0)
      throw new BenchmarkFormatError(fileName, line.number, `DEMAND ${site.demand} is negative`);
  }
  const [depot, ...customers] = rows.map((row) => row.site);
  return { name: nameLine.text, kind: 'vrptw', vehicles, capacity, depot: depot!, customers };
}
