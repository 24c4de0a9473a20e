import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BenchmarkFormatError } from './formatError.ts';
import type { BenchmarkInstance, BenchmarkSite } from './instance.ts';
import { benchmarkFiles, loadFile, sharedBenchmarksDir } from './loadFiles.ts';
import { parseSolomon } from './solomon.ts';

const stem = (file: URL) => file.pathname.replace(/^.*\//, '').replace(/\.txt$/, '');

describe('parseSolomon on the shared data', () => {
  it.each([
    ['solomon', 56, 100],
    ['homberger/200', 60, 200],
  ])('parses every %s file (%i files, %i customers each)', (folder, files, size) => {
    const found = benchmarkFiles(folder, '.txt');
    expect(found).toHaveLength(files);
    for (const file of found) {
      const instance = loadFile(file, parseSolomon);
      expect(instance.name).toBe(stem(file));
      expect(instance.kind).toBe('vrptw');
      expect(instance.customers).toHaveLength(size);
      expect(instance.customers.every((c) => c.pickupId === undefined && c.deliveryId === undefined)).toBe(
        true,
      );
    }
  });

  it("reads C101's fleet, depot and customer 1 as the file gives them", () => {
    const file = new URL('solomon/C101.txt', sharedBenchmarksDir());
    const c101 = loadFile(file, parseSolomon);
    expect(c101).toMatchObject({ name: 'C101', vehicles: 25, capacity: 200 });
    expect(c101.depot).toEqual({ id: 0, x: 40, y: 50, demand: 0, ready: 0, due: 1236, service: 0 });
    expect(c101.customers[0]).toEqual({ id: 1, x: 45, y: 68, demand: 10, ready: 912, due: 967, service: 90 });
    // And against the raw text: lines 10 and 11 are the depot and customer 1.
    const lines = readFileSync(file, 'utf8').split('\r\n');
    const raw = (n: number) => lines[n - 1]!.trim().split(/\s+/).map(Number);
    const values = (s: BenchmarkSite) => [s.id, s.x, s.y, s.demand, s.ready, s.due, s.service];
    expect(values(c101.depot)).toEqual(raw(10));
    expect(values(c101.customers[0]!)).toEqual(raw(11));
    expect(values(c101.customers[99]!)).toEqual(raw(110));
  });
});

const HEADER = 'CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME';

/** Lines of a small file laid out like C101.txt: the depot on line 10, customer 2 on line 12. */
function sampleLines(): string[] {
  return [
    'R0',
    '',
    'VEHICLE',
    'NUMBER     CAPACITY',
    '  3         50',
    '',
    'CUSTOMER',
    HEADER,
    ' ',
    '    0      40         50          0          0       1236          0   ',
    '    1      45         68         10        912        967         90   ',
    '    2      45         70         30        825        870         90   ',
  ];
}

const parseSample = (edit: (lines: string[]) => void) => {
  const lines = sampleLines();
  edit(lines);
  return () => parseSolomon(lines.join('\r\n'), 'C101.txt');
};

describe('parseSolomon errors', () => {
  it('accepts the sample', () => {
    expect(parseSample(() => {})().customers).toHaveLength(2);
  });

  it('names the file, line and field of a bad number', () => {
    const parse = parseSample((lines) => {
      lines[11] = lines[11]!.replace('870', 'abc');
    });
    expect(parse).toThrow(BenchmarkFormatError);
    expect(parse).toThrow('C101.txt line 12: DUE DATE "abc" is not a number');
  });

  it.each<[string, (lines: string[]) => void, string]>([
    ['an empty file', (lines) => lines.splice(0), 'C101.txt: the file is empty'],
    ['a missing name', (lines) => lines.splice(0, 2), 'C101.txt line 1: the instance name line is missing'],
    [
      'a missing VEHICLE section',
      (lines) => lines.splice(2, 1),
      'C101.txt line 3: expected the VEHICLE section, found "NUMBER     CAPACITY"',
    ],
    [
      'a file that stops early',
      (lines) => lines.splice(4),
      'C101.txt line 4: the file ends before the vehicle number and capacity',
    ],
    [
      'a missing CUSTOMER section',
      (lines) => lines.splice(6, 1),
      `C101.txt line 7: expected the CUSTOMER section, found "${HEADER}"`,
    ],
    ['a negative capacity', (lines) => (lines[4] = '  3   -50'), 'C101.txt line 5: CAPACITY -50 is negative'],
    ['no vehicles', (lines) => (lines[4] = '  0   50'), 'C101.txt line 5: NUMBER 0 must be an integer ≥ 1'],
    [
      'a short row',
      (lines) => (lines[10] = '    1      45         68         10        912        967'),
      'C101.txt line 11: expected 7 columns (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME), found 6',
    ],
    ['no depot row', (lines) => lines.splice(9), 'C101.txt line 8: the file ends before the depot row'],
    [
      'a depot that is not id 0',
      (lines) => (lines[9] = lines[9]!.replace('    0 ', '    5 ')),
      'C101.txt line 10: the first row is the depot and must have id 0, found 5',
    ],
    [
      'a repeated id',
      (lines) => (lines[11] = lines[11]!.replace('    2 ', '    1 ')),
      'C101.txt line 12: id 1 already used on line 11',
    ],
    [
      'a fractional id',
      (lines) => (lines[11] = lines[11]!.replace('    2 ', '  2.5 ')),
      'C101.txt line 12: CUST NO. 2.5 must be an integer ≥ 0',
    ],
    [
      'a negative demand',
      (lines) => (lines[11] = lines[11]!.replace(' 30 ', '-30 ')),
      'C101.txt line 12: DEMAND -30 is negative',
    ],
  ])('rejects %s', (_, edit, message) => {
    const parse = parseSample(edit);
    expect(parse).toThrow(BenchmarkFormatError);
    expect(parse).toThrow(message);
  });
});

// Property tests: random valid instances, written in the Solomon layout, parse back unchanged.

const FLEET_COLUMNS = ['NUMBER', 'CAPACITY'];
const SITE_COLUMNS = ['CUST NO.', 'XCOORD.', 'YCOORD.', 'DEMAND', 'READY TIME', 'DUE DATE', 'SERVICE TIME'];
/** 0-based index of the fleet line and of the first site line in `formatSolomon`'s output. */
const FLEET_LINE = 4;
const FIRST_SITE_LINE = 9;

/** Coordinates with up to two decimals: String() writes them back exactly. */
const coordinate = fc.integer({ min: -99_999, max: 99_999 }).map((v) => v / 100);
const siteFields = fc.record({
  x: coordinate,
  y: coordinate,
  demand: fc.nat(1000),
  ready: fc.nat(5000),
  due: fc.nat(5000),
  service: fc.nat(500),
});

const vrptwInstance: fc.Arbitrary<BenchmarkInstance> = fc
  .record({
    name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,9}$/).filter((n) => n.toUpperCase() !== 'VEHICLE'),
    vehicles: fc.integer({ min: 1, max: 500 }),
    capacity: fc.nat(10_000),
    depot: siteFields,
    ids: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 12 }),
    sites: fc.array(siteFields, { minLength: 12, maxLength: 12 }),
  })
  .map(({ name, vehicles, capacity, depot, ids, sites }) => ({
    name,
    kind: 'vrptw' as const,
    vehicles,
    capacity,
    depot: { id: 0, ...depot },
    customers: ids.map((id, i) => ({ id, ...sites[i]! })),
  }));

