import highsLoader from 'highs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateGroceryDay } from '../domain/generator.ts';
import type { Plan } from '../domain/plan.ts';
import { assignOrder } from '../domain/scenarioEdits.ts';
import { hours } from '../domain/units.ts';
import { previewMove } from './manualMove.ts';
import { mipInThread } from './mip/mipInThread.ts';
import { PlanAtHand, PlansAtHand, PREPARE_AFTER_MS } from './planAtHand.ts';
import { solveScenario } from './solveScenario.ts';
import { validatePlan } from './validator/validatePlan.ts';

const mip = mipInThread(await highsLoader());
const day = generateGroceryDay({ seed: 6, orderCount: 30, shopperCount: 5, storeCount: 2 });
const solved = await solveScenario(day, { timeLimitSeconds: 0.4, seed: 1 }, { mip });

const shopperOf = (plan: Plan, orderId: string) =>
  plan.routes.find((r) => r.trips.some((t) => t.orderIds.includes(orderId)))?.shopperId;

describe('previewMove', () => {
  const [first, second] = solved.plan.routes;
  const orderId = first!.trips[0]!.orderIds[0]!;

  it('puts the order on the chosen shopper, prices the change and leaves every other day as it was', () => {
    const preview = previewMove(new PlanAtHand(day, solved.plan, null), orderId, second!.shopperId);
    expect(shopperOf(preview.plan, orderId)).toBe(second!.shopperId);
    expect(preview.costDelta).toBeCloseTo(preview.plan.cost.total - solved.plan.cost.total, 6);
    // Moving an order off the best plan found costs something.
    expect(preview.costDelta).toBeGreaterThan(0);
    const untouched = solved.plan.routes.filter((r) => r !== first && r !== second);
    for (const route of untouched) expect(preview.plan.routes).toContainEqual(route);
    // What it reports is exactly what the validator finds that the plan did not have.
    expect(validatePlan(day, preview.plan)).toEqual(preview.violations);
  });

  it('forces the order in where no place keeps every rule, and names the rule it breaks', () => {
    const strict = structuredClone(day);
    strict.constraints.windows = 'hard';
    const late = strict.shoppers.find((p) => p.id === second!.shopperId)!;
    // The shopper starts after the order's window has closed.
    const window = strict.orders.find((o) => o.id === orderId)!.window;
    late.shift = { start: window.end + hours(1), end: window.end + hours(4) };
    const preview = previewMove(new PlanAtHand(strict, solved.plan, null), orderId, late.id);
    expect(shopperOf(preview.plan, orderId)).toBe(late.id);
    expect(preview.violations.map((v) => v.rule)).toContain('time-window');
  });

  it('refuses a move that makes no sense', () => {
    expect(() => previewMove(new PlanAtHand(day, solved.plan, null), orderId, first!.shopperId)).toThrow(
      /already/,
    );
    const off = structuredClone(day);
    off.shoppers.find((p) => p.id === second!.shopperId)!.active = false;
    expect(() => previewMove(new PlanAtHand(off, solved.plan, null), orderId, second!.shopperId)).toThrow(
      /not working/,
    );
  });
});

describe('orders given to a shopper by hand', () => {
  it('are served by that shopper in every re-solve, and the validator holds the plan to it', async () => {
    // A move that keeps every rule, found as the planner would: by previewing.
    const moves = solved.plan.routes.flatMap((from) =>
      from.trips[0]!.orderIds.flatMap((orderId) =>
        solved.plan.routes.filter((to) => to !== from).map((to) => ({ orderId, shopperId: to.shopperId })),
      ),
    );
    const move = moves.find(
      (m) =>
        previewMove(new PlanAtHand(day, solved.plan, null), m.orderId, m.shopperId).violations.length === 0,
    )!;
    const given = assignOrder(move.orderId, move.shopperId)(day);
    const again = await solveScenario(
      given,
      { timeLimitSeconds: 0.4, seed: 2, warmStart: solved.plan },
      { mip },
    );
    expect(again.violations).toEqual([]);
    expect(shopperOf(again.plan, move.orderId)).toBe(move.shopperId);
    // The plan from before the assignment breaks it.
    expect(validatePlan(given, solved.plan).map((v) => v.rule)).toEqual(['assignment']);
  });

  it('are left unassigned, with the reason, when their shopper cannot serve them', async () => {
    const [first, second] = solved.plan.routes;
    const orderId = first!.trips[0]!.orderIds[0]!;
    // A copy: an edit shares the shoppers it leaves alone with the day it was made on.
    const given = structuredClone(assignOrder(orderId, second!.shopperId)(day));
    given.shoppers.find((p) => p.id === second!.shopperId)!.active = false;
    const again = await solveScenario(given, { timeLimitSeconds: 0.3, seed: 2 }, { mip });
    expect(again.violations).toEqual([]);
    expect(again.plan.unassigned).toContainEqual({ orderId, reason: 'shift' });
  });
});

