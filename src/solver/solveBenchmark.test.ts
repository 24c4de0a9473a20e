import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { parseLiLim } from './benchmarks/lilim.ts';
import { loadFile, sharedBenchmarksDir } from './benchmarks/loadFiles.ts';
import { parseSolomon } from './benchmarks/solomon.ts';
import { validateRoutes } from './benchmarks/validateRoutes.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { solveBenchmark } from './solveBenchmark.ts';

const mip = mipInThread(await highsLoader());
const file = (path: string) => new URL(path, sharedBenchmarksDir());

describe('solveBenchmark', () => {
  it.each([
    ['solomon/C101.txt', parseSolomon, 'distance'],
    ['solomon/RC201.txt', parseSolomon, 'distance'],
    ['lilim/100/lr101.txt', parseLiLim, 'hierarchical'],
  ] as const)(
    'returns routes for %s that the independent validator accepts',
    async (path, parse, objective) => {
      const instance = loadFile(file(path), parse);
      const run = await solveBenchmark(instance, { timeLimitSeconds: 0.3, seed: 7, objective }, mip);
      const check = validateRoutes(instance, run.routes);
      expect(check.violations).toEqual([]);
      expect(run.unassigned).toBe(0);
      expect(check.vehicles).toBe(run.vehicles);
      expect(check.distance).toBeCloseTo(run.distance, 6);
    },
  );
});
