import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from './plan.ts';
import { fileStem, planFile } from './planFile.ts';

const PLAN: Plan = {
  routes: [],
  unassigned: [{ orderId: 'o1', reason: 'capacity' }],
  cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 50, total: 50 },
};

describe('planFile', () => {
  it('holds the plan as it is, named after its scenario, with the validator findings', () => {
    const file = planFile('Tiny day', PLAN, []);
    expect(JSON.parse(JSON.stringify(file))).toEqual({
      format: 'dispatch-studio-plan',
      version: 1,
      scenario: 'Tiny day',
      violations: [],
      plan: PLAN,
    });
  });
});

describe('fileStem', () => {
  it('makes a short, plain file name of the scenario name', () => {
    expect(fileStem('Tiny day')).toBe('tiny-day');
    expect(fileStem('Grocery day — Baltimore (seed 7)')).toBe('grocery-day-baltimore-seed-7');
    expect(fileStem('Café Zürich')).toBe('cafe-zurich');
    expect(fileStem('  ///  ')).toBe('scenario');
  });

  it('only ever gives lower-case letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const stem = fileStem(name);
        expect(stem).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(stem.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
