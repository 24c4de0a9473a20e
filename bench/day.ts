/**
 * The built-in grocery day (or a bigger generated one) in the built-in city,
 * on its roads, solved in Node the way the worker solves it: the network
 * built by the worker's own `loadNetwork`, several seeds, every plan
 * validated on the roads. `--straight-line` solves the Baltimore day on
 * straight-line travel instead.
 *
 *   npm run bench:day -- [--time 3] [--runs 5] [--orders 300] [--shoppers 40] [--straight-line] [--out FILE]
 *
 * Then measures stopping: each run is repeated with a stop request during
 * the search and one during a set partitioning MIP, timing how long the
 * solve takes to hand back its (validated) best plan. HiGHS runs in a worker
 * thread, as it does in the studio (`mipThread.ts`).
 */
import { generateExtractDay } from '../src/domain/extractDay.ts';
import { DEFAULT_CITY_SEED, generateGroceryDay } from '../src/domain/generator.ts';
import { computePlanKpis } from '../src/domain/kpis.ts';
import { loadNetwork } from '../src/solver/activeNetwork.ts';
import { solveScenario } from '../src/solver/solveScenario.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';
import { mipThread } from './mipThread.ts';

const flags = parseFlags(process.argv.slice(2));
const timeLimitSeconds = numberFlag(flags, 'time', 3);
const runs = numberFlag(flags, 'runs', 5);
const orderCount = numberFlag(flags, 'orders', 300);
const shopperCount = numberFlag(flags, 'shoppers', 40);
const straightLine = flags.has('straight-line');

// HiGHS in a thread of its own, as in the studio: a stop is answered while a MIP runs.
const mip = mipThread();
const city = { kind: 'builtin-city', seed: DEFAULT_CITY_SEED } as const;
const road = straightLine ? null : loadNetwork(city);
const network = road?.active ?? null;
const scenario = road
  ? generateExtractDay(road.loaded.extract, city, { seed: 1, orderCount, shopperCount })
  : generateGroceryDay({ orderCount, shopperCount });

const rows = [];
let invalid = 0;
for (let seed = 1; seed <= runs; seed++) {
  let convergedMs = 0;
  let lastCost = Infinity;
  const result = await solveScenario(
    scenario,
    { timeLimitSeconds, seed },
    {
      mip,
      network,
      onProgress: (p) => {
        if (p.incumbentCost !== null && p.incumbentCost < lastCost - 1e-9) {
          lastCost = p.incumbentCost;
          convergedMs = p.elapsedMs;
        }
      },
    },
  );
  const kpis = computePlanKpis(scenario, result.plan);
  if (result.violations.length > 0) invalid++;
  rows.push({
    seed,
    firstPlanMs: result.stats.firstPlanMs,
    convergedMs,
    totalMs: result.stats.elapsedMs,
    iterations: result.stats.iterations,
    poolRoutes: result.stats.routePoolSize,
    cost: result.plan.cost.total,
    assigned: kpis.ordersAssigned,
    late: kpis.ordersLate,
    shoppersUsed: kpis.shoppersUsed,
    meanBatch: kpis.meanBatchSize,
    valid: result.violations.length === 0 ? 'yes' : `NO (${result.violations.length})`,
  });
  for (const v of result.violations.slice(0, 5)) console.error(`seed ${seed}: ${v.rule}: ${v.message}`);
}

// A stop request is a flag raised at a set moment, read by the engine's
// polls (as the worker reads its SharedArrayBuffer flag): a timer could not
// fire while HiGHS holds the thread, but a clock can be read. One stop lands
// in the search, one 20 ms into a set partitioning MIP in the second half
// of the budget (HiGHS busy in its thread).
const stopRows = [];
for (let seed = 1; seed <= runs; seed++) {
  for (const phase of ['search', 'MIP'] as const) {
    const calledAt = performance.now();
    let stopAt = phase === 'search' ? calledAt + 0.4 * timeLimitSeconds * 1000 : Infinity;
    const result = await solveScenario(
      scenario,
      { timeLimitSeconds, seed },
      {
        mip,
        network,
        shouldStop: () => performance.now() >= stopAt,
        onProgress: (p) => {
          if (
            phase === 'MIP' &&
            p.phase === 'mip' &&
            stopAt === Infinity &&
            p.elapsedMs >= 500 * timeLimitSeconds
          )
            stopAt = performance.now() + 20;
        },
      },
    );
    const returnedAt = performance.now();
    if (result.violations.length > 0) invalid++;
    stopRows.push({
      seed,
      stopDuring: phase,
      // Until the validated best plan is in hand.
      stopLatencyMs: returnedAt - stopAt,
      stopped: result.stopped ? 'yes' : 'no',
      valid: result.violations.length === 0 ? 'yes' : `NO (${result.violations.length})`,
    });
  }
}

console.log(
  `${scenario.name}: ${scenario.stores.length} stores, ${scenario.orders.length} orders, ` +
    `${scenario.shoppers.length} shoppers, ${scenario.travel.model} travel, ${timeLimitSeconds} s budget`,
);
if (road) {
  const { stats, summary } = road.loaded;
  console.log(
    `network ${summary.name}: ${stats.junctions} junctions, ${stats.shortcuts} shortcuts, ` +
      `${summary.roadKm.toFixed(0)} km of road, loaded in ${summary.loadMs.toFixed(0)} ms`,
  );
}
console.log();
printTable(rows);
console.log('\nStop requests:\n');
printTable(stopRows);
const summary = {
  travel: scenario.travel.model,
  stores: scenario.stores.length,
  orders: scenario.orders.length,
  shoppers: scenario.shoppers.length,
  networkLoadMs: road?.loaded.summary.loadMs ?? null,
  timeLimitSeconds,
  runs,
  firstPlanMsMedian: median(rows.map((r) => r.firstPlanMs)),
  convergedMsMedian: median(rows.map((r) => r.convergedMs)),
  costMedian: median(rows.map((r) => r.cost)),
  assignedMedian: median(rows.map((r) => r.assigned)),
  stopLatencyMsMedian: median(stopRows.map((r) => r.stopLatencyMs)),
  stopLatencyMsMax: Math.max(...stopRows.map((r) => r.stopLatencyMs)),
  invalidPlans: invalid,
};
console.log(
  `\nmedian first plan ${summary.firstPlanMsMedian.toFixed(0)} ms, converged ${summary.convergedMsMedian.toFixed(0)} ms, cost ${summary.costMedian.toFixed(1)}; invalid plans: ${invalid}`,
);
console.log(
  `stop latency median ${summary.stopLatencyMsMedian.toFixed(1)} ms, max ${summary.stopLatencyMsMax.toFixed(1)} ms`,
);
writeJson(flags.get('out'), { summary, runs: rows, stops: stopRows });
await mip.close();
if (invalid > 0) process.exitCode = 1;
