/**
 * The honesty anchor: every record route in the shared data, parsed and
 * re-simulated by our own parsers and validator, is feasible and reproduces the
 * distance and fleet of its best-known record. If the validator or a parser
 * drifted from the literature's conventions, this would fail.
 */
import { describe, expect, it } from 'vitest';
import { findBks, parseBks } from './bks.ts';
import type { BenchmarkInstance } from './instance.ts';
import { parseLiLim } from './lilim.ts';
import { benchmarkFiles, loadFile, sharedBenchmarksDir } from './loadFiles.ts';
import { parseRoutes } from './routesFile.ts';
import { parseSolomon } from './solomon.ts';
import { validateRoutes } from './validateRoutes.ts';

const records = loadFile(new URL('bks.csv', sharedBenchmarksDir()), parseBks);

/**
 * Routes older than their record: bks.csv takes lrc2_2_7's record (3010.68,
 * SCR 2019-11-06) from another source than the route file, which holds
 * Christiaens & Vanden Berghe's earlier 3011.69 with the same fleet.
 */
const SUPERSEDED: Readonly<Record<string, number>> = { lrc2_2_7: 3011.69 };

describe.each([
  ['homberger/200', 'homberger_200', parseSolomon],
  ['lilim/100', 'lilim_100', parseLiLim],
  ['lilim/200', 'lilim_200', parseLiLim],
] as const)('record routes of %s', (folder, set, parseInstance) => {
  it.each(benchmarkFiles(folder, '.sol').map((file) => [file.pathname.replace(/^.*\//, ''), file] as const))(
    '%s is feasible and matches its record',
    (_, file) => {
      const instance: BenchmarkInstance = loadFile(
        new URL(file.href.replace(/\.sol$/, '.txt')),
        parseInstance,
      );
      const check = validateRoutes(instance, loadFile(file, parseRoutes));
      expect(check.violations).toEqual([]);
      const record = findBks(records, set, instance.name, 'hierarchical');
      expect(record).toBeDefined();
      expect(check.vehicles).toBe(record!.vehicles);
      const superseded = SUPERSEDED[instance.name];
      if (superseded === undefined) {
        expect(Math.abs(check.distance - record!.distance)).toBeLessThanOrEqual(0.01);
      } else {
        expect(Math.abs(check.distance - superseded)).toBeLessThanOrEqual(0.01);
        expect(record!.distance).toBeLessThan(check.distance);
        expect(record!.source).not.toContain(`${instance.name}.sol`);
      }
    },
  );
});