function formatSolomon(instance: BenchmarkInstance): string[] {
  const row = (s: BenchmarkSite) =>
    [s.id, s.x, s.y, s.demand, s.ready, s.due, s.service].map((v) => String(v).padStart(9)).join(' ');
  return [
    instance.name,
    '',
    'VEHICLE',
    'NUMBER     CAPACITY',
    `  ${instance.vehicles}         ${instance.capacity}`,
    '',
    'CUSTOMER',
    HEADER,
    ' ',
    row(instance.depot),
    ...instance.customers.map(row),
  ];
}

describe('parseSolomon properties', () => {
  it('reads back what was written', () => {
    fc.assert(
      fc.property(vrptwInstance, (instance) => {
        expect(parseSolomon(formatSolomon(instance).join('\r\n'), 'x.txt')).toEqual(instance);
      }),
    );
  });

  it('names the line and column of any field that is not a number', () => {
    fc.assert(
      fc.property(
        vrptwInstance,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('abc', 'x1', '1..2', 'NaN', '12a', '-', 'Infinity', '0x10'),
        (instance, lineSeed, columnSeed, bad) => {
          const lines = formatSolomon(instance);
          const numeric = [FLEET_LINE, ...lines.map((_, i) => i).filter((i) => i >= FIRST_SITE_LINE)];
          const index = numeric[lineSeed % numeric.length]!;
          const columns = index === FLEET_LINE ? FLEET_COLUMNS : SITE_COLUMNS;
          const column = columnSeed % columns.length;
          const fields = lines[index]!.trim().split(/\s+/);
          fields[column] = bad;
          lines[index] = fields.join('  ');
          expect(() => parseSolomon(lines.join('\r\n'), 'x.txt')).toThrow(
            new BenchmarkFormatError('x.txt', index + 1, `${columns[column]} "${bad}" is not a number`),
          );
        },
      ),
    );
  });
});
