import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL } from '../../domain/defaults.ts';
import { generateExtractDay } from '../../domain/extractDay.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { loadNetwork } from '../activeNetwork.ts';
import { compileScenario } from '../compileScenario.ts';
import { mipInThread } from '../mip/mipInThread.ts';
import { solveScenario } from '../solveScenario.ts';
import { roadTravel } from '../travel/roadTravel.ts';
import { travelDistance, travelTime } from '../travel/travelMatrix.ts';
import { roadLegs } from './roadLegs.ts';
import { validatePlan } from './validatePlan.ts';

const mip = mipInThread(await highsLoader());
const CITY = { kind: 'builtin-city', seed: 1 } as const;
const { active, loaded } = loadNetwork(CITY);
const scenario = generateExtractDay(loaded.extract, CITY, { seed: 8, orderCount: 20, shopperCount: 4 });
scenario.shoppers[0]!.vehicle = 'car';
scenario.shoppers[1]!.vehicle = 'ebike';
scenario.shoppers[1]!.speedFactor = 1.25;
scenario.shoppers[2]!.vehicle = 'walk';

describe('roadLegs', () => {
  const leg = roadLegs(scenario, active.roads);

  it("measures every leg as the engine's matrix does, by another search, for each vehicle and pace", () => {
    const { model, locations } = compileScenario(
      scenario,
      roadTravel(active.roads, scenario.travel.speedsKmh),
    );
    for (let k = 0; k < 3; k++) {
      const shopper = scenario.shoppers[k]!;
      const { profile } = model.vehicles[k]!;
      for (let i = 0; i < locations.length; i += 3) {
        for (let j = 0; j < locations.length; j += 4) {
          const measured = leg(locations[i]!, locations[j]!, shopper);
          expect(measured.distance).toBeCloseTo(travelDistance(model.travel, i, j), 6);
          expect(measured.time).toBeCloseTo(travelTime(model.travel, profile, i, j), 6);
        }
      }
    }
  });

  it('refuses a place the scenario does not have', () => {
    expect(() => leg({ lng: 0, lat: 0 }, scenario.stores[0]!.location, scenario.shoppers[0]!)).toThrow(
      /not in the scenario/,
    );
  });

  it('catches a plan timed on other roads than the scenario', async () => {
    const straight: Scenario = { ...scenario, travel: structuredClone(DEFAULT_TRAVEL) };
    const { plan } = await solveScenario(straight, { timeLimitSeconds: 0.2, seed: 1 }, { mip });
    const violations = validatePlan(scenario, plan, leg);
    expect(violations.some((v) => v.rule === 'timing')).toBe(true);
  });
});
