import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BenchmarkFormatError } from './formatError.ts';
import type { BenchmarkCustomer, BenchmarkInstance } from './instance.ts';
import { parseLiLim } from './lilim.ts';
import { benchmarkFiles, loadFile, sharedBenchmarksDir } from './loadFiles.ts';

describe('parseLiLim on the shared data', () => {
  it.each([
    ['lilim/100', 56, 100],
    ['lilim/200', 60, 200],
  ])('parses every %s file (%i files, about %i customers in pairs)', (folder, files, size) => {
    const found = benchmarkFiles(folder, '.txt');
    expect(found).toHaveLength(files);
    for (const file of found) {
      const instance = loadFile(file, parseLiLim);
      expect(instance.name).toBe(file.pathname.replace(/^.*\//, '').replace(/\.txt$/, ''));
      expect(instance.kind).toBe('pdptw');
      // The size comes from the file: one row per line after the fleet line and the depot.
      const rows =
        readFileSync(file, 'utf8')
          .split(/\r?\n/)
          .filter((l) => l.trim() !== '').length - 2;
      expect(instance.customers).toHaveLength(rows);
      expect(rows).toBeGreaterThanOrEqual(size);
      expect(rows).toBeLessThan(size * 1.1);
      const pickups = instance.customers.filter((c) => c.deliveryId !== undefined);
      expect(pickups.length * 2).toBe(rows);
    }
  });

  it("reads lc101's fleet, depot, a delivery and a pickup as the file gives them", () => {
    const lc101 = loadFile(new URL('lilim/100/lc101.txt', sharedBenchmarksDir()), parseLiLim);
    expect(lc101).toMatchObject({ name: 'lc101', vehicles: 25, capacity: 200 });
    expect(lc101.customers).toHaveLength(106);
    expect(lc101.depot).toEqual({ id: 0, x: 40, y: 50, demand: 0, ready: 0, due: 1236, service: 0 });
    expect(lc101.customers[0]).toEqual({
      id: 1,
      x: 45,
      y: 68,
      demand: -10,
      ready: 912,
      due: 967,
      service: 90,
      pickupId: 11,
    });
    expect(lc101.customers[2]).toEqual({
      id: 3,
      x: 42,
      y: 66,
      demand: 10,
      ready: 65,
      due: 146,
      service: 90,
      deliveryId: 75,
    });
  });
});

/** A small file: two pairs (1 → 2 and 4 → 3), pickup 4 on line 6. */
function sampleLines(): string[] {
  return [
    '25\t200\t1',
    '0\t40\t50\t0\t0\t1236\t0\t0\t0',
    '1\t45\t68\t10\t0\t967\t90\t0\t2',
    '2\t45\t70\t-10\t0\t870\t90\t1\t0',
    '3\t42\t66\t-20\t65\t146\t90\t4\t0',
    '4\t42\t68\t20\t0\t782\t90\t0\t3',
  ];
}

const parseSample = (edit: (lines: string[]) => void) => {
  const lines = sampleLines();
  edit(lines);
  return () => parseLiLim(lines.join('\r\n'), 'lc101.txt');
};

describe('parseLiLim errors', () => {
  it('accepts the sample', () => {
    expect(parseSample(() => {})().customers.map((c) => [c.id, c.pickupId, c.deliveryId])).toEqual([
      [1, undefined, 2],
      [2, 1, undefined],
      [3, 4, undefined],
      [4, undefined, 3],
    ]);
  });

  it.each<[string, (lines: string[]) => void, string]>([
    ['an empty file', (lines) => lines.splice(0), 'lc101.txt: the file is empty'],
    [
      'a bad number',
      (lines) => (lines[4] = lines[4]!.replace('146', 'abc')),
      'lc101.txt line 5: due "abc" is not a number',
    ],
    [
      'a short fleet line',
      (lines) => (lines[0] = '25\t200'),
      'lc101.txt line 1: expected 3 columns (vehicles, capacity, speed), found 2',
    ],
    [
      'a negative capacity',
      (lines) => (lines[0] = '25\t-200\t1'),
      'lc101.txt line 1: capacity -200 is negative',
    ],
    [
      'a row without its references',
      (lines) => (lines[2] = '1\t45\t68\t10\t0\t967\t90'),
      'lc101.txt line 3: expected 9 columns (id, x, y, demand, ready, due, service, pickup_id, delivery_id), found 7',
    ],
    ['no depot row', (lines) => lines.splice(1), 'lc101.txt line 1: the file ends before the depot row'],
    [
      'a repeated id',
      (lines) => (lines[4] = lines[4]!.replace(/^3/, '2')),
      'lc101.txt line 5: id 2 already used on line 4',
    ],
    [
      'a customer with demand 0',
      (lines) => (lines[2] = lines[2]!.replace('\t10\t', '\t0\t')),
      'lc101.txt line 3: customer 1 has demand 0',
    ],
    [
      'a pickup that also names a pickup',
      (lines) => (lines[2] = '1\t45\t68\t10\t0\t967\t90\t4\t2'),
      'lc101.txt line 3: pickup 1 has pickup_id 4, expected 0',
    ],
    [
      'a delivery that names no pickup',
      (lines) => (lines[3] = '2\t45\t70\t-10\t0\t870\t90\t0\t0'),
      'lc101.txt line 4: pickup_id 0 must be an integer ≥ 1',
    ],
    [
      'a pickup whose delivery is not in the file',
      (lines) => (lines[2] = '1\t45\t68\t10\t0\t967\t90\t0\t9'),
      'lc101.txt line 3: pickup 1 names delivery 9, which is not in the file',
    ],
    [
      'a delivery that names another pair’s pickup',
      (lines) => (lines[3] = '2\t45\t70\t-10\t0\t870\t90\t4\t0'),
      'lc101.txt line 3: pickup 1 names delivery 2, but 2 names pickup 4',
    ],
    [
      'a delivery named by no pickup',
      (lines) => {
        lines[2] = '1\t45\t68\t10\t0\t967\t90\t0\t3';
        lines[3] = '2\t45\t70\t-10\t0\t870\t90\t4\t0';
      },
      'lc101.txt line 3: pickup 1 names delivery 3, but 3 names pickup 4',
    ],
    [
      'a delivery whose pickup names another delivery',
      (lines) => {
        lines.splice(2, 0, '5\t1\t1\t-20\t0\t100\t0\t4\t0');
      },
      'lc101.txt line 3: delivery 5 names pickup 4, but 4 names delivery 3',
    ],
    [
      'a pickup naming a pickup',
      (lines) => (lines[2] = '1\t45\t68\t10\t0\t967\t90\t0\t4'),
      'lc101.txt line 3: pickup 1 names delivery 4, but 4 is a pickup',
    ],
    [
      'a delivery naming a delivery',
      (lines) => (lines[4] = '3\t42\t66\t-20\t65\t146\t90\t2\t0'),
      'lc101.txt line 5: delivery 3 names pickup 2, but 2 is a delivery',
    ],
    [
      'demands that do not cancel',
      (lines) => (lines[3] = lines[3]!.replace('-10', '-15')),
      'lc101.txt line 3: pickup 1 has demand 10, but its delivery 2 has -15',
    ],
  ])('rejects %s', (_, edit, message) => {
    const parse = parseSample(edit);
    expect(parse).toThrow(BenchmarkFormatError);
    expect(parse).toThrow(message);
  });
});

// Property tests: random valid instances, written tab separated, parse back unchanged.

const SITE_COLUMNS = ['id', 'x', 'y', 'demand', 'ready', 'due', 'service', 'pickup_id', 'delivery_id'];
const FLEET_COLUMNS = ['vehicles', 'capacity', 'speed'];

const coordinate = fc.integer({ min: -99_999, max: 99_999 }).map((v) => v / 100);
const siteFields = fc.record({
  x: coordinate,
  y: coordinate,
  ready: fc.nat(5000),
  due: fc.nat(5000),
  service: fc.nat(500),
});

/** Built once: fc.stringMatching is costly to construct, so it stays out of the per-size chain. */
const fleet = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9_]{0,9}$/),
  vehicles: fc.integer({ min: 1, max: 500 }),
  capacity: fc.nat(10_000),
  speed: fc.nat(3),
  depot: siteFields,
});

