import type { StateCreator } from 'zustand';
import type { Plan } from '../domain/plan.ts';
import { assignOrder, releaseOrder } from '../domain/scenarioEdits.ts';
import type { MovePreview } from '../domain/solve.ts';
import type { SolverClient } from './solverClient.ts';
import type { StudioState } from './studioState.ts';

/** A planner's move of one order onto a shopper's day, priced by the worker, not yet accepted. */
export interface MoveProposal {
  orderId: string;
  shopperId: string;
  /** The plan it is priced against: once another plan is shown, the price is stale. */
  basePlan: Plan;
  status: 'pricing' | 'ready' | 'error';
  preview: MovePreview | null;
  error: string | null;
}

export interface MoveSlice {
  moveProposal: MoveProposal | null;
  /** Prices moving the order onto the shopper's day in the plan shown. */
  proposeMove: (orderId: string, shopperId: string) => Promise<void>;
  /**
   * Takes the priced move: the order is given to that shopper by hand (one
   * undoable edit), the moved plan is shown at once, and the re-solve starts
   * from it.
   */
  acceptMove: () => void;
  cancelMove: () => void;
  /** Lets the engine choose the order's shopper again (one undoable edit). */
  releaseOrder: (orderId: string) => void;
}

export const createMoveSlice =
  (client: Pick<SolverClient, 'previewMove'>): StateCreator<StudioState, [], [], MoveSlice> =>
  (set, get) => ({
    moveProposal: null,
    proposeMove: async (orderId, shopperId) => {
      const { scenario, plan } = get();
      if (!plan) return;
      const proposal: MoveProposal = {
        orderId,
        shopperId,
        basePlan: plan,
        status: 'pricing',
        preview: null,
        error: null,
      };
      set({ moveProposal: proposal });
      const settle = (done: Partial<MoveProposal>) => {
        // A newer proposal (or none) since: this answer is nobody's.
        if (get().moveProposal === proposal) set({ moveProposal: { ...proposal, ...done } });
      };
      try {
        settle({ status: 'ready', preview: await client.previewMove(scenario, plan, orderId, shopperId) });
      } catch (error) {
        settle({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    },
    acceptMove: () => {
      const proposal = get().moveProposal;
      if (!proposal?.preview || proposal.basePlan !== get().plan) return;
      const issues = get().editScenario(assignOrder(proposal.orderId, proposal.shopperId), {
        showing: { plan: proposal.preview.plan, planResult: null },
      });
      if (issues.length > 0)
        return set({ moveProposal: { ...proposal, status: 'error', error: issues[0]!.message } });
      set({ moveProposal: null });
    },
    cancelMove: () => set({ moveProposal: null }),
    releaseOrder: (orderId) => {
      get().editScenario(releaseOrder(orderId));
    },
  });
