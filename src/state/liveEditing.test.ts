import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../domain/plan.ts';
import { packRoute } from '../domain/routeGeometry.ts';
import type { Scenario } from '../domain/scenario.ts';
import { moveOrder, setConstraint } from '../domain/scenarioEdits.ts';
import type { SolveOptions, SolveProgress, SolveResult } from '../domain/solve.ts';
import { tinyScenario } from '../solver/testing/tinyScenario.ts';
import { DEFAULT_SOLVE_OPTIONS, RESOLVE_DEBOUNCE_MS } from './planSlice.ts';
import { HISTORY_LIMIT } from './scenarioSlice.ts';
import type { StreetsProgress } from './solverClient.ts';
import { createStudioStore, type SolverPort } from './store.ts';

const planCosting = (total: number): Plan => ({
  routes: [],
  unassigned: [],
  cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total },
});

/** A progress event of the search carrying a new best plan. */
const searchProgress = (elapsedMs: number, plan: Plan): SolveProgress => ({
  phase: 'search',
  elapsedMs,
  incumbentCost: plan.cost.total,
  objective: plan.cost.total,
  bound: null,
  counts: { iterations: 1, routePoolSize: 1, mipSolves: 0 },
  plan,
});

interface Call {
  scenario: Scenario;
  options: SolveOptions;
  onProgress: (p: StreetsProgress) => void;
  finish: (plan: Plan) => void;
}

