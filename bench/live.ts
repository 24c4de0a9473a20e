/**
 * Live planning in the browser: how soon a planner's edit shows new routes,
 * and how long until its re-solve is over. Headless Chromium (Debian's,
 * launched as the browser tests launch it), the built app served by `vite
 * preview`, the built-in day (300 orders, 40 shoppers) opened at `/` and its
 * first solve awaited — or, with `--orders` / `--shoppers`, a day of that size
 * generated on the built-in city through the "Generate a day" form (fields
 * filled, Generate clicked, as a planner would) and its first solve awaited.
 * Then per edit "Max orders per batch" is typed into its field (3 → 2 → 3 …)
 * and committed with Enter, and the page itself times:
 *
 *   firstRoutesMs       the scenario changing in the store → the first new `plan` (an edit after a pause solves at once)
 *   firstRoutesDrawnMs  … → the first map frame showing that plan's routes: once the routes source has loaded
 *                       what it was given for it (whole or as changes), or the next frame when it was given nothing
 *   convergedMs         … → `solveStatus` back to 'done' (the solve's final plan)
 *   long tasks          `longtask` entries (each over 50 ms) from the edit to convergence
 *
 * Each solve ends, and its street routes are drawn, before the next edit.
 *
 * With `--pan`, the planner also drags the map (`mapDrag.ts`) from the moment
 * of each edit for `PAN_MS`, while the worker solves, and the frames drawn are
 * compared with the same drag over the still plan before the edits: whether
 * the map stays as smooth while the worker solves. The solve gives way while
 * the map is dragged (`givingWay.ts`), so it converges that much later, and
 * the drag's own frames are main-thread tasks too: the convergence and
 * long-task targets are judged without `--pan`.
 *
 *   npm run bench:live -- [--edits 20] [--orders N] [--shoppers N] [--pan] [--build] [--out FILE]
 *
 * `--build` rebuilds the app first (it is built anyway when `dist/` is missing).
 */
import type { Page } from '@playwright/test';
import { waitForMapIdle, waitForSolvedMap } from '../e2e/mapSignals.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';
import { type DayCounts, generateDayThroughForm } from './generateDayForm.ts';
import { type DragFigures, dragMap } from './mapDrag.ts';
import { measureInStudio } from './preview.ts';

const flags = parseFlags(process.argv.slice(2));
const edits = numberFlag(flags, 'edits', 20);
const pan = flags.has('pan');
/** Dragging from the edit for about the solve's length (the 3 s budget). */
const PAN_MS = 2500;
/** An unmeasured drag first: the GeoJSON tiles just outside the view are cut and uploaded once. */
const WARM_UP_MS = 1000;
/** The day to generate through the form; null: the built-in day. */
const generated = flags.has('orders') || flags.has('shoppers') ? dayFlags() : null;
/**
 * The issue's targets: on the built-in day's scale, first routes within 250 ms and convergence within 3 s;
 * from 2,000 orders, first routes within 1 s (and no target for convergence). No long task on either.
 */
const LARGE_DAY_ORDERS = 2000;
const targetsFor = (orders: number) =>
  orders >= LARGE_DAY_ORDERS
    ? { firstRoutesMs: 1000, convergedMs: null, longestTaskMs: 50 }
    : { firstRoutesMs: 250, convergedMs: 3000, longestTaskMs: 50 };
/** The city's roads built in the worker and the first solve, on a shared 2-core machine. */
const SOLVE_TIMEOUT_MS = 180_000;
const EDIT_TIMEOUT_MS = 60_000;
const FIELD = 'Max orders per batch';

await measureInStudio(flags.has('build'), measure);

