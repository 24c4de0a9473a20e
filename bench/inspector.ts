/**
 * The inspector on a big day, in the browser: how soon "why?" answers for a
 * selected order, and whether the timeline scrolls without dropped frames.
 * Headless Chromium (Debian's, the browser tests' flags), the built app on
 * `vite preview`; a day of 2,000 orders and 200 shoppers (or `--orders` /
 * `--shoppers`) generated on the built-in city through the "Generate a day"
 * form, and its first solve awaited. Then:
 *
 *   whyMs        per order (`--orders-asked`, spread over the day, served and unassigned alike): the order
 *                selected as a map click selects it (the store's `selectOrder`) → the first frame whose order
 *                card shows its "why?" summary
 *   workerMs     the worker's part of that (explaining, without the round trip and the drawing)
 *   scroll       per view of the timeline (shoppers' days, orders' windows), once the view has drawn its first
 *                frames: mouse-wheel scrolling over its rows for `--seconds`, with a `requestAnimationFrame` loop timing every frame; a frame is dropped when
 *                it comes over 1.5 × the run's median frame interval after the one before; long tasks (over 50 ms) counted from the Long Tasks API
 *
 *   npm run bench:inspector -- [--orders 2000] [--shoppers 200] [--orders-asked 20] [--seconds 3] [--build] [--out FILE]
 */
