import fc from 'fast-check';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../domain/units.ts';
import { compileScenario } from './compileScenario.ts';
import { findIis } from './mip/findIis.ts';
import { type LinearProgram, linearProgram } from './mip/linearProgram.ts';
import { simulateRoute } from './routeSchedule.ts';
import { serveAloneProgram } from './serveAloneLp.ts';
import { randomModel } from './testing/randomModel.ts';
import { tinyScenario } from './testing/tinyScenario.ts';

const highs = await highsLoader();

/** The program restricted to some of its rows. */
function onlyRows(program: LinearProgram, keep: readonly number[]): LinearProgram {
  const rows = keep.map((r) => {
    const terms: [number, number][] = [];
    for (let c = 0; c < program.numCols; c++)
      for (let k = program.starts[c]!; k < program.starts[c + 1]!; k++)
        if (program.indices[k] === r) terms.push([c, program.values[k]!]);
    return { terms, lower: program.rowLower[r]!, upper: program.rowUpper[r]! };
  });
  return linearProgram(program.numCols, rows);
}

const pairs = (model: { tasks: { pickup: number }[]; vehicles: unknown[] }) =>
  model.tasks.flatMap((t, task) =>
    t.pickup < 0 ? [] : model.vehicles.map((_, vehicle) => [task, vehicle] as const),
  );

describe('serveAloneProgram', () => {
  it('is infeasible exactly when the engine cannot serve the order alone (grocery days)', () => {
    fc.assert(
      fc.property(
        fc.record({
          windowStart: fc.integer({ min: 9 * 60, max: 14 * 60 }),
          windowMinutes: fc.integer({ min: 10, max: 90 }),
          items: fc.integer({ min: 1, max: 120 }),
          shiftEnd: fc.integer({ min: 10 * 60, max: 16 * 60 }),
          maxRide: fc.integer({ min: 5, max: 60 }),
          hard: fc.boolean(),
          skill: fc.boolean(),
        }),
        ({ windowStart, windowMinutes, items, shiftEnd, maxRide, hard, skill }) => {
          const scenario = tinyScenario();
          scenario.constraints = {
            ...scenario.constraints,
            windows: hard ? 'hard' : 'soft',
            maxRideSeconds: minutes(maxRide),
          };
          const order = scenario.orders[0]!;
          order.window = { start: minutes(windowStart), end: minutes(windowStart + windowMinutes) };
          order.items = items;
          order.bags = Math.ceil(items / 8);
          if (skill) order.requiredSkills = ['alcohol'];
          scenario.shoppers[0]!.shift = { start: hours(9), end: minutes(shiftEnd) };
          const { model } = compileScenario(scenario);
          const task = model.tasks.findIndex((t) => t.id === order.id);
          model.vehicles.forEach((_, v) => {
            const alone = simulateRoute(model, v, [model.tasks[task]!.pickup, model.tasks[task]!.delivery]);
            const { program } = serveAloneProgram(model, task, v);
            expect(findIis(highs, program).feasible).toBe(alone.violation === null);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with the engine on random models, where only the engine picks as early as it can', () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        for (const [task, vehicle] of pairs(model)) {
          const t = model.tasks[task]!;
          const alone = simulateRoute(model, vehicle, [t.pickup, t.delivery]);
          const { feasible } = findIis(highs, serveAloneProgram(model, task, vehicle).program);
          // The engine never waits at the store for a ride to fit; the program may.
          if (alone.violation === null) expect(feasible).toBe(true);
          else if (alone.violation.reason !== 'ride-time') expect(feasible).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('names a subset HiGHS proves infeasible and that is feasible without any one of its rows', () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        for (const [task, vehicle] of pairs(model)) {
          const { program, rules } = serveAloneProgram(model, task, vehicle);
          const answer = findIis(highs, program);
          if (answer.feasible) continue;
          expect(answer.rows.length).toBeGreaterThan(0);
          expect(answer.rows.every((r) => r >= 0 && r < rules.length)).toBe(true);
          expect(findIis(highs, onlyRows(program, answer.rows)).feasible).toBe(false);
          for (const dropped of answer.rows) {
            const rest = answer.rows.filter((r) => r !== dropped);
            expect(findIis(highs, onlyRows(program, rest)).feasible).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