async function measure(page: Page, origin: string, pageErrors: string[]): Promise<void> {
  const loadStart = performance.now();
  await page.goto(origin);
  await waitForSolvedMap(page, SOLVE_TIMEOUT_MS);
  if (generated) await generateDayThroughForm(page, generated, EDIT_TIMEOUT_MS, SOLVE_TIMEOUT_MS);
  const solvedMs = performance.now() - loadStart;

  const field = page.getByRole('spinbutton', { name: FIELD });
  let value = Number(await field.inputValue());
  await page.evaluate(installProbe);

  const view = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    return { center: map.getCenter().toArray(), zoom: map.getZoom() };
  });
  /** Every drag starts from the view the day opened in. */
  const resetView = async () => {
    await page.evaluate(({ center, zoom }) => window.dispatchStudioMap!.jumpTo({ center, zoom }), view);
    await waitForMapIdle(page);
  };
  let stillDrag: DragFigures | null = null;
  if (pan) {
    await resetView();
    await dragMap(page, WARM_UP_MS, false);
    await resetView();
    stillDrag = await dragMap(page, PAN_MS, true);
  }

  const rows = [];
  for (let edit = 1; edit <= edits; edit++) {
    value = value === 3 ? 2 : 3;
    if (pan) await resetView();
    await page.evaluate(() => {
      window.liveBench!.current = null;
    });
    await field.fill(String(value));
    await field.press('Enter');
    const dragged = pan ? await dragMap(page, PAN_MS, true) : null;
    await page.waitForFunction(
      () => {
        const current = window.liveBench!.current;
        return !!current && current.doneAt !== null && current.drawnAt !== null;
      },
      undefined,
      { timeout: EDIT_TIMEOUT_MS },
    );
    await waitForSolvedMap(page, EDIT_TIMEOUT_MS);
    const times = await page.evaluate(() => {
      const { current, longTasks } = window.liveBench!;
      const { editAt, planAt, drawnAt, doneAt, planUpdates } = current!;
      const during = longTasks.filter((t) => t.start + t.duration > editAt && t.start < doneAt!);
      return {
        firstRoutesMs: planAt! - editAt,
        firstRoutesDrawnMs: drawnAt! - editAt,
        convergedMs: doneAt! - editAt,
        planUpdates,
        longTasks: during.length,
        longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      };
    });
    rows.push({
      edit,
      maxOrdersPerBatch: value,
      ...times,
      ...(dragged ? { panFps: dragged.fps, longestFrameMs: dragged.longestFrameMs } : {}),
    });
  }

  const state = await page.evaluate(() => {
    const { scenario, networkId } = window.dispatchStudio!.getState();
    return {
      scenario: scenario.name,
      network: networkId ? Object.values(networkId).join(' ') : null,
      orders: scenario.orders.length,
      shoppers: scenario.shoppers.length,
      timeLimitSeconds: window.dispatchStudio!.getState().solveOptions.timeLimitSeconds,
    };
  });
  const target = targetsFor(state.orders);
  const firstRoutesMsMedian = median(rows.map((r) => r.firstRoutesMs));
  const convergedMsMedian = median(rows.map((r) => r.convergedMs));
  const longestTaskMs = Math.max(0, ...rows.map((r) => r.longestTaskMs));
  const summary = {
    scenario: state.scenario,
    network: state.network,
    orders: state.orders,
    shoppers: state.shoppers,
    generated: generated !== null,
    timeLimitSeconds: state.timeLimitSeconds,
    edits,
    editedField: FIELD,
    loadAndSolveMs: solvedMs,
    firstRoutesMsMedian,
    firstRoutesDrawnMsMedian: median(rows.map((r) => r.firstRoutesDrawnMs)),
    convergedMsMedian,
    longestTaskMs,
    longTasksOver50: rows.reduce((sum, r) => sum + r.longTasks, 0),
    targetFirstRoutesMs: target.firstRoutesMs,
    targetConvergedMs: target.convergedMs,
    targetLongestTaskMs: target.longestTaskMs,
    firstRoutesTargetMet: firstRoutesMsMedian <= target.firstRoutesMs,
    convergedTargetMet: target.convergedMs === null || pan ? null : convergedMsMedian <= target.convergedMs,
    longTaskTargetMet: pan ? null : longestTaskMs <= target.longestTaskMs,
    ...(stillDrag
      ? {
          panMs: PAN_MS,
          panFpsStill: stillDrag.fps,
          longestFrameMsStill: stillDrag.longestFrameMs,
          panFpsSolvingMedian: median(rows.map((r) => r.panFps!)),
          longestFrameMsSolving: Math.max(...rows.map((r) => r.longestFrameMs!)),
        }
      : {}),
    pageErrors,
  };

  const setting = generated
    ? `generated day, ${state.orders} orders, ${state.shoppers} shoppers (through the form)`
    : `built-in day, ${state.orders} orders, ${state.shoppers} shoppers`;
  console.log(
    `${setting}: "${state.scenario}" on ${state.network ?? 'no network'}, time budget ${state.timeLimitSeconds} s; ` +
      `loaded${generated ? ', generated' : ''} and solved in ${(solvedMs / 1000).toFixed(1)} s`,
  );
  console.log(`${edits} edits of "${FIELD}" (typed, Enter)\n`);
  printTable(rows);
  const met = (ok: boolean | null) => (ok === null ? 'no target' : ok ? 'met' : 'NOT met');
  console.log(
    `\n${setting}: median first routes ${firstRoutesMsMedian.toFixed(0)} ms (target ≤ ${target.firstRoutesMs}: ` +
      `${met(summary.firstRoutesTargetMet)}), drawn ${summary.firstRoutesDrawnMsMedian.toFixed(0)} ms; ` +
      `converged ${convergedMsMedian.toFixed(0)} ms (` +
      `${target.convergedMs === null ? '' : `target ≤ ${target.convergedMs}: `}` +
      `${pan && target.convergedMs !== null ? 'judged without --pan' : met(summary.convergedTargetMet)}); ` +
      `longest task ${longestTaskMs.toFixed(0)} ms, ${summary.longTasksOver50} tasks > 50 ms while solving ` +
      `(target none: ${pan ? 'judged without --pan' : met(summary.longTaskTargetMet)})`,
  );
  if (stillDrag)
    console.log(
      `map dragged ${PAN_MS} ms from each edit: median ${summary.panFpsSolvingMedian!.toFixed(1)} fps while solving ` +
        `(longest frame ${summary.longestFrameMsSolving!.toFixed(0)} ms) against ${stillDrag.fps.toFixed(1)} fps ` +
        `over the still plan (longest ${stillDrag.longestFrameMs.toFixed(0)} ms)`,
    );
  for (const error of pageErrors) console.error(`page error: ${error}`);
  writeJson(flags.get('out'), { summary, edits: rows });
}