import type { Page } from '@playwright/test';
import { waitForSolvedMap } from '../e2e/mapSignals.ts';
import { median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';
import { generateDayThroughForm } from './generateDayForm.ts';
import { measureInStudio } from './preview.ts';

const flags = parseFlags(process.argv.slice(2));
const orders = numberFlag(flags, 'orders', 2000);
const shoppers = numberFlag(flags, 'shoppers', 200);
const ordersAsked = numberFlag(flags, 'orders-asked', 20);
const scrollSeconds = numberFlag(flags, 'seconds', 3);
/** The target: "why?" within 200 ms of selecting; no dropped frames while the timeline scrolls. */
const TARGET_WHY_MS = 200;
const SOLVE_TIMEOUT_MS = 240_000;
const ANSWER_TIMEOUT_MS = 60_000;
const VIEWS = [
  { view: 'By shopper', rows: "Shoppers' days" },
  { view: 'By order', rows: "Orders' windows" },
] as const;

await measureInStudio(flags.has('build'), measure);

async function measure(page: Page, origin: string, pageErrors: string[]): Promise<void> {
  await page.goto(origin);
  await waitForSolvedMap(page, SOLVE_TIMEOUT_MS);
  await generateDayThroughForm(page, { orders, shoppers }, ANSWER_TIMEOUT_MS, SOLVE_TIMEOUT_MS);
  await page.evaluate(observeLongTasks);

  const day = await page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    return {
      orderIds: scenario.orders.map((o) => o.id),
      unassigned: plan!.unassigned.map((u) => u.orderId),
      orders: scenario.orders.length,
      shoppers: scenario.shoppers.length,
    };
  });
  const asked = spread(day.orderIds, ordersAsked);

  const whyRows = [];
  for (const orderId of asked) {
    const times = await page.evaluate(timeWhy, { orderId, timeoutMs: ANSWER_TIMEOUT_MS });
    whyRows.push({
      order: orderId,
      status: times.status,
      whyMs: times.whyMs,
      workerMs: times.workerMs,
      longestTaskMs: times.longestTaskMs,
    });
  }

  const scrollRows = [];
  for (const { view, rows } of VIEWS) {
    await page.getByRole('button', { name: view, exact: true }).click();
    const list = page.getByRole('listbox', { name: rows });
    await list.waitFor();
    const box = (await list.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Scrolling is measured, not the switch: the view's first drawing (a new list mounted) is let finish.
    await page.evaluate(afterFrames, 3);
    await page.evaluate(startFrameProbe);
    const until = Date.now() + scrollSeconds * 1000;
    let direction = 1;
    let steps = 0;
    while (Date.now() < until) {
      await page.mouse.wheel(0, direction * 120);
      // Down to the end and back up, so the whole list is rendered in turn.
      if (++steps % 40 === 0) direction = -direction;
      await page.waitForTimeout(16);
    }
    const frames = await page.evaluate(stopFrameProbe);
    scrollRows.push({ view, ...frames });
  }

  const whyMsMedian = median(whyRows.map((r) => r.whyMs));
  const whyMsMax = Math.max(...whyRows.map((r) => r.whyMs));
  const droppedFrames = scrollRows.reduce((sum, r) => sum + r.droppedFrames, 0);
  const summary = {
    orders: day.orders,
    shoppers: day.shoppers,
    unassigned: day.unassigned.length,
    ordersAsked: asked.length,
    whyMsMedian,
    whyMsMax,
    workerMsMedian: median(whyRows.map((r) => r.workerMs)),
    targetWhyMs: TARGET_WHY_MS,
    whyTargetMet: whyMsMax <= TARGET_WHY_MS,
    scrollSeconds,
    droppedFrames,
    scrollLongTasks: scrollRows.reduce((sum, r) => sum + r.longTasks, 0),
    scrollTargetMet: droppedFrames === 0,
    pageErrors,
  };

  console.log(
    `generated day, ${day.orders} orders, ${day.shoppers} shoppers (${day.unassigned.length} unassigned)\n`,
  );
  printTable(whyRows);
  console.log('');
  printTable(scrollRows);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\n"why?": median ${whyMsMedian.toFixed(0)} ms, slowest ${whyMsMax.toFixed(0)} ms (target ≤ ${TARGET_WHY_MS}: ` +
      `${met(summary.whyTargetMet)}); timeline scroll: ${droppedFrames} dropped frames, ` +
      `${summary.scrollLongTasks} long tasks (target none dropped: ${met(summary.scrollTargetMet)})`,
  );
  for (const error of pageErrors) console.error(`page error: ${error}`);
  writeJson(flags.get('out'), { summary, why: whyRows, scroll: scrollRows });
}

/** `count` ids spread evenly over the list. */
function spread(ids: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, i) => i % step === 0).slice(0, count);
}

declare global {
  interface Window {
    /** Long tasks seen since `observeLongTasks`, and the frame probe's times. */
    inspectorBench?: { longTasks: { start: number; duration: number }[]; frames: number[]; running: boolean };
  }
}

function observeLongTasks(): void {
  const probe: NonNullable<Window['inspectorBench']> = { longTasks: [], frames: [], running: false };
  window.inspectorBench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
}

/** In the page: selects the order, then waits for the frame whose card shows its "why?" summary. */
function timeWhy({ orderId, timeoutMs }: { orderId: string; timeoutMs: number }): Promise<{
  status: string;
  whyMs: number;
  workerMs: number;
  longestTaskMs: number;
}> {
  const store = window.dispatchStudio!;
  const probe = window.inspectorBench!;
  store.getState().selectOrder(null);
  return new Promise((resolve, reject) => {
    // A fresh frame first, so the selection starts from a settled page.
    requestAnimationFrame(() => {
      const started = performance.now();
      store.getState().selectOrder(orderId);
      const check = () => {
        const now = performance.now();
        const asked = store.getState().orderExplanation;
        const summary = document.querySelector('[data-testid="order-why"] [data-testid="why-summary"]');
        if (asked?.orderId === orderId && asked.status === 'ready' && summary) {
          const during = probe.longTasks.filter((t) => t.start + t.duration > started);
          resolve({
            status: asked.explanation!.status,
            whyMs: now - started,
            workerMs: asked.ms ?? Number.NaN,
            longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
          });
        } else if (asked?.orderId === orderId && asked.status === 'error') {
          reject(new Error(`why? failed for ${orderId}: ${asked.error}`));
        } else if (now - started > timeoutMs) {
          reject(new Error(`no answer to why? for ${orderId} within ${timeoutMs} ms`));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
}

/** In the page: resolves once `count` frames have been drawn. */
function afterFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const tick = () => (--count <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
}

/** In the page: times every frame from now until `stopFrameProbe`. */
function startFrameProbe(): void {
  const probe = window.inspectorBench!;
  probe.frames = [];
  probe.running = true;
  const tick = (t: number) => {
    probe.frames.push(t);
    if (probe.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrameProbe(): Promise<{
  frames: number;
  frameMsMedian: number;
  longestFrameMs: number;
  droppedFrames: number;
  longTasks: number;
}> {
  const probe = window.inspectorBench!;
  probe.running = false;
  const { frames } = probe;
  const started = frames[0]!;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return Promise.resolve({
    frames: frames.length,
    frameMsMedian: typical,
    longestFrameMs: sorted.at(-1) ?? 0,
    droppedFrames: intervals.filter((ms) => ms > 1.5 * typical).length,
    longTasks: probe.longTasks.filter((t) => t.start >= started).length,
  });
}
