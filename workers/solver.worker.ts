/**
 * Solver worker: a thin comlink façade over the engine. It loads HiGHS from
 * the .wasm the app serves itself (never a CDN), turns the app's stop flag
 * into `shouldStop`, and lends the engine a cheap way to yield. It keeps the
 * road network last loaded for the solves and drawings of road scenarios.
 * No business logic lives here.
 */
import * as Comlink from 'comlink';
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import type { SolverWorkerApi } from '../src/domain/solve.ts';
import { type ActiveNetwork, loadNetwork, roadsFor } from '../src/solver/activeNetwork.ts';
import { routeGeometry } from '../src/solver/routeGeometry.ts';
import { solveScenario } from '../src/solver/solveScenario.ts';

let highs: Promise<Highs> | null = null;
const loadHighs = (): Promise<Highs> => {
  highs ??= highsLoader({ locateFile: () => highsWasmUrl });
  return highs;
};

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

const api: SolverWorkerApi = {
  async ready() {
    return (await loadHighs()).version.string;
  },
  async solve(scenario, options, onProgress, stopFlag) {
    stopRequested = false;
    // The network loaded when the solve was posted: a load that arrives while HiGHS loads is for later calls.
    const roads = network;
    const loaded = await loadHighs();
    return solveScenario(scenario, options, {
      highs: loaded,
      onProgress,
      shouldStop: () => stopRequested || (stopFlag !== null && Atomics.load(stopFlag, 0) === 1),
      yieldNow,
      network: roads,
    });
  },
  stop() {
    stopRequested = true;
  },
  async loadNetwork(source) {
    const { active, loaded } = loadNetwork(source);
    network = active;
    return loaded;
  },
  async routeGeometry(scenario, plan) {
    return routeGeometry(scenario, plan, roadsFor(scenario, network));
  },
};

Comlink.expose(api);
