/**
 * The engine on the classic benchmarks, against the best-known solutions.
 *
 *   npm run bench -- --set solomon|homberger200|lilim100|lilim200 [--files a.txt,b.txt]
 *                    [--time SECONDS] [--seed N] [--objective distance|hierarchical] [--out results.json]
 *
 * Every solution is checked by the independent route validator; the run fails
 * (exit code 1) on any violation or on a distance that disagrees with it.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import highsLoader from 'highs';
import { type BksObjective, findBks, parseBks } from '../src/solver/benchmarks/bks.ts';
import type { BenchmarkInstance } from '../src/solver/benchmarks/instance.ts';
import { parseLiLim } from '../src/solver/benchmarks/lilim.ts';
import { benchmarkFiles, loadFile, sharedBenchmarksDir } from '../src/solver/benchmarks/loadFiles.ts';
import { parseSolomon } from '../src/solver/benchmarks/solomon.ts';
import { validateRoutes } from '../src/solver/benchmarks/validateRoutes.ts';
import type { BenchmarkObjective } from '../src/solver/compileBenchmark.ts';
import { mipInThread } from '../src/solver/mip/mipInThread.ts';
import { solveBenchmark } from '../src/solver/solveBenchmark.ts';
import { mean, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';

interface BenchmarkSet {
  folder: string;
  bksSet: string;
  parse: (text: string, fileName: string) => BenchmarkInstance;
  /** The records' own convention when no --objective is given. */
  defaultObjective: BenchmarkObjective;
}

const SETS: Record<string, BenchmarkSet> = {
  solomon: { folder: 'solomon', bksSet: 'solomon', parse: parseSolomon, defaultObjective: 'distance' },
  homberger200: {
    folder: 'homberger/200',
    bksSet: 'homberger_200',
    parse: parseSolomon,
    defaultObjective: 'hierarchical',
  },
  lilim100: { folder: 'lilim/100', bksSet: 'lilim_100', parse: parseLiLim, defaultObjective: 'hierarchical' },
  lilim200: { folder: 'lilim/200', bksSet: 'lilim_200', parse: parseLiLim, defaultObjective: 'hierarchical' },
};

const flags = parseFlags(process.argv.slice(2));
const setName = flags.get('set') ?? 'solomon';
const set = SETS[setName];
if (!set) throw new Error(`--set must be one of ${Object.keys(SETS).join(', ')}; got "${setName}"`);
const objective = (flags.get('objective') ?? set.defaultObjective) as BenchmarkObjective;
if (objective !== 'distance' && objective !== 'hierarchical') {
  throw new Error(`--objective must be distance or hierarchical; got "${objective}"`);
}
const timeLimitSeconds = numberFlag(flags, 'time', 1);
const seed = numberFlag(flags, 'seed', 1);

const wanted = flags
  .get('files')
  ?.split(',')
  .map((f) => f.trim());
const files = benchmarkFiles(set.folder, '.txt').filter(
  (file) => !wanted || wanted.includes(basename(fileURLToPath(file))),
);
if (wanted && files.length !== wanted.length) {
  const found = new Set(files.map((f) => basename(fileURLToPath(f))));
  throw new Error(`not in ${set.folder}: ${wanted.filter((w) => !found.has(w)).join(', ')}`);
}
const records = loadFile(new URL('bks.csv', sharedBenchmarksDir()), parseBks);
const mip = mipInThread(await highsLoader());

const rows = [];
const results = [];
let failures = 0;
for (const file of files) {
  const instance = loadFile(file, set.parse);
  const run = await solveBenchmark(instance, { timeLimitSeconds, seed, objective }, mip);
  const check = validateRoutes(instance, run.routes);
  const distanceAgrees = Math.abs(check.distance - run.distance) < 1e-6 * Math.max(1, check.distance);
  const valid = check.violations.length === 0 && distanceAgrees;
  if (!valid) {
    failures++;
    for (const v of check.violations.slice(0, 5)) console.error(`${instance.name}: ${v}`);
    if (!distanceAgrees)
      console.error(`${instance.name}: engine distance ${run.distance} ≠ validator ${check.distance}`);
  }
  const record = findBks(records, set.bksSet, instance.name, objective as BksObjective);
  const gapPct = record ? (100 * (check.distance - record.distance)) / record.distance : null;
  rows.push({
    instance: instance.name,
    vehicles: check.vehicles,
    bksVehicles: record?.vehicles ?? '',
    distance: check.distance,
    bksDistance: record?.distance ?? '',
    gapPct: gapPct ?? '',
    timeToBestS: run.timeToBestMs / 1000,
    valid: valid ? 'yes' : 'NO',
  });
  results.push({
    instance: instance.name,
    vehicles: check.vehicles,
    distance: check.distance,
    bksVehicles: record?.vehicles ?? null,
    bksDistance: record?.distance ?? null,
    gapPct,
    timeToBestMs: run.timeToBestMs,
    iterations: run.stats.iterations,
    routePoolSize: run.stats.routePoolSize,
    valid,
    violations: check.violations,
    routes: run.routes,
  });
}

printTable(rows);
const gaps = results.flatMap((r) => (r.gapPct === null ? [] : [r.gapPct]));
const summary = {
  set: setName,
  objective,
  timeLimitSeconds,
  seed,
  instances: results.length,
  meanGapPct: mean(gaps),
  atRecord: results.filter(
    (r) => r.gapPct !== null && r.gapPct <= 0.005 && r.vehicles <= (r.bksVehicles ?? 0),
  ).length,
  totalVehicles: results.reduce((s, r) => s + r.vehicles, 0),
  totalBksVehicles: results.reduce((s, r) => s + (r.bksVehicles ?? 0), 0),
  meanTimeToBestMs: mean(results.map((r) => r.timeToBestMs)),
  invalid: failures,
};
console.log(
  `\n${setName} (${objective}, ${timeLimitSeconds} s, seed ${seed}): mean gap ${summary.meanGapPct.toFixed(2)}% over ${gaps.length} records, ` +
    `${summary.atRecord} at record, vehicles ${summary.totalVehicles} vs ${summary.totalBksVehicles}, ` +
    `mean time to best ${(summary.meanTimeToBestMs / 1000).toFixed(2)} s, invalid ${failures}`,
);
writeJson(flags.get('out'), { summary, instances: results });
if (failures > 0) process.exitCode = 1;
