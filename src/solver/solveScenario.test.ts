import { existsSync, readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { generateExtractDay } from '../domain/extractDay.ts';
import { generateGroceryDay } from '../domain/generator.ts';
import type { Plan } from '../domain/plan.ts';
import type { NetworkRef, Scenario } from '../domain/scenario.ts';
import type { SolveProgress, SolveResult } from '../domain/solve.ts';
import { minutes } from '../domain/units.ts';
import { type ActiveNetwork, loadNetwork } from './activeNetwork.ts';
import { mipInThread } from './mip/mipInThread.ts';
import type { MipSolver } from './mip/mipProblem.ts';
import { PROGRESS_EVERY_MS, solveScenario } from './solveScenario.ts';
import { tinyScenario } from './testing/tinyScenario.ts';
import { roadLegs } from './validator/roadLegs.ts';
import { validatePlan } from './validator/validatePlan.ts';

const mip = mipInThread(await highsLoader());

describe('solveScenario', () => {
  it('serves every order of a small day with a plan the validator accepts', async () => {
    const scenario = tinyScenario();
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    expect(result.plan.unassigned).toEqual([]);
    const delivered = result.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds));
    expect(delivered.sort()).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(result.stats.mipSolves).toBe(1);
  });

  it('reports an order no shopper can carry as unassigned for capacity', async () => {
    const scenario = tinyScenario();
    scenario.orders[3]!.items = 100;
    scenario.orders[3]!.bags = 13;
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    expect(result.plan.unassigned).toEqual([{ orderId: 'o4', reason: 'capacity' }]);
  });

  it('gives an order needing a skill only to a shopper who has it', async () => {
    const scenario = tinyScenario();
    scenario.orders[0]!.requiredSkills = ['alcohol'];
    scenario.shoppers[1]!.skills = ['alcohol', 'frozen'];
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    const carrier = result.plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes('o1')));
    expect(carrier?.shopperId).toBe(scenario.shoppers[1]!.id);
  });

  it('reports an order no shopper has the skill for as unassigned for skill', async () => {
    const scenario = tinyScenario();
    scenario.orders[2]!.requiredSkills = ['pharmacy'];
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    expect(result.plan.unassigned).toEqual([{ orderId: 'o3', reason: 'skill' }]);
  });

  it('gives no work to a shopper who is off today', async () => {
    const scenario = tinyScenario();
    scenario.shoppers[0]!.active = false;
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    expect(result.plan.routes.map((r) => r.shopperId)).not.toContain(scenario.shoppers[0]!.id);
    expect(result.plan.routes.length).toBeGreaterThan(0);
  });

  it('keeps every trip within the max bags per batch', async () => {
    const scenario = generateGroceryDay({ seed: 3, orderCount: 40, shopperCount: 6, storeCount: 2 });
    scenario.constraints.maxBagsPerBatch = 3;
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
    expect(result.violations).toEqual([]);
    const bags = result.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.stops.map((s) => s.load.bags)));
    expect(Math.max(...bags)).toBeLessThanOrEqual(3);
    // Orders of more than 3 bags cannot go at all, and say so.
    const big = scenario.orders.filter((o) => o.bags > 3).map((o) => o.id);
    expect(result.plan.unassigned.filter((u) => big.includes(u.orderId)).map((u) => u.reason)).toEqual(
      big.map(() => 'capacity'),
    );
  });

  describe('batching rules', () => {
    const day = generateGroceryDay({ seed: 3, orderCount: 60, shopperCount: 6, storeCount: 3 });
    const free = solveScenario(day, { timeLimitSeconds: 0.5, seed: 1 }, { mip });

    it('picks each batch at one store when batches may not mix stores', async () => {
      // Two stores a street apart, each with an order for the same corner: one trip serves both when it may.
      const twoStores = tinyScenario();
      const [first] = twoStores.stores;
      twoStores.stores.push({
        ...first!,
        id: 's2',
        location: { ...first!.location, lng: first!.location.lng + 0.002 },
      });
      twoStores.orders[1]!.storeId = 's2';
      const trips = (plan: Plan) => plan.routes.flatMap((r) => r.trips);
      const mixed = await solveScenario(twoStores, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
      expect(trips(mixed.plan).some((t) => t.storeIds.length > 1)).toBe(true);
      twoStores.constraints.sameStoreBatches = true;
      expect(validatePlan(twoStores, mixed.plan).map((v) => v.rule)).toContain('mixed-stores');
      const result = await solveScenario(twoStores, { timeLimitSeconds: 0.3, seed: 1 }, { mip });
      expect(result.violations).toEqual([]);
      expect(result.plan.unassigned).toEqual([]);
      expect(trips(result.plan).every((t) => t.storeIds.length === 1)).toBe(true);
    });

    it('keeps every ride within the direct drive plus the max extra detour', async () => {
      const strict: Scenario = { ...day, constraints: { ...day.constraints, maxDetourSeconds: minutes(3) } };
      const broken = validatePlan(strict, (await free).plan).filter((v) => v.rule === 'ride-time');
      expect(broken.length).toBeGreaterThan(0);
      expect(broken[0]!.message).toMatch(/longer than driving straight to the door \(max 3\)/);
      const result = await solveScenario(strict, { timeLimitSeconds: 0.5, seed: 1 }, { mip });
      expect(result.violations).toEqual([]);
      expect(result.plan.routes.length).toBeGreaterThan(0);
    });
  });

  it('keeps orders on their shoppers after an edit when reassigning them costs', async () => {
    const day = generateGroceryDay({ seed: 4, orderCount: 80, shopperCount: 10, storeCount: 3 });
    const before = (await solveScenario(day, { timeLimitSeconds: 0.6, seed: 1 }, { mip })).plan;
    const shopperOf = (plan: Plan) =>
      new Map(plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds.map((o) => [o, r.shopperId]))));
    const reassigned = async (reassignmentCost: number) => {
      const edited: Scenario = {
        ...day,
        constraints: { ...day.constraints, maxOrdersPerBatch: 2, reassignmentCost },
      };
      const result = await solveScenario(
        edited,
        { timeLimitSeconds: 0.6, seed: 2, warmStart: before },
        { mip },
      );
      // The plan's cost is what the day costs: the validator recomputes it without stability.
      expect(result.violations).toEqual([]);
      const after = shopperOf(result.plan);
      return [...shopperOf(before)].filter(([order, shopper]) => after.get(order) !== shopper).length;
    };
    const free = await reassigned(0);
    const stable = await reassigned(100);
    expect(stable).toBeLessThan(free);
  });

  // The worker keeps the parts an edit did not change from one solve's scenario to the next
  // (`scenarioStream.ts`), and the plan it returned as the next warm start: a write would leak into later solves.
  it('never writes to the scenario or the warm start it is given', async () => {
    const day = deepFreeze(generateGroceryDay({ seed: 5, orderCount: 40, shopperCount: 6, storeCount: 2 }));
    const first = deepFreeze((await solveScenario(day, { timeLimitSeconds: 0.3, seed: 1 }, { mip })).plan);
    const edited = deepFreeze({ ...day, constraints: { ...day.constraints, maxOrdersPerBatch: 1 } });
    const result = await solveScenario(edited, { timeLimitSeconds: 0.3, seed: 2, warmStart: first }, { mip });
    expect(result.violations).toEqual([]);
  });

  it('streams progress with the first plan before it finishes', async () => {
    const seen: number[] = [];
    await solveScenario(
      tinyScenario(),
      { timeLimitSeconds: 0.2, seed: 1 },
      { mip, onProgress: (p) => p.plan && seen.push(p.plan.cost.total) },
    );
    expect(seen.length).toBeGreaterThan(0);
  });

  it("streams the engine's counts as they grow, and each MIP's report once it is answered", async () => {
    const { events, result } = await solveStreaming(
      generateGroceryDay({ seed: 2, orderCount: 60, shopperCount: 8, storeCount: 3 }),
    );
    for (const [a, b] of consecutive(events)) {
      expect(b.counts.iterations).toBeGreaterThanOrEqual(a.counts.iterations);
      expect(b.counts.mipSolves).toBeGreaterThanOrEqual(a.counts.mipSolves);
    }
    const last = events.at(-1)!;
    expect(last.phase).toBe('done');
    expect(last.counts).toEqual({
      iterations: result.stats.iterations,
      routePoolSize: result.stats.routePoolSize,
      mipSolves: result.stats.mipSolves,
    });
    const reports = events.flatMap((e) => (e.mip ? [e] : []));
    expect(reports).toHaveLength(result.stats.mipSolves);
    // Each report arrives on the event counting its MIP, and the last is the solve's last MIP.
    expect(reports.map((e) => e.counts.mipSolves)).toEqual(reports.map((_, i) => i + 1));
    expect(reports.at(-1)!.mip).toEqual(result.stats.lastMip);
    const { rows, columns, objective, bound } = result.stats.lastMip!;
    // A row per order and one per class of interchangeable shoppers.
    expect(rows).toBeGreaterThan(60);
    expect(rows).toBeLessThanOrEqual(60 + 8);
    expect(columns).toBeGreaterThan(60);
    expect(objective).toBeGreaterThanOrEqual(bound! - 1e-6);
    // The bound is in the engine's terms: the objective it was set beside.
    expect(reports.at(-1)!.bound).toBe(bound);
    expect(last.objective).toBeLessThanOrEqual(objective! + 1e-6);
  });

  it('sends progress at most every PROGRESS_EVERY_MS, but at once for the first plan, a new phase or a MIP answer', async () => {
    const { events } = await solveStreaming(
      generateGroceryDay({ seed: 2, orderCount: 60, shopperCount: 8, storeCount: 3 }),
    );
    const plans = events.filter((e) => e.plan);
    expect(plans[0]!.phase).toBe('construction');
    expect(plans.length).toBeGreaterThan(2);
    for (const [a, b] of consecutive(events)) {
      if (b === plans[0] || b.phase !== a.phase || b.mip) continue;
      expect(b.elapsedMs - a.elapsedMs).toBeGreaterThanOrEqual(PROGRESS_EVERY_MS);
    }
  });

  it('has streamed the best plan so far whenever HiGHS takes the thread', async () => {
    const { events } = await solveStreaming(
      generateGroceryDay({ seed: 2, orderCount: 200, shopperCount: 25, storeCount: 5 }),
    );
    let streamed: number | null = null;
    let mips = 0;
    for (const event of events) {
      if (event.plan) streamed = event.plan.cost.total;
      if (event.phase !== 'mip') continue;
      mips++;
      expect(streamed).toBeCloseTo(event.incumbentCost!, 6);
    }
    expect(mips).toBeGreaterThan(0);
  });

  it('returns at once with a valid plan when asked to stop', async () => {
    const result = await solveScenario(
      tinyScenario(),
      { timeLimitSeconds: 10, seed: 1 },
      { mip, shouldStop: () => true },
    );
    expect(result.stopped).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.stats.elapsedMs).toBeLessThan(5000);
  });

  it('leaves a MIP still running in another thread when asked to stop, with the best plan streamed', async () => {
    // A MIP that never answers, as HiGHS deep in an LP: only leaving it can end the solve.
    let mipStartedAt: number | null = null;
    let cancelled = false;
    const stuck: MipSolver = {
      solve: () => {
        mipStartedAt = performance.now();
        return { answer: new Promise<never>(() => {}), cancel: () => (cancelled = true) };
      },
    };
    let streamed: number | null = null;
    const result = await solveScenario(
      generateGroceryDay({ seed: 2, orderCount: 40, shopperCount: 6, storeCount: 2 }),
      { timeLimitSeconds: 1, seed: 1 },
      {
        mip: stuck,
        shouldStop: () => mipStartedAt !== null && performance.now() >= mipStartedAt + 10,
        onProgress: (p) => {
          if (p.plan) streamed = p.plan.cost.total;
        },
      },
    );
    expect(mipStartedAt).not.toBeNull();
    expect(cancelled).toBe(true);
    expect(result.stopped).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.plan.cost.total).toBeCloseTo(streamed!, 6);
  });
});

