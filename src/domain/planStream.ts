/**
 * Plans as a solve streams them from the worker: each one after the first
 * names the routes it shares with the plan sent before it instead of sending
 * them again. After a small edit, or between two incumbents, most shoppers'
 * days are the same; sent whole, a large day's plan (about a megabyte at
 * 2,000 orders) was copied and parsed on the main thread for every
 * incumbent, and every route came back as a new object, so everything drawn
 * from the plan had to be drawn again.
 *
 * Decoded, an unchanged route is the very object the previous plan held, so
 * whatever the app derives per route can be kept by identity.
 *
 * A plan's streets can come with it (`StreamedProgress.streets`), for the
 * routes sent whole.
 *
 * Both ends start from the same base (the solve's warm start, or none) and
 * move it to each plan they encode or decode, so every plan must be decoded,
 * in the order it was encoded.
 */
import { sameJson } from './jsonEquality.ts';
import type { Plan, ShopperRoute } from './plan.ts';
import type { RouteGeometry } from './routeGeometry.ts';
import type { SolveProgress, SolveResult, StreamedProgress, StreamedResult } from './solve.ts';

/** A route the base plan holds unchanged, by its shopper. */
export interface KeptRoute {
  kept: string;
}

/** A plan on the wire: `routes` in the plan's order, each whole or kept. */
export interface PlanUpdate extends Omit<Plan, 'routes'> {
  routes: (ShopperRoute | KeptRoute)[];
}

const isKept = (route: ShopperRoute | KeptRoute): route is KeptRoute => 'kept' in route;

const byShopper = (plan: Plan | null) =>
  new Map<string, ShopperRoute>(plan?.routes.map((r) => [r.shopperId, r] as const));

/** The worker's end: encodes each plan against the one encoded before it. */
export class PlanEncoder {
  private base: Map<string, ShopperRoute>;

  /** `start`: the plan the app holds already (the solve's warm start), or null. */
  constructor(start: Plan | null) {
    this.base = byShopper(start);
  }

  encode(plan: Plan): PlanUpdate {
    const base = this.base;
    this.base = byShopper(plan);
    return {
      ...plan,
      routes: plan.routes.map((route) => {
        const before = base.get(route.shopperId);
        return before && sameJson(before, route) ? { kept: route.shopperId } : route;
      }),
    };
  }
}

/** The app's end: decodes each update against the plan decoded before it. */
export class PlanDecoder {
  private base: Map<string, ShopperRoute>;

  /** `start`: the same plan the encoder started from. */
  constructor(start: Plan | null) {
    this.base = byShopper(start);
  }

  decode(update: PlanUpdate): Plan {
    const routes = update.routes.map((route) => {
      if (!isKept(route)) return route;
      const before = this.base.get(route.kept);
      // Only a plan decoded out of order, or against another start, gets here: a bug, not bad input.
      if (!before) throw new Error(`plan stream out of step: no route of shopper "${route.kept}" to keep`);
      return before;
    });
    const plan: Plan = { ...update, routes };
    this.base = byShopper(plan);
    return plan;
  }
}

/**
 * The worker's end of one solve: `progress` forwards the engine's progress
 * with its plan encoded, and from the second plan on with `drawStreets` the
 * streets of the routes the update sends whole (none when it answers null or
 * throws); `result` encodes the final plan once every progress call has been
 * answered. The result comes back to the app on another port than progress,
 * so without that wait it could be decoded before the plans it builds on.
 */
export function planStreamSender(
  start: Plan | null,
  send: (progress: StreamedProgress) => void | Promise<void>,
  drawStreets: (routes: ShopperRoute[]) => RouteGeometry[] | null = () => null,
) {
  const plans = new PlanEncoder(start);
  // Answered in order: once the last is, the app has decoded every plan sent.
  let answered: Promise<unknown> = Promise.resolve();
  let first = true;
  const encode = (plan: Plan): Pick<StreamedProgress, 'plan' | 'streets'> => {
    const update = plans.encode(plan);
    // The first plan goes at once, its streets asked for after: it is the one the planner waits for, and after
    // an edit that touched every route, drawing them all first held it back by a third of a second (2,000 orders).
    if (first) {
      first = false;
      return { plan: update };
    }
    const whole = update.routes.filter((route): route is ShopperRoute => !isKept(route));
    let streets: RouteGeometry[] | null = null;
    try {
      streets = drawStreets(whole);
    } catch {
      // Streets are for drawing: the plan goes without them, and the app asks for them as it does for any plan.
    }
    return streets ? { plan: update, streets } : { plan: update };
  };
  return {
    progress({ plan, ...progress }: SolveProgress): void {
      const call = send(plan ? { ...progress, ...encode(plan) } : progress);
      answered = Promise.resolve(call).catch(() => {});
    },
    async result({ plan, ...result }: SolveResult): Promise<StreamedResult> {
      await answered;
      return { ...result, plan: plans.encode(plan) };
    },
  };
}

/**
 * The app's end of one solve: progress and the result with their plans
 * decoded, `start` as the sender's; a plan's streets, when they came with it,
 * beside the progress.
 */
export function planStreamReceiver(
  start: Plan | null,
  onProgress: (progress: SolveProgress, streets?: RouteGeometry[]) => void,
) {
  const plans = new PlanDecoder(start);
  return {
    progress({ plan, streets, ...progress }: StreamedProgress): void {
      if (plan) onProgress({ ...progress, plan: plans.decode(plan) }, streets);
      else onProgress(progress);
    },
    result({ plan, ...result }: StreamedResult): SolveResult {
      return { ...result, plan: plans.decode(plan) };
    },
  };
}
