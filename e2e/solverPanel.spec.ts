/**
 * The inspector's Solver tab: the solve charted and counted, HiGHS' log of
 * the last MIP, and the files it hands out. The LP file is read back by
 * HiGHS here in Node, as an engineer's own copy of HiGHS would read it, and
 * must give the MIP the panel reports.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import highsLoader from 'highs';
import type { Plan } from '../src/domain/plan.ts';
import type { PlanFile } from '../src/domain/planFile.ts';
import { expect, openInspectorTab, test, waitForSolvedMap } from './fixtures.ts';

const OBJECTIVE_COLOR = [0x25, 0x63, 0xeb];

/** The raw number a count of the panel carries; null where it shows none. */
async function shownValue(page: Page, testId: string): Promise<number | null> {
  const value = await page.getByTestId(testId).getAttribute('data-value');
  return value === null ? null : Number(value);
}

async function countOf(page: Page, testId: string): Promise<number> {
  const value = await shownValue(page, testId);
  if (value === null) throw new Error(`${testId} shows no number`);
  return value;
}

/** Clicks `button` and reads the file the browser downloads. */
async function download(page: Page, button: Locator): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, text: await readFile((await file.path())!, 'utf8') };
}

const ordersIn = (plan: Plan) =>
  plan.routes.reduce((n, r) => n + r.trips.reduce((m, t) => m + t.orderIds.length, 0), 0) +
  plan.unassigned.length;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('the Solver tab charts and counts the solve and shows the last MIP with its HiGHS log', async ({
  page,
}) => {
  await openInspectorTab(page, 'Solver');
  const stats = await page.evaluate(() => window.dispatchStudio!.getState().planResult!.stats);

  const figure = page.getByRole('figure', { name: 'Objective over time' });
  await expect(figure.locator('canvas')).toHaveCount(1);
  // A MIP stopped by its time limit before its root LP has no bound: the chart then says so.
  const bound = stats.lastMip!.bound;
  await expect(figure).toHaveAccessibleDescription(
    bound === null
      ? /^The objective went from [\d,.]+ at [\d.]+ s to [\d,.]+ at [\d.]+ s; no MIP has given a bound yet\.$/
      : /^The objective went from [\d,.]+ at [\d.]+ s to [\d,.]+ at [\d.]+ s; the last MIP's bound for its route pool is [\d,.]+\.$/,
  );
  await expect(page.getByTestId('solver-run-summary')).toHaveText(
    bound === null ? /^objective [\d,.]+$/ : /^objective [\d,.]+ · pool bound [\d,.]+ · gap [\d.]+%$/,
  );
  // A line, not just axes: the objective's colour is drawn.
  const drawn = await figure.locator('canvas').evaluate((element, rgb) => {
    const c = element as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
    }
    return n;
  }, OBJECTIVE_COLOR);
  expect(drawn).toBeGreaterThan(50);

  // The engine's counts are the solve's own.
  expect(await countOf(page, 'solver-iterations')).toBe(stats.iterations);
  expect(await countOf(page, 'solver-pool-size')).toBe(stats.routePoolSize);
  expect(await countOf(page, 'solver-mip-solves')).toBe(stats.mipSolves);
  expect(stats.mipSolves).toBeGreaterThan(0);

  // The last MIP: a row per order (300) and per shopper class, a column per pool route and per order.
  const mip = stats.lastMip!;
  const rows = await countOf(page, 'mip-rows');
  const columns = await countOf(page, 'mip-columns');
  expect(rows).toBe(mip.rows);
  expect(rows).toBeGreaterThan(300);
  expect(columns).toBe(mip.columns);
  expect(columns).toBeGreaterThan(300);
  expect(await countOf(page, 'mip-nonzeros')).toBe(mip.nonZeros);
  expect(await countOf(page, 'mip-nodes')).toBe(mip.nodes);
  await expect(page.getByTestId('mip-status')).toHaveText(/^(Optimal|Time limit reached)$/);

  // HiGHS' own words about the same MIP, in a region that scrolls from the keyboard.
  const log = page.getByRole('region', { name: 'HiGHS log' });
  await expect(log).toContainText(`MIP has ${rows} rows; ${columns} cols; ${mip.nonZeros} nonzeros`);
  await expect(log).toContainText(/Solving report/);
  await expect(log.locator('pre')).toHaveCSS('font-family', /monospace/);
});

