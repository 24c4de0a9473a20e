/**
 * The only code that talks to the solver worker. It owns the worker's life:
 * creating it, asking it to stop, and — when a stop is not answered in time —
 * terminating and re-creating it, which rejects every call that can then
 * never settle.
 *
 * It also keeps the worker holding the road network each call's scenario
 * travels on. Loads and the calls that need a network are posted one after
 * another, each call only once the network it needs is loaded, so a solve
 * never starts on a map still loading, and a replacement worker (or one that
 * loaded another map since) gets the scenario's network again first.
 *
 * Questions about a plan ("why?", a move's preview) and a solve's warm
 * start send the plan only when the worker does not hold it already; the
 * plan a solve returns is held from the start.
 */
import * as Comlink from 'comlink';
import type { OrderExplanation } from '../domain/explanation.ts';
import { describeNetwork, isNetwork } from '../domain/networkRef.ts';
import type { Plan } from '../domain/plan.ts';
import { planStreamReceiver } from '../domain/planStream.ts';
import type { RouteGeometry } from '../domain/routeGeometry.ts';
import type { NetworkRef, Scenario } from '../domain/scenario.ts';
import {
  type LoadedNetwork,
  type MovePreview,
  type NetworkSource,
  SIGNAL,
  SIGNAL_SLOTS,
  type SolveOptions,
  type SolveProgress,
  type SolveResult,
  type SolverWorkerApi,
} from '../domain/solve.ts';
import { drawingBackOff } from './drawingBackOff.ts';
import { cachedRouteGeometry } from './routeGeometryCache.ts';
import { SolverRestartedError, WorkerSession } from './workerSession.ts';

/** How long a stop may take before the worker is replaced. */
const STOP_GRACE_MS = 1500;

/**
 * A map to load: the built-in city by its seed, or an `.osm.pbf` file's bytes
 * as a Blob, which (unlike an ArrayBuffer transferred to the worker) can be
 * read again for a replacement worker.
 */
export type NetworkRequest =
  | { kind: 'builtin-city'; seed: number }
  | { kind: 'pbf'; name: string; data: Blob };

interface Running {
  done: Promise<unknown>;
}

/** Progress as the client hands it on: with a plan, its routes' streets when they came with it. */
export interface StreetsProgress extends SolveProgress {
  routeGeometry?: RouteGeometry[];
}