const pdptwInstance: fc.Arbitrary<{ instance: BenchmarkInstance; speed: number }> = fc
  .tuple(
    fleet,
    fc.integer({ min: 0, max: 6 }).chain((pairs) =>
      fc.record({
        ids: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), {
          minLength: 2 * pairs,
          maxLength: 2 * pairs,
        }),
        demands: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: pairs, maxLength: pairs }),
        sites: fc.array(siteFields, { minLength: 2 * pairs, maxLength: 2 * pairs }),
        order: fc.shuffledSubarray(
          Array.from({ length: 2 * pairs }, (_, i) => i),
          { minLength: 2 * pairs, maxLength: 2 * pairs },
        ),
      }),
    ),
  )
  .map(([{ name, vehicles, capacity, speed, depot }, { ids, demands, sites, order }]) => {
    const customers: BenchmarkCustomer[] = demands.flatMap((demand, k) => {
      const [pickupId, deliveryId] = [ids[2 * k]!, ids[2 * k + 1]!];
      return [
        { id: pickupId, ...sites[2 * k]!, demand, deliveryId },
        { id: deliveryId, ...sites[2 * k + 1]!, demand: -demand, pickupId },
      ];
    });
    const instance: BenchmarkInstance = {
      name,
      kind: 'pdptw',
      vehicles,
      capacity,
      depot: { id: 0, ...depot, demand: 0 },
      customers: order.map((i) => customers[i]!),
    };
    return { instance, speed };
  });

function formatLiLim(instance: BenchmarkInstance, speed: number): string[] {
  const row = (c: BenchmarkCustomer) =>
    [c.id, c.x, c.y, c.demand, c.ready, c.due, c.service, c.pickupId ?? 0, c.deliveryId ?? 0].join('\t');
  return [
    [instance.vehicles, instance.capacity, speed].join('\t'),
    row(instance.depot),
    ...instance.customers.map(row),
  ];
}

describe('parseLiLim properties', () => {
  it('reads back what was written', () => {
    fc.assert(
      fc.property(pdptwInstance, ({ instance, speed }) => {
        expect(
          parseLiLim(`${formatLiLim(instance, speed).join('\r\n')}\r\n`, `${instance.name}.txt`),
        ).toEqual(instance);
      }),
    );
  });

  it('names the line and column of any field that is not a number', () => {
    fc.assert(
      fc.property(
        pdptwInstance,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('abc', 'x1', '1..2', 'NaN', '12a', '-', 'Infinity', '0x10'),
        ({ instance, speed }, lineSeed, columnSeed, bad) => {
          const lines = formatLiLim(instance, speed);
          const index = lineSeed % lines.length;
          const columns = index === 0 ? FLEET_COLUMNS : SITE_COLUMNS;
          const column = columnSeed % columns.length;
          const fields = lines[index]!.split('\t');
          fields[column] = bad;
          lines[index] = fields.join('\t');
          expect(() => parseLiLim(lines.join('\n'), 'x.txt')).toThrow(
            new BenchmarkFormatError('x.txt', index + 1, `${columns[column]} "${bad}" is not a number`),
          );
        },
      ),
    );
  });
});
