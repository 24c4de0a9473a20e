/**
 * Live planning in the browser: how soon a planner's edit shows new routes on
 * the built-in day (300 orders, 40 shoppers), and how long until its re-solve
 * is over. Headless Chromium (Debian's, launched as the browser tests launch
 * it), the built app served by `vite preview`, the day opened at `/` and its
 * first solve awaited; then per edit "Max orders per batch" is typed into its
 * field (3 → 2 → 3 …) and committed with Enter, and the page itself times:
 *
 *   firstRoutesMs       the scenario changing in the store → the first new `plan` (the debounce included)
 *   firstRoutesDrawnMs  … → the first map frame once the routes source has loaded data given after it
 *   convergedMs         … → `solveStatus` back to 'done' (the solve's final plan)
 *   long tasks          `longtask` entries (each over 50 ms) from the edit to convergence
 *
 * Each solve ends, and its street routes are drawn, before the next edit.
 *
 *   npm run bench:live -- [--edits 20] [--build] [--out FILE]
 *
 * `--build` rebuilds the app first (it is built anyway when `dist/` is missing).
 */
import type { Page } from '@playwright/test';
import { waitForSolvedMap } from '../e2e/mapSignals.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';
import { measureInStudio } from './preview.ts';

const flags = parseFlags(process.argv.slice(2));
const edits = numberFlag(flags, 'edits', 20);
/** The targets. */
const TARGET_FIRST_ROUTES_MS = 250;
const TARGET_CONVERGED_MS = 3000;
const TARGET_LONGEST_TASK_MS = 50;
/** The city's roads built in the worker and the first solve, on a shared 2-core machine. */
const SOLVE_TIMEOUT_MS = 180_000;
const EDIT_TIMEOUT_MS = 60_000;
const FIELD = 'Max orders per batch';

await measureInStudio(flags.has('build'), measure);

async function measure(page: Page, origin: string, pageErrors: string[]): Promise<void> {
  const loadStart = performance.now();
  await page.goto(origin);
  await waitForSolvedMap(page, SOLVE_TIMEOUT_MS);
  const solvedMs = performance.now() - loadStart;

  const field = page.getByRole('spinbutton', { name: FIELD });
  let value = Number(await field.inputValue());
  await page.evaluate(installProbe);

  const rows = [];
  for (let edit = 1; edit <= edits; edit++) {
    value = value === 3 ? 2 : 3;
    await page.evaluate(() => {
      window.liveBench!.current = null;
    });
    await field.fill(String(value));
    await field.press('Enter');
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
    rows.push({ edit, maxOrdersPerBatch: value, ...times });
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
  const firstRoutesMsMedian = median(rows.map((r) => r.firstRoutesMs));
  const convergedMsMedian = median(rows.map((r) => r.convergedMs));
  const longestTaskMs = Math.max(0, ...rows.map((r) => r.longestTaskMs));
  const summary = {
    scenario: state.scenario,
    network: state.network,
    orders: state.orders,
    shoppers: state.shoppers,
    timeLimitSeconds: state.timeLimitSeconds,
    edits,
    editedField: FIELD,
    loadAndSolveMs: solvedMs,
    firstRoutesMsMedian,
    firstRoutesDrawnMsMedian: median(rows.map((r) => r.firstRoutesDrawnMs)),
    convergedMsMedian,
    longestTaskMs,
    longTasksOver50: rows.reduce((sum, r) => sum + r.longTasks, 0),
    targetFirstRoutesMs: TARGET_FIRST_ROUTES_MS,
    targetConvergedMs: TARGET_CONVERGED_MS,
    targetLongestTaskMs: TARGET_LONGEST_TASK_MS,
    firstRoutesTargetMet: firstRoutesMsMedian <= TARGET_FIRST_ROUTES_MS,
    convergedTargetMet: convergedMsMedian <= TARGET_CONVERGED_MS,
    longTaskTargetMet: longestTaskMs <= TARGET_LONGEST_TASK_MS,
    pageErrors,
  };

  console.log(
    `${state.scenario}: ${state.orders} orders, ${state.shoppers} shoppers (${state.network ?? 'no network'}), ` +
      `time budget ${state.timeLimitSeconds} s; loaded and solved in ${(solvedMs / 1000).toFixed(1)} s`,
  );
  console.log(`${edits} edits of "${FIELD}" (typed, Enter)\n`);
  printTable(rows);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\nmedian first routes ${firstRoutesMsMedian.toFixed(0)} ms (target ≤ ${TARGET_FIRST_ROUTES_MS}: ` +
      `${met(summary.firstRoutesTargetMet)}), drawn ${summary.firstRoutesDrawnMsMedian.toFixed(0)} ms; ` +
      `converged ${convergedMsMedian.toFixed(0)} ms (target ≤ ${TARGET_CONVERGED_MS}: ${met(summary.convergedTargetMet)}); ` +
      `longest task ${longestTaskMs.toFixed(0)} ms, ${summary.longTasksOver50} tasks > 50 ms while solving ` +
      `(target none: ${met(summary.longTaskTargetMet)})`,
  );
  for (const error of pageErrors) console.error(`page error: ${error}`);
  writeJson(flags.get('out'), { summary, edits: rows });
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

  // Drawn: the first frame once the routes source, given data after the plan changed, has loaded it.
  const map = window.dispatchStudioMap!;
  const routes = map.getSource<import('maplibre-gl').GeoJSONSource>('routes')!;
  const setData = routes.setData.bind(routes);
  let waiting: EditTimes | null = null;
  let fed = false;
  routes.setData = (...args: Parameters<typeof setData>) => {
    if (waiting) fed = true;
    return setData(...args);
  };
  map.on('sourcedata', (event) => {
    const edit = waiting;
    if (!edit || !fed || event.sourceId !== 'routes' || !map.isSourceLoaded('routes')) return;
    waiting = null;
    map.once('render', () => {
      edit.drawnAt = performance.now();
    });
    map.triggerRepaint();
  });
  const awaitDrawn = (edit: EditTimes) => {
    waiting = edit;
    fed = false;
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
