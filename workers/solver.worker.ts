/**
 * Solver worker: a thin comlink façade over the engine. It turns the app's
 * signals into `shouldStop` and a clock that gives way to the planner
 * (`givingWay.ts`), lends the engine a cheap way to yield, and
 * hands the engine's MIPs to HiGHS in a worker of its own (`mip.worker.ts`),
 * keeping the last one answered for download.
 * It keeps the road network last loaded for the solves and drawings of road
 * scenarios, the plans the app asks questions about, and the scenario last
 * sent (the next arrives as changes to it). No business logic lives here.
 */
import * as Comlink from 'comlink';
import { planStreamSender } from '../src/domain/planStream.ts';
import { routeBuffers } from '../src/domain/routeGeometry.ts';
import { ScenarioDecoder } from '../src/domain/scenarioStream.ts';
import { SIGNAL, type SolverWorkerApi } from '../src/domain/solve.ts';
import { type ActiveNetwork, loadNetwork, roadsFor } from '../src/solver/activeNetwork.ts';
import { explainOrder } from '../src/solver/explainOrder.ts';
import { givingWayClock } from '../src/solver/givingWay.ts';
import { previewMove } from '../src/solver/manualMove.ts';
import { LastMip } from '../src/solver/mip/lastMip.ts';
import { PlanAtHand, PlansAtHand } from '../src/solver/planAtHand.ts';
import { routeGeometry } from '../src/solver/routeGeometry.ts';
import { solveScenario } from '../src/solver/solveScenario.ts';
import { mipWorkerClient } from './mipWorkerClient.ts';

const highs = mipWorkerClient();
/** Every MIP goes through it, so that the last one answered can be downloaded. */
const mip = new LastMip(highs);

// A MessageChannel round trip yields to the event loop without the 4 ms clamp
// of nested timers, so the engine can yield often at almost no cost.
const yieldChannel = new MessageChannel();
const yieldNow = (): Promise<void> =>
  new Promise((resolve) => {
    yieldChannel.port1.onmessage = () => resolve();
    yieldChannel.port2.postMessage(null);
  });

let stopRequested = false;
/** Replaced only by a load that succeeds. */
let network: ActiveNetwork | null = null;
/** Solves under way (one, but the next may arrive as the last returns). */
let solving = 0;
const plans = new PlansAtHand(() => solving > 0);
const scenarios = new ScenarioDecoder();

const api: SolverWorkerApi = {
  async ready() {
    return highs.ready();
  },
  async solve(update, options, onProgress, signals, holdKey, warmStartKey) {
    stopRequested = false;
    const scenario = scenarios.decode(update);
    const warmStart = warmStartKey === null ? options.warmStart : plans.get(warmStartKey).plan;
    const stream = planStreamSender(
      warmStart ?? null,
      (progress) => onProgress(Comlink.transfer(progress, routeBuffers(progress.streets ?? []))),
      (routes) => routeGeometry(scenario, routes, roadsFor(scenario, network)),
    );
    const clock = signals ? givingWayClock(signals) : null;
    solving++;
    const result = await solveScenario(
      scenario,
      { ...options, warmStart },
      {
        mip,
        onProgress: stream.progress,
        shouldStop: () => stopRequested || (signals !== null && Atomics.load(signals, SIGNAL.stop) === 1),
        yieldNow: clock
          ? () => {
              clock.giveWay();
              return yieldNow();
            }
          : yieldNow,
        ...(clock ? { now: clock.now } : {}),
        network,
      },
    ).finally(() => {
      solving--;
    });
    plans.hold(holdKey, new PlanAtHand(scenario, result.plan, network), { prepare: true });
    return stream.result(result);
  },
  stop() {
    stopRequested = true;
  },
  async lastMipLp() {
    return mip.lpFile();
  },
  async previewMove(planKey, orderId, shopperId) {
    return previewMove(plans.get(planKey), orderId, shopperId);
  },
  async explainOrder(planKey, orderId) {
    return explainOrder(plans.get(planKey), orderId, highs);
  },
  holdPlan(key, scenario, plan) {
    plans.hold(key, new PlanAtHand(scenarios.decode(scenario), plan, network));
  },
  async loadNetwork(source) {
    const { active, loaded } = loadNetwork(source);
    network = active;
    return loaded;
  },
  async routeGeometry(day, routes) {
    const geometry = routeGeometry(day, routes, roadsFor(day, network));
    return Comlink.transfer(geometry, routeBuffers(geometry));
  },
};

Comlink.expose(api);
