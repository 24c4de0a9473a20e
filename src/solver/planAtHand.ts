/**
 * The plan a planner is looking at, kept in the engine between the questions
 * asked about it ("why?" for one order after another, a hand move's preview).
 * It is read back into the engine (`planInEngine`) once, ahead of the first
 * question when the worker is idle, else on it: at 2,000 orders that is
 * tens of milliseconds a question saved, and the plan need not cross from
 * the app to the worker each time either.
 * Questions must not change what it holds: they work on copies.
 */
import type { Plan } from '../domain/plan.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { ActiveNetwork } from './activeNetwork.ts';
import { cheapestPlacer, type PlaceTask } from './cheapestPlace.ts';
import { type PlanInEngine, planInEngine } from './planSolution.ts';

export class PlanAtHand {
  private engine: PlanInEngine | null = null;
  private placer: PlaceTask | null = null;

  constructor(
    readonly scenario: Scenario,
    readonly plan: Plan,
    private readonly network: ActiveNetwork | null,
  ) {}

  /** The plan in the engine; its solution is shared, so copy it before changing it. */
  inEngine(): PlanInEngine {
    this.engine ??= planInEngine(this.scenario, this.plan, this.network);
    return this.engine;
  }

  /** Cheapest places on this plan's model (its relaxed copy built once, when first needed). */
  place(): PlaceTask {
    this.placer ??= cheapestPlacer(this.inEngine().model);
    return this.placer;
  }

  /** Builds now what the first question needs (both of the above). */
  prepare(): void {
    this.place();
  }
}

/**
 * How long after a plan is held it is prepared for questions: after the
 * app's request for its street geometry, which it sends as the plan arrives
 * and which the planner sees, while a "why?" waits for a click.
 */
export const PREPARE_AFTER_MS = 250;

/**
 * The plans the app may ask about, by the key it gave each: the last two, so
 * that a question about the plan on screen posted just as a solve returns a
 * new one still finds its plan.
 */
export class PlansAtHand {
  private readonly held: { key: number; hand: PlanAtHand }[] = [];

  /** `busy`: whether the worker is solving, when a plan held with `prepare` would be prepared. */
  constructor(private readonly busy: () => boolean = () => false) {}

  /**
   * With `prepare` (a plan a solve returned, the one the planner asks
   * about next), it is prepared for questions `PREPARE_AFTER_MS` later
   * unless the worker is solving by then or holds a newer plan. On a
   * 2,000-order day the worker's part of the first "why?" went from
   * 77–117 ms to 60–73 ms (`npm run bench:inspector`).
   */
  hold(key: number, hand: PlanAtHand, { prepare = false } = {}): void {
    this.held.unshift({ key, hand });
    this.held.length = Math.min(this.held.length, 2);
    if (prepare)
      setTimeout(() => {
        if (this.held[0]?.hand !== hand || this.busy()) return;
        try {
          hand.prepare();
        } catch {
          // The first question meets the same error and answers with it; nobody asked yet.
        }
      }, PREPARE_AFTER_MS);
  }

  get(key: number): PlanAtHand {
    const found = this.held.find((h) => h.key === key);
    if (!found) throw new Error('the plan asked about is no longer held by the solver: ask again');
    return found.hand;
  }
}
