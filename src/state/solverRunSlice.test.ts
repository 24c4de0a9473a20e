import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../domain/plan.ts';
import type { MipReport, SolveProgress, SolveResult } from '../domain/solve.ts';
import { tinyScenario } from '../solver/testing/tinyScenario.ts';
import { createStudioStore, type SolverPort } from './store.ts';

const plan = (total: number): Plan => ({
  routes: [],
  unassigned: [],
  cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total },
});

const REPORT: MipReport = {
  rows: 12,
  columns: 40,
  nonZeros: 90,
  status: 'optimal',
  objective: 95,
  bound: 95,
  gap: 0,
  nodes: 3,
  lpIterations: 57,
  seconds: 0.1,
  log: ['MIP has 12 rows; 40 cols; 90 nonzeros'],
};

const progress = (
  elapsedMs: number,
  objective: number | null,
  extra: Partial<SolveProgress> = {},
): SolveProgress => ({
  phase: 'search',
  elapsedMs,
  incumbentCost: objective,
  objective,
  bound: null,
  counts: { iterations: elapsedMs, routePoolSize: 10, mipSolves: 0 },
  ...extra,
});

/** A worker stand-in whose solves stream what the test sends and end when it says. */
function studio(lastMipLp: string | null) {
  const solves: { onProgress: (p: SolveProgress) => void; finish: (r: SolveResult) => void }[] = [];
  const client = {
    loadNetwork: vi.fn(async () => Promise.reject(new Error('no maps here'))),
    solve: vi.fn(
      (_s, _o, onProgress: (p: SolveProgress) => void) =>
        new Promise<SolveResult>((finish) => solves.push({ onProgress, finish })),
    ),
    stop: vi.fn(async () => {}),
    giveWay: vi.fn(() => true),
    routeGeometry: vi.fn(async () => []),
    previewMove: vi.fn(async () => Promise.reject(new Error('no moves here'))),
    explainOrder: vi.fn(async () => Promise.reject(new Error('no explanations here'))),
    lastMipLp: vi.fn(async () => lastMipLp),
  } satisfies SolverPort;
  const store = createStudioStore(client);
  store.getState().loadScenario(tinyScenario());
  return { store, solves };
}

describe('solver run', () => {
  it("charts the solve's objective and bound, with its counts and its last MIP", () => {
    const { store, solves } = studio(null);
    void store.getState().solve();
    const { onProgress } = solves[0]!;
    onProgress(progress(0, null, { phase: 'construction' }));
    onProgress(progress(5, 120, { plan: plan(120) }));
    onProgress(progress(900, 100, { phase: 'mip', bound: 95, mip: REPORT, plan: plan(100) }));
    onProgress(progress(1200, 100, { bound: 95 }));
    const run = store.getState().solverRun;
    expect(run.points).toEqual([
      { elapsedMs: 5, objective: 120, bound: null },
      { elapsedMs: 900, objective: 100, bound: 95 },
      { elapsedMs: 1200, objective: 100, bound: 95 },
    ]);
    expect(run.counts).toEqual({ iterations: 1200, routePoolSize: 10, mipSolves: 0 });
    // Kept after the event that brought it.
    expect(run.lastMip).toBe(REPORT);
  });

  it('starts again from nothing with each solve, and ignores a replaced solve', async () => {
    const { store, solves } = studio(null);
    void store.getState().solve();
    solves[0]!.onProgress(progress(5, 120, { mip: REPORT }));
    void store.getState().solve();
    await vi.waitFor(() => expect(solves).toHaveLength(2));
    expect(store.getState().solverRun).toEqual({ points: [], counts: null, lastMip: null });
    solves[0]!.onProgress(progress(50, 110));
    expect(store.getState().solverRun.points).toEqual([]);
  });

  it('hands over the last MIP as an LP file, or says why it cannot', async () => {
    await expect(studio('Minimize\n obj: x\nEnd\n').store.getState().lastMipLp()).resolves.toContain(
      'Minimize',
    );
    await expect(studio(null).store.getState().lastMipLp()).rejects.toThrow(/no longer holds that MIP/);
  });
});
