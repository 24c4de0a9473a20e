import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { solveScenario } from './solveScenario.ts';
import { tinyScenario } from './testing/tinyScenario.ts';

const highs = await highsLoader();

describe('solveScenario', () => {
  it('serves every order of a small day with a plan the validator accepts', async () => {
    const scenario = tinyScenario();
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.3, seed: 1 }, { highs });
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
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { highs });
    expect(result.violations).toEqual([]);
    expect(result.plan.unassigned).toEqual([{ orderId: 'o4', reason: 'capacity' }]);
  });

  it('gives an order needing a skill only to a shopper who has it', async () => {
    const scenario = tinyScenario();
    scenario.orders[0]!.requiredSkills = ['alcohol'];
    scenario.shoppers[1]!.skills = ['alcohol', 'frozen'];
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { highs });
    expect(result.violations).toEqual([]);
    const carrier = result.plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes('o1')));
    expect(carrier?.shopperId).toBe(scenario.shoppers[1]!.id);
  });

  it('reports an order no shopper has the skill for as unassigned for skill', async () => {
    const scenario = tinyScenario();
    scenario.orders[2]!.requiredSkills = ['pharmacy'];
    const result = await solveScenario(scenario, { timeLimitSeconds: 0.2, seed: 1 }, { highs });
    expect(result.violations).toEqual([]);
    expect(result.plan.unassigned).toEqual([{ orderId: 'o3', reason: 'skill' }]);
  });

  it('streams progress with the first plan before it finishes', async () => {
    const seen: number[] = [];
    await solveScenario(
      tinyScenario(),
      { timeLimitSeconds: 0.2, seed: 1 },
      { highs, onProgress: (p) => p.plan && seen.push(p.plan.cost.total) },
    );
    expect(seen.length).toBeGreaterThan(0);
  });

  it('returns at once with a valid plan when asked to stop', async () => {
    const result = await solveScenario(
      tinyScenario(),
      { timeLimitSeconds: 10, seed: 1 },
      { highs, shouldStop: () => true },
    );
    expect(result.stopped).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.stats.elapsedMs).toBeLessThan(5000);
  });
});
