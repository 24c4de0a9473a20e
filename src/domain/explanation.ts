/**
 * The answer to "why is this order unassigned / late / on that shopper?",
 * in the reason vocabulary of `plan.ts`, with the numbers behind it. It
 * crosses the worker boundary: plain data only.
 */
import type { ReasonCode } from './plan.ts';

/** Could one shopper serve the order alone, on an otherwise empty day? */
export interface ShopperCheck {
  shopperId: string;
  /** The first rule that stops it; null when this shopper could serve the order alone. */
  blockedBy: ReasonCode | null;
  /** In plain words, with numbers (e.g. "arrives 14:32, window closes 14:00"). */
  detail: string;
}

/** The order put into one shopper's day as planned, where it costs least. */
export interface InsertionOption {
  shopperId: string;
  /** How much the plan's cost would change (the order's unassigned penalty saved, if it is unassigned). */
  costDelta: number;
  /** The rule this place breaks; null when it keeps every rule. */
  breaks: ReasonCode | null;
  detail: string;
}

/** An order sharing the batch: what it took of the trip before this order's handoff. */
export interface Competitor {
  orderId: string;
  detail: string;
}

/** One rule of an infeasible subset, in words with its number. */
export interface ConflictRule {
  /** The rule's reason code; null for a fact the rules meet (a drive, the picking, the order itself). */
  reason: ReasonCode | null;
  text: string;
}

/**
 * HiGHS' irreducible infeasible subset of "serve this order alone on this
 * shopper's day": rules that together admit no schedule, none of which
 * could be dropped. Relax any one of them and that shopper could serve it.
 */
export interface InfeasibleSubset {
  shopperId: string;
  rules: ConflictRule[];
}

export interface OrderExplanation {
  orderId: string;
  status: 'on-time' | 'late' | 'unassigned';
  /** One or two sentences a planner reads first. */
  summary: string;
  /** Every working shopper's static check, shoppers who could serve it first. */
  shoppers: ShopperCheck[];
  /** The three cheapest places across all shoppers' days, cheapest first. */
  insertions: InsertionOption[];
  /** For a served order: the others on its batch, in the order they are handed over. */
  competitors: Competitor[];
  /**
   * When no shopper could serve it even alone (the model "serve this order"
   * is infeasible): HiGHS' infeasible subsets for the shoppers nearest to
   * serving it, nearest first. Empty otherwise.
   */
  conflicts: InfeasibleSubset[];
}

/** Each reason in a planner's words. */
export const REASON_WORDS: Record<ReasonCode, string> = {
  'time-window': 'no shopper can hand it over inside its delivery window',
  capacity: 'it is bigger than what a shopper can carry',
  'batch-size': 'the batches it could join are full',
  'mixed-stores': 'batches may not mix stores',
  'ride-time': 'the ride from the store would be too long',
  shift: 'no shopper has the time left in their shift',
  skill: 'no shopper with the skill it needs is free',
  'no-store': 'its store cannot pick it (missing, or closed by then)',
  cost: 'serving it costs more than leaving it out',
};
