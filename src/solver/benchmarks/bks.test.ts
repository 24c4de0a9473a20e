import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BKS_OBJECTIVES, type BksRecord, findBks, parseBks } from './bks.ts';
import { BenchmarkFormatError } from './formatError.ts';
import { benchmarkFiles, loadFile, sharedBenchmarksDir } from './loadFiles.ts';

const HEADER = 'set,instance,vehicles,distance,objective,rounding,source';

describe('parseBks on the shared file', () => {
  const records = loadFile(new URL('bks.csv', sharedBenchmarksDir()), parseBks);

  it('reads every record, quoted fields included', () => {
    expect(records).toHaveLength(340);
    expect(new Set(records.map((r) => r.set))).toEqual(
      new Set(['solomon', 'homberger_200', 'lilim_100', 'lilim_200']),
    );
    expect(findBks(records, 'solomon', 'C101', 'hierarchical')).toEqual({
      set: 'solomon',
      instance: 'C101',
      vehicles: 10,
      distance: 828.94,
      objective: 'hierarchical',
      rounding: 'double, 2dp',
      source: 'VROOM-Project/vroom-scripts@0f5ee1e benchmarks/VRPTW/BKS.json (SINTEF)',
    });
  });

  it.each([
    ['solomon', 'solomon', 'distance'],
    ['solomon', 'solomon', 'hierarchical'],
    ['homberger/200', 'homberger_200', 'hierarchical'],
    ['lilim/100', 'lilim_100', 'hierarchical'],
    ['lilim/200', 'lilim_200', 'hierarchical'],
  ] as const)('has a %s record for every instance file (%s, %s)', (folder, set, objective) => {
    for (const file of benchmarkFiles(folder, '.txt')) {
      const instance = file.pathname.replace(/^.*\//, '').replace(/\.txt$/, '');
      expect(findBks(records, set, instance, objective), instance).toBeDefined();
    }
  });
});

describe('parseBks', () => {
  it('matches instance names whatever their case, but not other sets or objectives', () => {
    const records = parseBks(`${HEADER}\nlilim_100,lc101,10,828.94,hierarchical,"double, 2dp",x`);
    expect(findBks(records, 'lilim_100', 'LC101', 'hierarchical')?.distance).toBe(828.94);
    expect(findBks(records, 'lilim_200', 'lc101', 'hierarchical')).toBeUndefined();
    expect(findBks(records, 'lilim_100', 'lc101', 'distance')).toBeUndefined();
  });

  it.each([
    ['', 'bks.csv: the file is empty'],
    [
      'set,instance,vehicles\n',
      'bks.csv line 1: expected the header "set,instance,vehicles,distance,objective,rounding,source"',
    ],
    [
      `${HEADER}\nsolomon,C101,10,828.94,hierarchical,"double, 2dp`,
      'bks.csv line 2: a quoted field is not closed',
    ],
    [`${HEADER}\nsolomon,C101,10,828.94,hierarchical,"double, 2dp"`, 'bks.csv line 2: expected 7 columns'],
    [`${HEADER}\nsolomon,C101,ten,828.94,hierarchical,d,s`, 'bks.csv line 2: vehicles "ten" is not a number'],
    [`${HEADER}\nsolomon,C101,10,,hierarchical,d,s`, 'bks.csv line 2: distance "" is not a number'],
    [
      `${HEADER}\nsolomon,C101,0,828.94,hierarchical,d,s`,
      'bks.csv line 2: vehicles 0 must be an integer ≥ 1',
    ],
    [
      `${HEADER}\nsolomon,C101,10,828.94,fastest,d,s`,
      'bks.csv line 2: objective "fastest" is not one of distance',
    ],
    [`${HEADER}\nsolomon,,10,828.94,distance,d,s`, 'bks.csv line 2: set and instance must not be empty'],
    [
      `${HEADER}\nsolomon,C101,10,828.94,distance,d,s\n\nsolomon,c101,10,827,distance,d,s`,
      'bks.csv line 4: a second solomon/c101/distance record (first on line 2)',
    ],
  ])('rejects %j', (text, message) => {
    expect(() => parseBks(text)).toThrow(BenchmarkFormatError);
    expect(() => parseBks(text)).toThrow(message);
  });
});

// Property tests: random records, written as CSV with quoting, parse back unchanged.

/** Free text with the characters that need quoting, but no line breaks: a record is one line. */
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ',', '"', ';', '.'), maxLength: 20 });
const records = fc.uniqueArray(
  fc.record({
    set: fc.constantFrom('solomon', 'homberger_200', 'lilim_100', 'lilim_200'),
    instance: fc.stringMatching(/^[A-Za-z][a-z0-9_]{0,8}$/),
    vehicles: fc.integer({ min: 1, max: 1000 }),
    distance: fc.integer({ min: 0, max: 10_000_000 }).map((v) => v / 100),
    objective: fc.constantFrom(...BKS_OBJECTIVES),
    rounding: text,
    source: text,
  }),
  { selector: (r) => `${r.set}/${r.instance.toLowerCase()}/${r.objective}`, maxLength: 10 },
);

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

function formatBks(rows: readonly BksRecord[]): string[] {
  return [
    HEADER,
    ...rows.map((r) =>
      [r.set, r.instance, r.vehicles, r.distance, r.objective, quote(r.rounding), quote(r.source)].join(','),
    ),
  ];
}

describe('parseBks properties', () => {
  it('reads back what was written', () => {
    fc.assert(
      fc.property(records, (rows) => {
        expect(parseBks(formatBks(rows).join('\r\n'))).toEqual(rows);
      }),
    );
  });

  it('names the line and column of a count or distance that is not a number', () => {
    fc.assert(
      fc.property(
        records.filter((rows) => rows.length > 0),
        fc.nat(),
        fc.constantFrom('vehicles', 'distance'),
        fc.constantFrom('abc', 'x1', '1..2', 'NaN', '-', 'Infinity', '0x10'),
        (rows, rowSeed, column, bad) => {
          const row = rowSeed % rows.length;
          const corrupted = rows.map((r, i) => (i === row ? { ...r, [column]: bad } : r)) as BksRecord[];
          expect(() => parseBks(formatBks(corrupted).join('\n'))).toThrow(
            new BenchmarkFormatError('bks.csv', row + 2, `${column} "${bad}" is not a number`),
          );
        },
      ),
    );
  });
});