/** A worker stand-in whose solves end when the test says so. */
function fakeClient() {
  const calls: Call[] = [];
  const client = {
    loadNetwork: vi.fn(async () => {
      throw new Error('no maps here');
    }),
    solve: vi.fn(
      (scenario: Scenario, options: SolveOptions, onProgress: (p: StreetsProgress) => void) =>
        new Promise<SolveResult>((resolve) =>
          calls.push({
            scenario,
            options,
            onProgress,
            finish: (plan) =>
              resolve({
                plan,
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
          }),
        ),
    ),
    stop: vi.fn(async () => {}),
    giveWay: vi.fn(() => true),
    routeGeometry: vi.fn(async () => []),
    // The moved plan costs 7 more and breaks nothing new.
    previewMove: vi.fn(async (_s: Scenario, plan: Plan) => ({
      plan: planCosting(plan.cost.total + 7),
      costDelta: 7,
      violations: [],
    })),
    explainOrder: vi.fn(async () => Promise.reject(new Error('no explanations here'))),
    lastMipLp: vi.fn(async () => null),
  } satisfies SolverPort;
  return { client, calls };
}

function studio() {
  const { client, calls } = fakeClient();
  const store = createStudioStore(client);
  store.getState().loadScenario(tinyScenario());
  return { store, client, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('live editing', () => {
  it('re-solves at once after a pause, and once more when a burst of edits pauses, from the plan on screen', async () => {
    const { store, calls } = studio();
    void store.getState().solve();
    calls[0]!.finish(planCosting(100));
    await vi.runAllTimersAsync();
    const shown = store.getState().plan;

    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 2));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.scenario.constraints.maxOrdersPerBatch).toBe(2);
    expect(calls[1]!.options.warmStart).toBe(shown);

    // Two more in quick succession (a slider dragged on): one solve, for the last, once they pause.
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS - 10);
    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 3));
    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 1));
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.scenario.constraints.maxOrdersPerBatch).toBe(1);
    expect(calls[2]!.options.warmStart).toBe(shown);

    // After a pause, the next edit solves at once again.
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS);
    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 2));
    expect(calls).toHaveLength(4);
  });

  it('keeps what an edit did not touch as the same objects, for everything derived per part', () => {
    const { store } = studio();
    const before = store.getState().scenario;
    store.getState().editScenario(moveOrder('o2', { lng: 13.41, lat: 52.51 }));
    const after = store.getState().scenario;
    expect(after.constraints).toBe(before.constraints);
    expect(after.shoppers).toBe(before.shoppers);
    expect(after.orders[0]).toBe(before.orders[0]);
    expect(after.orders[1]!.location).toEqual({ lng: 13.41, lat: 52.51 });
  });

  it('refuses an invalid edit with the field at fault, changing nothing', async () => {
    const { store, calls } = studio();
    const before = store.getState().scenario;
    const issues = store.getState().editScenario(setConstraint('maxOrdersPerBatch', 0));
    expect(issues.map((i) => i.path)).toEqual(['constraints.maxOrdersPerBatch']);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(0);
  });

  it('undo brings back the exact scenario and plan, redo the edit and its plan, without solving', async () => {
    const { store, calls } = studio();
    void store.getState().solve();
    calls[0]!.finish(planCosting(100));
    await vi.runAllTimersAsync();
    const first = { scenario: store.getState().scenario, plan: store.getState().plan };

    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 1));
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS);
    calls[1]!.finish(planCosting(120));
    await vi.runAllTimersAsync();
    const second = { scenario: store.getState().scenario, plan: store.getState().plan };

    store.getState().undo();
    expect(store.getState().scenario).toBe(first.scenario);
    expect(store.getState().plan).toBe(first.plan);
    store.getState().redo();
    expect(store.getState().scenario).toBe(second.scenario);
    expect(store.getState().plan).toBe(second.plan);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(2);
  });

  it('undo during a solve stops it, and its late plans are not shown', async () => {
    const { store, client, calls } = studio();
    void store.getState().solve();
    calls[0]!.finish(planCosting(100));
    await vi.runAllTimersAsync();
    const first = store.getState().plan;
    store.getState().editScenario(setConstraint('maxOrdersPerBatch', 1));
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS);
    store.getState().undo();
    expect(client.stop).toHaveBeenCalled();
    calls[1]!.onProgress(searchProgress(5, planCosting(90)));
    calls[1]!.finish(planCosting(80));
    await vi.runAllTimersAsync();
    expect(store.getState().plan).toBe(first);
  });

  it('stop keeps the plan on screen at once; the final plan still lands', async () => {
    const { store, calls } = studio();
    void store.getState().solve();
    const streamed = planCosting(100);
    calls[0]!.onProgress(searchProgress(5, streamed));
    void store.getState().stopSolve();
    expect(store.getState().solveStatus).toBe('stopped');
    expect(store.getState().plan).toBe(streamed);
    const final = planCosting(95);
    calls[0]!.finish(final);
    await vi.runAllTimersAsync();
    expect(store.getState().plan).toBe(final);
    expect(store.getState().solveStatus).toBe('stopped');
  });

  it('shows the streets that came with a streamed plan together with it, and asks for streets only without them', async () => {
    const { store, client, calls } = studio();
    void store.getState().solve();
    const streets = [packRoute('p1', [[{ lng: 0, lat: 0 }]])];
    const first = planCosting(100);
    calls[0]!.onProgress({ ...searchProgress(5, first), routeGeometry: streets });
    expect(store.getState().plan).toBe(first);
    expect(store.getState().routeGeometry).toBe(streets);
    await vi.runAllTimersAsync();
    expect(client.routeGeometry).not.toHaveBeenCalled();

    const second = planCosting(90);
    calls[0]!.onProgress(searchProgress(9, second));
    await vi.runAllTimersAsync();
    expect(client.routeGeometry).toHaveBeenCalledWith(calls[0]!.scenario, second);
  });

  it('tells the solver to give way once per gesture on the map, and to go on when it ends', () => {
    const { store, client } = studio();
    store.getState().setMapMoving(true);
    store.getState().setMapMoving(true);
    expect(store.getState().givingWay).toBe(true);
    store.getState().setMapMoving(false);
    expect(client.giveWay.mock.calls).toEqual([[true], [false]]);
    expect(store.getState().givingWay).toBe(false);
  });

  it('does not claim to give way where the solver cannot', () => {
    const { store, client } = studio();
    client.giveWay.mockReturnValue(false);
    store.getState().setMapMoving(true);
    expect(store.getState().givingWay).toBe(false);
  });

  it(`forgets the oldest edits beyond ${HISTORY_LIMIT}`, () => {
    const { store } = studio();
    for (let k = 0; k <= HISTORY_LIMIT + 5; k++)
      store.getState().editScenario(setConstraint('maxOrdersPerBatch', 1 + (k % 3)));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('solve options', () => {
  it('the next solve runs with the new budget; no undo step, no solve of its own', async () => {
    const { store, calls } = studio();
    store.getState().setSolveOptions({ timeLimitSeconds: 10 });
    const expected = { ...DEFAULT_SOLVE_OPTIONS, timeLimitSeconds: 10 };
    expect(store.getState().solveOptions).toEqual(expected);
    expect(store.getState().past).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(0);

    void store.getState().solve();
    expect(calls[0]!.options).toEqual(expected);
  });
});

describe('moving an order by hand', () => {
  it('prices the move, and accepting it gives the order to the shopper, shows the moved plan and re-solves from it', async () => {
    const { store, calls } = studio();
    void store.getState().solve();
    calls[0]!.finish(planCosting(100));
    await vi.runAllTimersAsync();
    const before = { scenario: store.getState().scenario, plan: store.getState().plan };

    await store.getState().proposeMove('o1', 'p2');
    const proposal = store.getState().moveProposal!;
    expect(proposal.status).toBe('ready');
    expect(proposal.preview!.costDelta).toBe(7);
    store.getState().acceptMove();
    expect(store.getState().moveProposal).toBeNull();
    expect(store.getState().scenario.assignments).toEqual([{ orderId: 'o1', shopperId: 'p2' }]);
    expect(store.getState().plan).toBe(proposal.preview!.plan);
    await vi.advanceTimersByTimeAsync(RESOLVE_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.options.warmStart).toBe(proposal.preview!.plan);
    expect(calls[1]!.scenario.assignments).toEqual([{ orderId: 'o1', shopperId: 'p2' }]);

    // One edit: undo gives back the scenario and plan from before the move.
    store.getState().undo();
    expect(store.getState().scenario).toBe(before.scenario);
    expect(store.getState().plan).toBe(before.plan);
  });

  it('does not accept a price made for another plan than the one shown', async () => {
    const { store, calls } = studio();
    void store.getState().solve();
    calls[0]!.finish(planCosting(100));
    await vi.runAllTimersAsync();
    await store.getState().proposeMove('o1', 'p2');
    store.getState().showPlan({ plan: planCosting(90), planResult: null });
    store.getState().acceptMove();
    expect(store.getState().scenario.assignments).toBeUndefined();
    expect(store.getState().plan!.cost.total).toBe(90);
  });
});