test('the last MIP downloads as an LP file that HiGHS reads back to the MIP the panel shows', async ({
  page,
}) => {
  await openInspectorTab(page, 'Solver');
  const status = await page.evaluate(() => window.dispatchStudio!.getState().solverRun.lastMip!.status);
  const objective = await countOf(page, 'mip-objective');
  const bound = await shownValue(page, 'mip-bound');
  const rows = await countOf(page, 'mip-rows');
  const columns = await countOf(page, 'mip-columns');

  const { file, text } = await download(page, page.getByRole('button', { name: 'Download last MIP (.lp)' }));
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+-last-mip\.lp$/);
  expect(text).toMatch(/^\\ Set partitioning over the route pool/);
  expect(text).toContain(`\\ ${rows} rows, ${columns} columns`);
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(255);

  const highs = await highsLoader();
  const read = highs.solve(text);
  expect(read.Status).toBe('Optimal');
  expect(read.Rows).toHaveLength(rows);
  expect(Object.keys(read.Columns)).toHaveLength(columns);
  const tolerance = 1e-6 * Math.max(1, Math.abs(objective));
  if (status === 'optimal') {
    expect(Math.abs(read.ObjectiveValue - objective)).toBeLessThanOrEqual(tolerance);
  } else {
    // Stopped by its time limit in the studio: the true optimum lies between its bound (if it had one) and its best.
    expect(read.ObjectiveValue).toBeLessThanOrEqual(objective + tolerance);
    if (bound !== null) expect(read.ObjectiveValue).toBeGreaterThanOrEqual(bound - tolerance);
  }
});

test('the plan downloads as JSON named after its scenario, with every order and the validator findings', async ({
  page,
}) => {
  await openInspectorTab(page, 'Solver');
  const { file, text } = await download(page, page.getByRole('button', { name: 'Download plan (.json)' }));
  const expected = await page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    return { name: scenario.name, orders: scenario.orders.length, plan };
  });
  expect(file.suggestedFilename()).toMatch(/^[a-z0-9-]+-plan\.json$/);
  const saved = JSON.parse(text) as PlanFile;
  expect(saved.format).toBe('dispatch-studio-plan');
  expect(saved.scenario).toBe(expected.name);
  expect(saved.violations).toEqual([]);
  expect(ordersIn(saved.plan)).toBe(expected.orders);
  expect(expected.orders).toBe(300);
  expect(saved.plan).toEqual(expected.plan);
});

test('a new solve starts the panel afresh: no MIP to download until HiGHS answers one, and says so', async ({
  page,
}) => {
  await openInspectorTab(page, 'Solver');
  const mipButton = page.getByRole('button', { name: 'Download last MIP (.lp)' });
  await expect(mipButton).toHaveAttribute('aria-disabled', 'false');
  await page.getByRole('button', { name: 'Solve', exact: true }).click();
  // The first MIP of a solve comes a second into its search: until then there is nothing to hand out.
  await expect(mipButton).toHaveAttribute('aria-disabled', 'true');
  await expect(mipButton).toHaveAccessibleDescription('HiGHS has not finished a MIP in this solve yet.');
  await expect(page.getByTestId('mip-rows')).toHaveText('—');
  await expect(mipButton).toHaveAttribute('aria-disabled', 'false', { timeout: 30_000 });
  await expect.poll(() => shownValue(page, 'mip-rows')).toBeGreaterThan(300);
});

test('the tab, its buttons and its log are reached and used from the keyboard', async ({ page }) => {
  // The tab before it in the dock.
  await page.getByRole('tab', { name: 'Compare' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Solver' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Solver' })).toHaveAttribute('aria-selected', 'true');

  const reached: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return active.getAttribute('aria-label') ?? active.textContent!.trim();
      }),
    );
  }
  expect(reached).toEqual(['Hide', 'Download last MIP (.lp)', 'Download plan (.json)', 'HiGHS log']);

  // The log scrolls under the keyboard, and the plan downloads with Enter.
  const log = page.getByRole('region', { name: 'HiGHS log' });
  await expect(log).toBeFocused();
  await page.keyboard.press('End');
  await expect.poll(() => log.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Download plan (.json)' }).focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/-plan\.json$/);
});
