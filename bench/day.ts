/**
 * The built-in grocery day (or a bigger generated one), solved in Node the
 * way the worker solves it, several seeds, every plan validated.
 *
 *   npm run bench:day -- [--time 3] [--runs 5] [--orders 300] [--shoppers 40] [--out FILE]
 */
import highsLoader from 'highs';
import { generateGroceryDay } from '../src/domain/generator.ts';
import { computePlanKpis } from '../src/domain/kpis.ts';
import { solveScenario } from '../src/solver/solveScenario.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';

const flags = parseFlags(process.argv.slice(2));
const timeLimitSeconds = numberFlag(flags, 'time', 3);
const runs = numberFlag(flags, 'runs', 5);
const orderCount = numberFlag(flags, 'orders', 300);
const shopperCount = numberFlag(flags, 'shoppers', 40);

const loadStart = performance.now();
const highs = await highsLoader();
const highsLoadMs = performance.now() - loadStart;
const scenario = generateGroceryDay({ orderCount, shopperCount });

const rows = [];
let invalid = 0;
for (let seed = 1; seed <= runs; seed++) {
  let convergedMs = 0;
  let lastCost = Infinity;
  const result = await solveScenario(
    scenario,
    { timeLimitSeconds, seed },
    {
      highs,
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

console.log(
  `${scenario.name}: ${scenario.orders.length} orders, ${scenario.shoppers.length} shoppers, ${timeLimitSeconds} s budget\n`,
);
printTable(rows);
const summary = {
  orders: scenario.orders.length,
  shoppers: scenario.shoppers.length,
  timeLimitSeconds,
  runs,
  highsLoadMs,
  firstPlanMsMedian: median(rows.map((r) => r.firstPlanMs)),
  convergedMsMedian: median(rows.map((r) => r.convergedMs)),
  costMedian: median(rows.map((r) => r.cost)),
  assignedMedian: median(rows.map((r) => r.assigned)),
  invalidPlans: invalid,
};
console.log(
  `\nmedian first plan ${summary.firstPlanMsMedian.toFixed(0)} ms, converged ${summary.convergedMsMedian.toFixed(0)} ms, cost ${summary.costMedian.toFixed(1)}; invalid plans: ${invalid}`,
);
writeJson(flags.get('out'), { summary, runs: rows });
if (invalid > 0) process.exitCode = 1;
