/**
 * Solver worker: a thin comlink façade over the engine. It loads HiGHS from
 * the .wasm the app serves itself (never a CDN), turns the app's stop flag
 * into `shouldStop`, and lends the engine a cheap way to yield. No business
 * logic lives here.
 */
import * as Comlink from 'comlink';
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import type { SolverWorkerApi } from '../src/domain/solve.ts';
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

const api: SolverWorkerApi = {
  async ready() {
    return (await loadHighs()).version.string;
  },
  async solve(scenario, options, onProgress, stopFlag) {
    stopRequested = false;
    const loaded = await loadHighs();
    return solveScenario(scenario, options, {
      highs: loaded,
      onProgress,
      shouldStop: () => stopRequested || (stopFlag !== null && Atomics.load(stopFlag, 0) === 1),
      yieldNow,
    });
  },
  stop() {
    stopRequested = true;
  },
};

Comlink.expose(api);