export class SolverClient {
  private session: WorkerSession | null = null;
  private running: Running | null = null;
  /** Loads and network-bound posts, in call order: see the module comment. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Every map file loaded, by the name scenarios refer to it by, to load it
   * again when needed. A File's Blob stays on disk; a fetched sample's is in
   * memory, once.
   */
  private readonly maps = new Map<string, Blob>();
  /** Shared with the worker when the page is cross-origin isolated: slots in `SIGNAL`. */
  private readonly signals: Int32Array | null =
    typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated
      ? new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * Int32Array.BYTES_PER_ELEMENT))
      : null;
  /** Called as each streamed plan arrives: the solve backs off until the page has drawn it. */
  private readonly drawing = drawingBackOff(this.signals);

  private worker(): WorkerSession {
    this.session ??= new WorkerSession();
    return this.session;
  }

  /** Loads HiGHS in the worker; resolves with its version. */
  ready(): Promise<string> {
    return this.worker().call((api) => api.ready());
  }

  /**
   * Builds a road network in the worker, after the loads asked for before.
   * Bad input rejects with the worker's message and the worker keeps the
   * network it had.
   */
  loadNetwork(request: NetworkRequest): Promise<LoadedNetwork> {
    return this.enqueue(() => this.load(request));
  }

  /** Solves; a solve already running is stopped first (its promise still resolves with its best plan). */
  async solve(
    scenario: Scenario,
    options: SolveOptions,
    onProgress: (progress: StreetsProgress) => void,
  ): Promise<SolveResult> {
    await this.stop();
    // Cleared before waiting for the map, so that a stop pressed while it loads is seen as the engine starts.
    if (this.signals) Atomics.store(this.signals, SIGNAL.stop, 0);
    const { answer } = await this.post(scenario, (api, session) => {
      const key = session.nextPlanKey();
      // A warm start the worker holds (the last solve's plan, usually) is named, not sent again.
      const warmStartKey = options.warmStart ? session.heldKeyOf(options.warmStart) : null;
      const { warmStart: _, ...named } = options;
      const sent = warmStartKey === null ? options : named;
      const stream = planStreamReceiver(options.warmStart ?? null, (progress, streets) => {
        const routeGeometry =
          progress.plan && streets ? this.streets.take(scenario, progress.plan, streets) : null;
        onProgress(routeGeometry ? { ...progress, routeGeometry } : progress);
        if (progress.plan) this.drawing();
      });
      const solving = api.solve(
        session.send(scenario),
        sent,
        Comlink.proxy(stream.progress),
        this.signals,
        key,
        warmStartKey,
      );
      return solving.then((streamed) => {
        const result = stream.result(streamed);
        session.holds(key, scenario, result.plan);
        return result;
      });
    });
    const running: Running = { done: answer };
    this.running = running;
    try {
      return await answer;
    } finally {
      if (this.running === running) this.running = null;
    }
  }

  /**
   * The streets each route of `plan` drives, on `scenario`'s network. Only
   * the routes not drawn for the last plan are asked of the worker.
   */
  routeGeometry(scenario: Scenario, plan: Plan): Promise<RouteGeometry[]> {
    return this.streets.fetch(scenario, plan);
  }

  /** Street geometry known (the last plan's), taken from solves as it comes or asked of the worker. */
  private readonly streets = cachedRouteGeometry(async (scenario: Scenario, plan: Plan) => {
    const drawn = new Set(plan.routes.map((route) => route.shopperId));
    const day = { travel: scenario.travel, shoppers: scenario.shoppers.filter((s) => drawn.has(s.id)) };
    const { answer } = await this.post(scenario, (api) => api.routeGeometry(day, plan.routes));
    return answer;
  });

  /** `plan` with the order moved onto the shopper's day, priced and validated (see `SolverWorkerApi.previewMove`). */
  async previewMove(
    scenario: Scenario,
    plan: Plan,
    orderId: string,
    shopperId: string,
  ): Promise<MovePreview> {
    const { answer } = await this.post(scenario, (api, session) =>
      api.previewMove(session.holding(scenario, plan), orderId, shopperId),
    );
    return answer;
  }

  /** Why the order is where `plan` has it (see `SolverWorkerApi.explainOrder`). */
  async explainOrder(scenario: Scenario, plan: Plan, orderId: string): Promise<OrderExplanation> {
    const { answer } = await this.post(scenario, (api, session) =>
      api.explainOrder(session.holding(scenario, plan), orderId),
    );
    return answer;
  }

  /**
   * The last MIP HiGHS answered, as a CPLEX LP file (see `SolverWorkerApi.lastMipLp`);
   * null when the worker has answered none, or was replaced since.
   */
  async lastMipLp(): Promise<string | null> {
    // No worker yet (or none since a restart): nothing to ask, and no reason to start one.
    return this.session ? this.session.call((api) => api.lastMipLp()) : null;
  }

  /**
   * While `moving` (the planner drags or zooms the map), solves wait at
   * their next yield and go on when it ends (`givingWay.ts`). Only where
   * the page is cross-origin isolated: elsewhere solves run on, and this
   * answers false.
   */
  giveWay(moving: boolean): boolean {
    if (!this.signals) return false;
    Atomics.store(this.signals, SIGNAL.giveWay, moving ? 1 : 0);
    if (!moving) Atomics.notify(this.signals, SIGNAL.giveWay);
    return true;
  }

  /** Asks the running solve to return its best plan; replaces the worker if it does not answer. */
  async stop(): Promise<void> {
    // Raised even before the solve is posted: it then stops as soon as it starts.
    if (this.signals) {
      Atomics.store(this.signals, SIGNAL.stop, 1);
      // A solve giving way waits on one of these slots: woken, it sees the stop.
      Atomics.notify(this.signals, SIGNAL.giveWay);
      Atomics.notify(this.signals, SIGNAL.drawing);
    }
    const running = this.running;
    if (!running) return;
    void this.session?.api.stop();
    const settled = running.done.then(
      () => true,
      () => true,
    );
    const answered = await Promise.race([settled, delay(STOP_GRACE_MS).then(() => false)]);
    if (!answered) this.restart();
  }

  dispose(): void {
    this.restart();
  }

  private restart(): void {
    this.session?.terminate();
    this.session = null;
    this.running = null;
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * Posts `call` to a worker holding `scenario`'s network, in turn. The
   * answer comes wrapped so that the queue moves on once the call is posted,
   * not once it is answered.
   */
  private post<T>(
    scenario: Scenario,
    call: (api: Comlink.Remote<SolverWorkerApi>, session: WorkerSession) => Promise<T>,
  ): Promise<{ answer: Promise<T> }> {
    return this.enqueue(async () => {
      const { travel } = scenario;
      if (travel.model === 'road' && !this.holds(travel.network))
        await this.load(this.requestFor(travel.network));
      const session = this.worker();
      return { answer: session.call((api) => call(api, session)) };
    });
  }

  private holds(network: NetworkRef): boolean {
    const held = this.session?.network;
    return !!held && isNetwork(held, network);
  }

  private requestFor(network: NetworkRef): NetworkRequest {
    if (network.kind === 'builtin-city') return network;
    const data = this.maps.get(network.name);
    if (!data) throw new Error(`${describeNetwork(network)} has not been opened`);
    return { kind: 'pbf', name: network.name, data };
  }

  /** One load, run again on the replacement when the worker is replaced meanwhile (a stop not answered). */
  private async load(request: NetworkRequest): Promise<LoadedNetwork> {
    for (;;) {
      const session = this.worker();
      // Read afresh for each attempt: the bytes are transferred, not copied, to the worker.
      const source = await networkSource(request);
      try {
        const loaded = await session.call((api) => api.loadNetwork(source));
        session.network = loaded.id;
        if (request.kind === 'pbf') this.maps.set(request.name, request.data);
        return loaded;
      } catch (error) {
        if (!(error instanceof SolverRestartedError)) throw error;
      }
    }
  }
}

async function networkSource(request: NetworkRequest): Promise<NetworkSource> {
  if (request.kind === 'builtin-city') return request;
  const bytes = await request.data.arrayBuffer();
  return Comlink.transfer({ kind: 'pbf', name: request.name, bytes }, [bytes]);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
