import type { StateCreator } from 'zustand';
import type { MipReport, SolveCounts } from '../domain/solve.ts';
import type { ProgressView } from './planSlice.ts';
import type { SolverClient } from './solverClient.ts';
import { appendRunPoint, type SolverRunPoint } from './solverRunHistory.ts';
import type { StudioState } from './studioState.ts';

/** The running or last solve as the Solver panel shows it to engineers. */
export interface SolverRun {
  /** The objective and bound over time; empty until the first plan. */
  points: SolverRunPoint[];
  /** The engine's counts at its latest progress; null until its first. */
  counts: SolveCounts | null;
  /** What HiGHS reported about the solve's latest MIP; null until one is answered. */
  lastMip: MipReport | null;
}

export interface SolverRunSlice {
  solverRun: SolverRun;
  /** A solve starts: its run is charted from nothing (the plan slice calls it). */
  startSolverRun: () => void;
  /** A progress event of the current solve (the plan slice passes each on). */
  recordSolverProgress: (progress: ProgressView) => void;
  /**
   * The last MIP HiGHS answered, as a CPLEX LP file. Rejects with a message
   * when the solver no longer holds one (it was restarted since).
   */
  lastMipLp: () => Promise<string>;
}

const EMPTY_RUN: SolverRun = { points: [], counts: null, lastMip: null };

export const createSolverRunSlice =
  (client: Pick<SolverClient, 'lastMipLp'>): StateCreator<StudioState, [], [], SolverRunSlice> =>
  (set, get) => ({
    solverRun: EMPTY_RUN,
    startSolverRun: () => set({ solverRun: EMPTY_RUN }),
    recordSolverProgress: ({ elapsedMs, objective, bound, counts, mip }) => {
      const run = get().solverRun;
      set({
        solverRun: {
          points:
            objective === null ? run.points : appendRunPoint(run.points, { elapsedMs, objective, bound }),
          counts,
          lastMip: mip ?? run.lastMip,
        },
      });
    },
    lastMipLp: async () => {
      const lp = await client.lastMipLp();
      if (lp === null)
        throw new Error('The solver no longer holds that MIP (it was restarted since). Solve again.');
      return lp;
    },
  });
