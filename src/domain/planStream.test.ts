import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, ShopperRoute } from './plan.ts';
import {
  PlanDecoder,
  PlanEncoder,
  type PlanUpdate,
  planStreamReceiver,
  planStreamSender,
} from './planStream.ts';
import { packRoute, type RouteGeometry } from './routeGeometry.ts';
import type { SolveProgress, StreamedProgress } from './solve.ts';
import { drop, plan, route, trip } from './testing/handPlans.ts';
import { minutes } from './units.ts';

/** Shopper `s`'s day in variant `v`: variants differ in their orders or in one arrival. */
const day = (s: number, v: number) =>
  route(`p${s}`, trip(drop(`o${s}-${v % 3}`, minutes(600 + 10 * v)), drop(`o${s}-x`, minutes(640))));

/** A plan where `variants[s]` is shopper s's variant, or null when the shopper has no work. */
const planOf = (variants: (number | null)[]) =>
  plan(variants.flatMap((v, s) => (v === null ? [] : [day(s, v)])));

/** What crosses the worker boundary: a structured clone. */
const wire = (update: PlanUpdate): PlanUpdate => structuredClone(update);

describe('plan stream', () => {
  it('sends only the routes that changed, and the app gets back the routes it had for the rest', () => {
    const start = planOf([0, 0, 0, null]);
    const next = planOf([0, 1, 0, 2]);
    const update = new PlanEncoder(structuredClone(start)).encode(next);
    expect(update.routes).toEqual([{ kept: 'p0' }, next.routes[1], { kept: 'p2' }, next.routes[3]]);

    const decoded = new PlanDecoder(start).decode(wire(update));
    expect(decoded).toEqual(next);
    expect(decoded.routes[0]).toBe(start.routes[0]);
    expect(decoded.routes[1]).not.toBe(start.routes[1]);
    expect(decoded.routes[2]).toBe(start.routes[2]);
  });

  it('decodes every plan of a stream to the plan encoded, keeping the routes that did not change', () => {
    const variants = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.option(variants, { nil: null }),
        fc.array(variants, { maxLength: 6 }),
        (start, stream) => {
          const startPlan = start && planOf(start);
          // Each end holds its own copy of the start, as the worker and the app do.
          const encoder = new PlanEncoder(startPlan && structuredClone(startPlan));
          const decoder = new PlanDecoder(startPlan);
          let before: Plan | null = startPlan;
          for (const step of stream) {
            const sent = planOf(step);
            const got = decoder.decode(wire(encoder.encode(sent)));
            expect(got).toEqual(sent);
            for (const r of got.routes) {
              const was = before?.routes.find((b) => b.shopperId === r.shopperId);
              if (was && JSON.stringify(was) === JSON.stringify(r)) expect(r).toBe(was);
            }
            before = got;
          }
        },
      ),
    );
  });

  it('refuses an update that names a route its base does not have', () => {
    const update = new PlanEncoder(planOf([0])).encode(planOf([0]));
    expect(() => new PlanDecoder(null).decode(update)).toThrow(/out of step/);
  });

  it('sends the result only once the app has taken every progress plan, so it decodes against the last', async () => {
    const start = planOf([0, 0]);
    const shown: SolveProgress[] = [];
    const app = planStreamReceiver(start, (progress) => shown.push(progress));
    // The app takes each progress call in a later task, as a message from the worker.
    const send = (progress: StreamedProgress) =>
      new Promise<void>((answered) =>
        setTimeout(() => {
          app.progress(structuredClone(progress));
          answered();
        }, 0),
      );
    const worker = planStreamSender(structuredClone(start), send);
    worker.progress(searchProgress(planOf([1, 0])));
    worker.progress(searchProgress(planOf([1, 2])));
    const final = planOf([1, 2]);
    const counts = { iterations: 0, routePoolSize: 0, mipSolves: 0 };
    const result = await worker.result({
      plan: final,
      stats: { ...counts, elapsedMs: 0, firstPlanMs: 0, lastMip: null },
      stopped: false,
      violations: [],
    });
    expect(shown.map((p) => p.plan)).toEqual([planOf([1, 0]), planOf([1, 2])]);
    const got = app.result(result).plan;
    expect(got).toEqual(final);
    expect(got.routes[1]).toBe(shown[1]!.plan!.routes[1]);
  });

  it('sends the first plan at once, and later ones with the streets of the routes they send whole', () => {
    const start = planOf([0, 0, 0]);
    const got: { progress: SolveProgress; streets: RouteGeometry[] | undefined }[] = [];
    const app = planStreamReceiver(start, (progress, streets) => got.push({ progress, streets }));
    const drawnFor: string[][] = [];
    const draw = (routes: ShopperRoute[]) => {
      drawnFor.push(routes.map((r) => r.shopperId));
      return routes.map((r) => packRoute(r.shopperId, [[{ lng: 0, lat: 0 }]]));
    };
    const worker = planStreamSender(structuredClone(start), (p) => app.progress(structuredClone(p)), draw);
    worker.progress(searchProgress(planOf([1, 0, 0])));
    worker.progress(searchProgress(planOf([1, 1, 0])));
    worker.progress({ ...searchProgress(planOf([1, 1, 0])), plan: undefined });

    expect(drawnFor).toEqual([['p1']]);
    expect(got.map((g) => g.streets?.map((s) => s.shopperId))).toEqual([undefined, ['p1'], undefined]);
    expect(got[1]!.progress.plan).toEqual(planOf([1, 1, 0]));
  });

  it('sends the plan without streets when drawing them fails', () => {
    const got: (RouteGeometry[] | undefined)[] = [];
    const app = planStreamReceiver(null, (_, streets) => got.push(streets));
    const worker = planStreamSender(
      null,
      (p) => app.progress(structuredClone(p)),
      () => {
        throw new Error('no road network is loaded');
      },
    );
    worker.progress(searchProgress(planOf([0])));
    worker.progress(searchProgress(planOf([1])));
    expect(got).toEqual([undefined, undefined]);
    expect(() => worker.progress(searchProgress(planOf([2])))).not.toThrow();
  });
});

function searchProgress(plan: Plan): SolveProgress {
  return {
    phase: 'search',
    elapsedMs: 0,
    incumbentCost: plan.cost.total,
    objective: plan.cost.total,
    bound: null,
    counts: { iterations: 0, routePoolSize: 0, mipSolves: 0 },
    plan,
  };
}
