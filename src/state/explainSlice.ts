import type { StateCreator } from 'zustand';
import type { OrderExplanation } from '../domain/explanation.ts';
import type { Plan } from '../domain/plan.ts';
import type { SolverClient } from './solverClient.ts';
import type { StudioState } from './studioState.ts';

/** The answer to "why?" for one order of one plan, as the worker gave it. */
export interface ExplanationState {
  orderId: string;
  /** The plan it explains: once another is shown, it is out of date. */
  plan: Plan;
  status: 'working' | 'ready' | 'error';
  explanation: OrderExplanation | null;
  error: string | null;
  /** How long the worker took to answer, milliseconds (shown to engineers). */
  ms: number | null;
}

export interface ExplainSlice {
  orderExplanation: ExplanationState | null;
  /** Asks why the order is where the plan shown has it. */
  explainOrder: (orderId: string) => Promise<void>;
}

export const createExplainSlice =
  (client: Pick<SolverClient, 'explainOrder'>): StateCreator<StudioState, [], [], ExplainSlice> =>
  (set, get) => ({
    orderExplanation: null,
    explainOrder: async (orderId) => {
      const { scenario, plan } = get();
      if (!plan) return set({ orderExplanation: null });
      const asked: ExplanationState = {
        orderId,
        plan,
        status: 'working',
        explanation: null,
        error: null,
        ms: null,
      };
      set({ orderExplanation: asked });
      const started = performance.now();
      const settle = (done: Partial<ExplanationState>) => {
        if (get().orderExplanation === asked) {
          set({ orderExplanation: { ...asked, ...done, ms: performance.now() - started } });
        }
      };
      try {
        settle({ status: 'ready', explanation: await client.explainOrder(scenario, plan, orderId) });
      } catch (error) {
        settle({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    },
  });