/** Every order either delivered once or listed unassigned, and the validator's findings on the road network. */
/** A 1.5 s solve of `day`, with every progress event it streamed. */
async function solveStreaming(day: Scenario): Promise<{ events: SolveProgress[]; result: SolveResult }> {
  const events: SolveProgress[] = [];
  const result = await solveScenario(
    day,
    { timeLimitSeconds: 1.5, seed: 1 },
    { mip, onProgress: (p) => events.push(p) },
  );
  return { events, result };
}

/** Each event with the one before it. */
const consecutive = <T>(items: readonly T[]): (readonly [T, T])[] =>
  items.slice(1).map((item, i) => [items[i]!, item] as const);

function expectValidOnRoads(scenario: Scenario, result: SolveResult, network: ActiveNetwork): void {
  expect(result.violations).toEqual([]);
  expect(validatePlan(scenario, result.plan, roadLegs(scenario, network.roads))).toEqual([]);
  const delivered = result.plan.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds));
  expect(delivered.length + result.plan.unassigned.length).toBe(scenario.orders.length);
}

describe('solveScenario on roads', () => {
  const CITY = { kind: 'builtin-city', seed: 1 } as const;
  const { active, loaded } = loadNetwork(CITY);
  const day = generateExtractDay(loaded.extract, CITY, { seed: 2, orderCount: 30, shopperCount: 5 });

  it('solves a small day in the built-in city with a plan valid under plain Dijkstra legs', async () => {
    const result = await solveScenario(day, { timeLimitSeconds: 1, seed: 1 }, { mip, network: active });
    expectValidOnRoads(day, result, active);
    expect(result.plan.routes.length).toBeGreaterThan(0);
  });

  it('refuses a road scenario without its network, or with another one', async () => {
    const options = { timeLimitSeconds: 0.2, seed: 1 };
    await expect(solveScenario(day, options, { mip })).rejects.toThrow(
      'the scenario travels on the roads of the built-in city (seed 1), but no road network is loaded',
    );
    const other = {
      ...day,
      travel: { ...day.travel, network: { kind: 'sample', name: 'baltimore' } as NetworkRef },
    };
    await expect(solveScenario(other, options, { mip, network: active })).rejects.toThrow(
      'the scenario travels on the roads of the sample map "baltimore", but the road network loaded is the built-in city (seed 1)',
    );
  });

  it('still solves straight-line scenarios whatever network is loaded', async () => {
    const result = await solveScenario(
      tinyScenario(),
      { timeLimitSeconds: 0.2, seed: 1 },
      { mip, network: active },
    );
    expect(result.violations).toEqual([]);
  });
});

const BALTIMORE = '/work/shared/data/osm/baltimore.osm.pbf';

describe.skipIf(!existsSync(BALTIMORE))('solveScenario on the Baltimore extract', () => {
  it('loads the map, generates a day on it, and solves it with a valid plan', async () => {
    const bytes = readFileSync(BALTIMORE);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { active, loaded } = loadNetwork({ kind: 'pbf', name: 'baltimore', bytes: buffer });
    const scenario = generateExtractDay(loaded.extract, { kind: 'sample', name: 'baltimore' }, { seed: 1 });
    expect(scenario.stores.length).toBe(loaded.summary.groceryShops);
    expect(scenario.stores.map((store) => store.name)).toContain('Whole Foods');
    const result = await solveScenario(scenario, { timeLimitSeconds: 1, seed: 1 }, { mip, network: active });
    expectValidOnRoads(scenario, result, active);
  });
});

/** Frozen through and through: a write anywhere in it throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