/** `--orders` / `--shoppers`; the one not given keeps the form's value. */
function dayFlags(): DayCounts {
  const count = (name: string) => (flags.has(name) ? numberFlag(flags, name, 0) : null);
  return { orders: count('orders'), shoppers: count('shoppers') };
}

interface EditTimes {
  editAt: number;
  planAt: number | null;
  drawnAt: number | null;
  doneAt: number | null;
  solving: boolean;
  planUpdates: number;
}

declare global {
  interface Window {
    /** What `installProbe` has seen: the edit under way and every long task. */
    liveBench?: { current: EditTimes | null; longTasks: { start: number; duration: number }[] };
  }
}

/** In the page: times each edit from the store's own changes, as they are set. */
function installProbe(): void {
  const probe: NonNullable<Window['liveBench']> = { current: null, longTasks: [] };
  window.liveBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });

  // Drawn: the first frame once the routes source, given data after the plan changed (only what changed), has
  // loaded all of it.
  const map = window.dispatchStudioMap!;
  const routes = map.getSource<import('maplibre-gl').GeoJSONSource>('routes')!;
  const setData = routes.setData.bind(routes);
  const updateData = routes.updateData.bind(routes);
  let waiting: EditTimes | null = null;
  let fed = false;
  routes.setData = (...args: Parameters<typeof setData>) => {
    if (waiting) fed = true;
    return setData(...args);
  };
  routes.updateData = (...args: Parameters<typeof updateData>) => {
    if (waiting) fed = true;
    return updateData(...args);
  };
  const drawNextFrame = (edit: EditTimes) => {
    map.once('render', () => {
      edit.drawnAt = performance.now();
    });
    map.triggerRepaint();
  };
  map.on('sourcedata', (event) => {
    if (!waiting || !fed || event.sourceId !== 'routes') return;
    // A large change reaches the source in several messages, the next sent as the one before is answered
    // (`sourceUpdates.ts`): loaded once no message is left, which only a later task can tell.
    setTimeout(() => {
      const edit = waiting;
      if (!edit || !map.isSourceLoaded('routes')) return;
      waiting = null;
      drawNextFrame(edit);
    }, 0);
  });
  const awaitDrawn = (edit: EditTimes) => {
    waiting = edit;
    fed = false;
    // The map is given the plan while React renders this very store change, before any timer. When that sent
    // the routes nothing (a map updated with only what changed, and this plan kept every route), the routes on
    // screen are already the plan's: the next frame shows them.
    setTimeout(() => {
      if (waiting !== edit || fed) return;
      waiting = null;
      drawNextFrame(edit);
    }, 0);
  };

  const store = window.dispatchStudio!;
  let previous = store.getState();
  const onChange = () => {
    const state = store.getState();
    if (state === previous) return;
    const now = performance.now();
    if (state.scenario !== previous.scenario) {
      probe.current = {
        editAt: now,
        planAt: null,
        drawnAt: null,
        doneAt: null,
        solving: false,
        planUpdates: 0,
      };
    } else if (probe.current) {
      const edit = probe.current;
      if (state.plan !== previous.plan && edit.doneAt === null) {
        edit.planUpdates++;
        if (edit.planAt === null) {
          edit.planAt = now;
          awaitDrawn(edit);
        }
      }
      if (state.solveStatus === 'solving') edit.solving = true;
      else if (edit.solving && edit.doneAt === null && state.solveStatus !== 'idle') edit.doneAt = now;
    }
    previous = state;
  };
  store.subscribe(onChange);
}
