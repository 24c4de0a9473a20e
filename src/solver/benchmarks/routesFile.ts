/**
 * Record-route files (`.sol`, SINTEF style): free header lines (instance name,
 * authors, date, reference, "Solution"), then one `Route k : id id …` line per
 * vehicle. Spacing around the colon varies and k is not always 1, 2, …, so a
 * route is known by its place in the file, not by k.
 */
import { BenchmarkFormatError } from './formatError.ts';
import { contentLines, parseNumber, requireInteger } from './textLines.ts';

const ROUTE = /^Route\s+(\S+?)\s*:(.*)$/i;

/** The routes in file order, each the customer ids it serves in order (the depot at either end is implicit). */
export function parseRoutes(text: string, fileName: string): number[][] {
  const lines = contentLines(text, fileName);
  // The header is free text (and not always ASCII): everything before the first route line is skipped.
  const first = lines.findIndex((line) => ROUTE.test(line.text));
  if (first < 0) throw new BenchmarkFormatError(fileName, null, 'no "Route k : …" line');
  return lines.slice(first).map((line) => {
    const match = ROUTE.exec(line.text);
    if (!match)
      throw new BenchmarkFormatError(fileName, line.number, `expected "Route k : ids", found "${line.text}"`);
    const field = `Route ${match[1]} customer`;
    const ids = match[2]!.trim();
    return ids === ''
      ? []
      : ids
          .split(/\s+/)
          .map((raw) => requireInteger(fileName, line, field, parseNumber(fileName, line, field, raw), 0));
  });
}
