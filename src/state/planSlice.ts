import type { StateCreator } from 'zustand';
import type { Plan } from '../domain/plan.ts';
import type { RouteGeometry } from '../domain/routeGeometry.ts';
import type { SolveOptions, SolveProgress, SolveResult } from '../domain/solve.ts';
import { createRouteGeometryRequests } from './routeGeometryRequests.ts';
import type { SolverClient, StreetsProgress } from './solverClient.ts';
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
  /** The plan the running or last solve started from (its warm start); null when it started from none. */
  solveStartedFrom: Plan | null;
  /** Statistics and validator findings of the last finished solve. */
  planResult: Omit<SolveResult, 'plan'> | null;
  solveStatus: SolveStatus;
  progress: ProgressView | null;
  solveError: string | null;
  solveOptions: SolveOptions;
  /**
   * Changes how the next solves run (time budget, seed). Not a scenario edit:
   * no undo step, and the plan shown stays until the next solve.
   */
  setSolveOptions: (options: Partial<Omit<SolveOptions, 'warmStart'>>) => void;
  /** Solves the scenario, starting from the plan shown (if any). */
  solve: () => Promise<void>;
  /**
   * Solves at once after an edit that follows a pause, and otherwise once
   * edits have paused for `RESOLVE_DEBOUNCE_MS`: a slider being dragged
   * starts a solve when it starts moving and one when it stops, not one per
   * step. A running solve is stopped.
   */
  scheduleSolve: () => void;
  /** Keeps the best plan found so far and ends the solve; the worker's final word still updates the plan. */
  stopSolve: () => Promise<void>;
  /**
   * Whether solves are giving way to the planner moving the map (dragging,
   * zooming): they wait meanwhile, so that the map keeps its frames, and go
   * on after. Never true where the solver cannot (no cross-origin isolation).
   */
  givingWay: boolean;
  /** The planner started (true) or stopped moving the map. */
  setMapMoving: (moving: boolean) => void;
  /** Shows a plan (undo/redo: the one shown for that scenario), dropping whatever a running solve sends. */
  showPlan: (shown: ShownPlan) => void;
}

/** A plan as the studio shows it: with what its solve reported, when it came from one. */
export interface ShownPlan {
  plan: Plan | null;
  planResult: PlanSlice['planResult'];
}

export const RESOLVE_DEBOUNCE_MS = 150;

export const DEFAULT_SOLVE_OPTIONS: SolveOptions = { timeLimitSeconds: 3, seed: 1 };

export const createPlanSlice =
  (
    client: Pick<SolverClient, 'solve' | 'stop' | 'routeGeometry' | 'giveWay'>,
  ): StateCreator<StudioState, [], [], PlanSlice> =>
  (set, get) => {
    // Only the newest solve may write: an older one's late progress is dropped.
    let generation = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let lastEditAt = -Infinity;
    let mapMoving = false;
    const cancelPending = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
    };
    const requestGeometry = createRouteGeometryRequests(
      (scenario, plan) => client.routeGeometry(scenario, plan),
      (scenario, routeGeometry) => {
        if (get().scenario === scenario) set({ routeGeometry });
      },
    );
    return {
      plan: null,
      routeGeometry: null,
      solveStartedFrom: null,
      planResult: null,
      solveStatus: 'idle',
      progress: null,
      solveError: null,
      solveOptions: DEFAULT_SOLVE_OPTIONS,
      setSolveOptions: (options) => set({ solveOptions: { ...get().solveOptions, ...options } }),
      solve: async () => {
        cancelPending();
        const mine = ++generation;
        const { scenario, solveOptions, plan: shown } = get();
        const options: SolveOptions = shown ? { ...solveOptions, warmStart: shown } : solveOptions;
        set({ solveStatus: 'solving', solveError: null, progress: null, solveStartedFrom: shown });
        get().startSolverRun();
        const onProgress = ({ plan, routeGeometry, ...progress }: StreetsProgress) => {
          if (mine !== generation) return;
          get().recordSolverProgress(progress);
          if (!plan) return set({ progress });
          // Streets that came with the plan are drawn with it, in one go; otherwise they are asked for.
          if (routeGeometry) return set({ progress, plan, routeGeometry });
          set({ progress, plan });
          requestGeometry(scenario, plan);
        };
        try {
          const { plan, ...result } = await client.solve(scenario, options, onProgress);
          if (mine !== generation) return;
          const stopped = result.stopped || get().solveStatus === 'stopped';
          set({ plan, planResult: result, solveStatus: stopped ? 'stopped' : 'done' });
          requestGeometry(scenario, plan);
        } catch (error) {
          if (mine !== generation) return;
          set({ solveStatus: 'error', solveError: error instanceof Error ? error.message : String(error) });
        }
      },
      scheduleSolve: () => {
        const now = Date.now();
        const quiet = pending === null && now - lastEditAt >= RESOLVE_DEBOUNCE_MS;
        lastEditAt = now;
        cancelPending();
        // The first edit after a pause solves at once; edits following it closely (a slider dragged,
        // a value typed) wait for the pause, and that one solve replaces the first.
        if (quiet) {
          void get().solve();
          return;
        }
        pending = setTimeout(() => {
          pending = null;
          void get().solve();
        }, RESOLVE_DEBOUNCE_MS);
      },
      stopSolve: async () => {
        cancelPending();
        if (get().solveStatus !== 'solving') return;
        // The plan on screen is the best streamed so far: it stands at once.
        set({ solveStatus: 'stopped' });
        await client.stop();
      },
      givingWay: false,
      setMapMoving: (moving) => {
        if (moving === mapMoving) return;
        mapMoving = moving;
        set({ givingWay: client.giveWay(moving) && moving });
      },
      showPlan: ({ plan, planResult }) => {
        cancelPending();
        generation++;
        const wasSolving = get().solveStatus === 'solving';
        set({
          plan,
          planResult,
          progress: null,
          solveStatus: plan ? 'done' : 'idle',
          solveStartedFrom: null,
        });
        if (wasSolving) void client.stop();
        if (plan) requestGeometry(get().scenario, plan);
      },
    };
  };
