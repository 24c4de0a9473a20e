import type { StateCreator } from 'zustand';
import type { Plan } from '../domain/plan.ts';
import type { RouteGeometry, SolveOptions, SolveProgress, SolveResult } from '../domain/solve.ts';
import { createRouteGeometryRequests } from './routeGeometryRequests.ts';
import type { SolverClient } from './solverClient.ts';
import type { StudioState } from './studioState.ts';

export type SolveStatus = 'idle' | 'solving' | 'done' | 'stopped' | 'error';

/** Progress as the UI shows it: the plan travels separately into `plan`. */
export type ProgressView = Omit<SolveProgress, 'plan'>;

export interface PlanSlice {
  plan: Plan | null;
  /**
   * The streets driven, for the plan last drawn by the worker: derived data,
   * possibly of an earlier plan than `plan` (the map uses it only for the
   * routes it still fits) and null until the first arrives.
   */
  routeGeometry: RouteGeometry[] | null;
  /** Statistics and validator findings of the last finished solve. */
  planResult: Omit<SolveResult, 'plan'> | null;
  solveStatus: SolveStatus;
  progress: ProgressView | null;
  solveError: string | null;
  solveOptions: SolveOptions;
  solve: () => Promise<void>;
  stopSolve: () => Promise<void>;
}

export const DEFAULT_SOLVE_OPTIONS: SolveOptions = { timeLimitSeconds: 3, seed: 1 };

export const createPlanSlice =
  (
    client: Pick<SolverClient, 'solve' | 'stop' | 'routeGeometry'>,
  ): StateCreator<StudioState, [], [], PlanSlice> =>
  (set, get) => {
    // Only the newest solve may write: an older one's late progress is dropped.
    let generation = 0;
    const requestGeometry = createRouteGeometryRequests(
      (scenario, plan) => client.routeGeometry(scenario, plan),
      (scenario, routeGeometry) => {
        if (get().scenario === scenario) set({ routeGeometry });
      },
    );
    return {
      plan: null,
      routeGeometry: null,
      planResult: null,
      solveStatus: 'idle',
      progress: null,
      solveError: null,
      solveOptions: DEFAULT_SOLVE_OPTIONS,
      solve: async () => {
        const mine = ++generation;
        const { scenario, solveOptions } = get();
        set({ solveStatus: 'solving', solveError: null, progress: null });
        const onProgress = ({ plan, ...progress }: SolveProgress) => {
          if (mine !== generation) return;
          if (!plan) return set({ progress });
          set({ progress, plan });
          requestGeometry(scenario, plan);
        };
        try {
          const { plan, ...result } = await client.solve(scenario, solveOptions, onProgress);
          if (mine !== generation) return;
          set({ plan, planResult: result, solveStatus: result.stopped ? 'stopped' : 'done' });
          requestGeometry(scenario, plan);
        } catch (error) {
          if (mine !== generation) return;
          set({ solveStatus: 'error', solveError: error instanceof Error ? error.message : String(error) });
        }
      },
      stopSolve: async () => {
        if (get().solveStatus !== 'solving') return;
        await client.stop();
      },
    };
  };
