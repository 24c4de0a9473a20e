import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import { setConstraint } from '../domain/scenarioEdits.ts';
import type { SolveResult } from '../domain/solve.ts';
import { drop, plan, route, trip } from '../domain/testing/handPlans.ts';
import { hours, minutes } from '../domain/units.ts';
import { tinyScenario } from '../solver/testing/tinyScenario.ts';
import { selectBaselineChoice, selectComparison } from './comparison.ts';
import { RESOLVE_DEBOUNCE_MS } from './planSlice.ts';
import { createStudioStore, type SolverPort } from './store.ts';

const at = (m: number) => hours(11) + minutes(m);
// The tiny day's four orders on its two shoppers; the second plan splits p1's batch and moves o3.
const first = plan(
  [route('p1', trip(drop('o1', at(10)), drop('o2', at(20)))), route('p2', trip(drop('o3', at(40))))],
  {
    o4: 'capacity',
  },
);
const second = plan(
  [route('p1', trip(drop('o1', at(10))), trip(drop('o2', at(50)))), route('p2', trip(drop('o4', at(60))))],
  { o3: 'time-window' },
);

/** A worker stand-in whose solves end with the plan the test gives. */
function studio() {
  const finishers: ((plan: Plan) => void)[] = [];
  const refuse = async () => Promise.reject(new Error('not in this test'));
  const client: SolverPort = {
    solve: (_scenario: Scenario) =>
      new Promise<SolveResult>((resolve) =>
        finishers.push((p) =>
          resolve({
            plan: p,
            stopped: false,
            violations: [],
            stats: {
              elapsedMs: 1,
              firstPlanMs: 1,
              iterations: 1,
              routePoolSize: 1,
              mipSolves: 0,
              lastMip: null,
            },
          }),
        ),
      ),
    stop: async () => {},
    giveWay: () => true,
    routeGeometry: async () => [],
    loadNetwork: refuse,
    previewMove: refuse,
    explainOrder: refuse,
    lastMipLp: async () => null,
  };
  const store = createStudioStore(client);
  store.getState().loadScenario(tinyScenario());
  /** Solves (or lets the edit's re-solve start) and ends that solve with `p`. */
  const solvedWith = async (p: Plan) => {
    if (store.getState().solveStatus !== 'solving') void store.getState().solve();
    finishers.at(-1)!(p);
    await vi.runAllTimersAsync();
  };
  return { store, solvedWith };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the comparison of the plan on screen with its baseline', () => {
  it('has nothing to compare before a solve has started from a plan', async () => {
    const { store, solvedWith } = studio();
    expect(selectComparison(store.getState())).toBeNull();
    await solvedWith(first);
    expect(selectComparison(store.getState())).toBeNull();
  });

  it('compares a re-solve after an edit with the plan and scenario on screen before the edit', async () => {
    const { store, solvedWith } = studio();
    await solvedWith(first);
    const before = store.getState().scenario;
    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 1));
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS);
    await solvedWith(second);

    const comparison = selectComparison(store.getState())!;
    expect(comparison.baseline).toEqual({ scenario: before, plan: first });
    expect(comparison.current).toEqual({ scenario: store.getState().scenario, plan: second });
    expect(comparison.result.changed.map((o) => [o.orderId, o.changes.map((c) => c.kind)])).toEqual([
      ['o3', ['unassigned']],
      ['o1', ['batch']],
      ['o2', ['batch', 'arrival']],
      ['o4', ['assigned']],
    ]);
    expect(comparison.result.kpis.find((k) => k.key === 'batches')).toMatchObject({ a: 2, b: 3, delta: 1 });

    // Derived once: a change elsewhere in the store gives the same comparison back.
    store.getState().selectShopper('p1');
    expect(selectComparison(store.getState())).toBe(comparison);
  });

  it('compares a plain re-solve with the plan it started from, of the same scenario', async () => {
    const { store, solvedWith } = studio();
    await solvedWith(first);
    await solvedWith(second);
    expect(selectComparison(store.getState())!.baseline).toEqual({
      scenario: store.getState().scenario,
      plan: first,
    });
  });

  it('compares with a kept plan until it is cleared, and forgets it with the day', async () => {
    const { store, solvedWith } = studio();
    await solvedWith(first);
    vi.setSystemTime(new Date('2025-03-01T14:32:05'));
    store.getState().keepBaseline();
    expect(selectBaselineChoice(store.getState())).toBe('kept');
    expect(store.getState().keptBaseline).toMatchObject({ plan: first, keptAt: Date.now() });
    await solvedWith(second);
    await solvedWith(plan([]));
    expect(selectComparison(store.getState())!.baseline.plan).toBe(first);

    store.getState().chooseBaseline('last-solve');
    expect(selectComparison(store.getState())!.baseline.plan).toBe(second);
    store.getState().chooseBaseline('kept');
    store.getState().clearBaseline();
    expect(selectBaselineChoice(store.getState())).toBe('last-solve');
    expect(selectComparison(store.getState())!.baseline.plan).toBe(second);

    store.getState().keepBaseline();
    store.getState().loadScenario(tinyScenario());
    expect(store.getState().keptBaseline).toBeNull();
    expect(selectBaselineChoice(store.getState())).toBe('last-solve');
    expect(selectComparison(store.getState())).toBeNull();
  });
});
