import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BenchmarkFormatError } from './formatError.ts';
import { benchmarkFiles, loadFile } from './loadFiles.ts';
import { parseRoutes } from './routesFile.ts';

describe('parseRoutes on the shared data', () => {
  it.each([
    ['homberger/200', 58],
    ['lilim/100', 56],
    ['lilim/200', 60],
  ])('parses every %s route file (%i files)', (folder, files) => {
    const found = benchmarkFiles(folder, '.sol');
    expect(found).toHaveLength(files);
    for (const file of found) {
      const routes = loadFile(file, parseRoutes);
      expect(routes.length).toBeGreaterThan(0);
      expect(routes.every((route) => route.length > 0)).toBe(true);
    }
  });
});

describe('parseRoutes', () => {
  it('skips the header, whatever it holds, and reads every spelling of a route line', () => {
    const text = [
      'Instance name :\tlc101',
      'Authors       :\tPrzemysław Pełka; Route planners',
      'Solution',
      'Route  1 : 5 3 7',
      'Route 2:  8',
      '',
      'Route 0 :',
      'route 9 : 10 11 ',
      '',
    ].join('\r\n');
    expect(parseRoutes(text, 'lc101.sol')).toEqual([[5, 3, 7], [8], [], [10, 11]]);
  });

  it.each([
    ['', 'lc101.sol: the file is empty'],
    ['Instance name : lc101\nSolution\n', 'lc101.sol: no "Route k : …" line'],
    ['Solution\nRoute 1 : 1 2\nCost 12', 'lc101.sol line 3: expected "Route k : ids", found "Cost 12"'],
    ['Solution\nRoute 1 : 1 2\nRoute 2 : 3 x4', 'lc101.sol line 3: Route 2 customer "x4" is not a number'],
    ['Route 1 : 1 2.5', 'lc101.sol line 1: Route 1 customer 2.5 must be an integer ≥ 0'],
    ['Route 1 : 1 -2', 'lc101.sol line 1: Route 1 customer -2 must be an integer ≥ 0'],
  ])('rejects %j', (text, message) => {
    expect(() => parseRoutes(text, 'lc101.sol')).toThrow(BenchmarkFormatError);
    expect(() => parseRoutes(text, 'lc101.sol')).toThrow(message);
  });
});

// Property tests: random routes, written as a record-route file, parse back unchanged.

const routes = fc.array(fc.array(fc.integer({ min: 0, max: 9999 }), { maxLength: 15 }), {
  minLength: 1,
  maxLength: 8,
});
const HEADER = ['Instance name : x', 'Authors       : A. Author', 'Date          : 01-jan-01', 'Solution'];
/** 0-based line of the first route in `formatRoutes`' output. */
const FIRST_ROUTE_LINE = HEADER.length;

function formatRoutes(rows: readonly (readonly (number | string)[])[]): string[] {
  return [...HEADER, ...rows.map((ids, k) => `Route ${k + 1} : ${ids.join(' ')}`)];
}

describe('parseRoutes properties', () => {
  it('reads back what was written', () => {
    fc.assert(
      fc.property(routes, (rows) => {
        expect(parseRoutes(formatRoutes(rows).join('\r\n'), 'x.sol')).toEqual(rows);
      }),
    );
  });

  it('names the line of an id that is not a number', () => {
    fc.assert(
      fc.property(
        routes.filter((rows) => rows.some((ids) => ids.length > 0)),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('abc', 'x1', '1..2', 'NaN', '12a', '-', 'Infinity', '0x10'),
        (rows, routeSeed, idSeed, bad) => {
          const nonEmpty = rows.flatMap((ids, k) => (ids.length > 0 ? [k] : []));
          const k = nonEmpty[routeSeed % nonEmpty.length]!;
          const corrupted: (number | string)[][] = rows.map((ids) => [...ids]);
          corrupted[k]![idSeed % rows[k]!.length] = bad;
          expect(() => parseRoutes(formatRoutes(corrupted).join('\n'), 'x.sol')).toThrow(
            new BenchmarkFormatError(
              'x.sol',
              FIRST_ROUTE_LINE + k + 1,
              `Route ${k + 1} customer "${bad}" is not a number`,
            ),
          );
        },
      ),
    );
  });
});