describe('a plan at hand', () => {
  it('answers one question after another as if each were the first: questions leave it as it was', () => {
    const hand = new PlanAtHand(day, solved.plan, null);
    const [first, second] = solved.plan.routes;
    const orderId = first!.trips[0]!.orderIds[0]!;
    const fresh = previewMove(new PlanAtHand(day, solved.plan, null), orderId, second!.shopperId);
    expect(previewMove(hand, orderId, second!.shopperId)).toEqual(fresh);
    expect(previewMove(hand, orderId, second!.shopperId)).toEqual(fresh);
    expect(hand.inEngine().solution.cost).toBeCloseTo(solved.plan.cost.total, 6);
  });
});

describe('plans at hand', () => {
  it('keeps the last two plans held and refuses an older key with a message', () => {
    const plans = new PlansAtHand();
    const hands = [1, 2, 3].map(() => new PlanAtHand(day, solved.plan, null));
    for (const [i, hand] of hands.entries()) plans.hold(i + 1, hand);
    expect(plans.get(3)).toBe(hands[2]);
    expect(plans.get(2)).toBe(hands[1]);
    expect(() => plans.get(1)).toThrow(/no longer held/);
  });

  describe('prepared for questions', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    /** A hand whose preparing is only counted. */
    const countedHand = () => {
      const hand = new PlanAtHand(day, solved.plan, null);
      const prepare = vi.spyOn(hand, 'prepare').mockImplementation(() => {});
      return { hand, prepare };
    };

    it("prepares a solve's plan a moment after it is held, once", () => {
      vi.useFakeTimers();
      const plans = new PlansAtHand();
      const { hand, prepare } = countedHand();
      plans.hold(1, hand, { prepare: true });
      vi.advanceTimersByTime(PREPARE_AFTER_MS - 1);
      expect(prepare).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(prepare).toHaveBeenCalledTimes(1);
      vi.runAllTimers();
      expect(prepare).toHaveBeenCalledTimes(1);
    });

    it('leaves it while a solve runs, when a newer plan is held, or when not asked to', () => {
      vi.useFakeTimers();
      let solving = true;
      const plans = new PlansAtHand(() => solving);
      const whileSolving = countedHand();
      plans.hold(1, whileSolving.hand, { prepare: true });
      vi.runAllTimers();
      expect(whileSolving.prepare).not.toHaveBeenCalled();

      solving = false;
      const older = countedHand();
      const newer = countedHand();
      plans.hold(2, older.hand, { prepare: true });
      plans.hold(3, newer.hand);
      vi.runAllTimers();
      expect(older.prepare).not.toHaveBeenCalled();
      expect(newer.prepare).not.toHaveBeenCalled();
    });

    it('keeps a failure to prepare for the first question to report', () => {
      vi.useFakeTimers();
      const plans = new PlansAtHand();
      const { hand, prepare } = countedHand();
      prepare.mockImplementation(() => {
        throw new Error('no model');
      });
      plans.hold(1, hand, { prepare: true });
      expect(() => vi.runAllTimers()).not.toThrow();
      expect(prepare).toHaveBeenCalledTimes(1);
    });

    it('answers a question on a prepared plan exactly as on an unprepared one', () => {
      const orderId = solved.plan.routes[0]!.trips[0]!.orderIds[0]!;
      const target = solved.plan.routes[1]!.shopperId;
      const prepared = new PlanAtHand(day, solved.plan, null);
      prepared.prepare();
      expect(previewMove(prepared, orderId, target)).toEqual(
        previewMove(new PlanAtHand(day, solved.plan, null), orderId, target),
      );
    });
  });
});
