/**
 * The inspector's Compare tab: the plan on screen against a baseline (a plan
 * kept by the planner, or the plan before the last edit), KPI by KPI and
 * order by order, with the changed orders marked on the map.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  markPlan,
  openInspectorTab,
  test,
  waitForMapIdle,
  waitForResolve,
  waitForSolvedMap,
} from './fixtures.ts';

async function setMaxOrdersPerBatch(page: Page, n: number) {
  await markPlan(page);
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await field.fill(String(n));
  await field.press('Enter');
  await waitForResolve(page);
}

/** What the map's source of changed-order marks holds: order ids, as the page has them. */
const markedOrders = (page: Page) =>
  page.evaluate(async () => {
    const source = window.dispatchStudioMap!.getSource<import('maplibre-gl').GeoJSONSource>('changed')!;
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    return data.features.map((f) => String(f.properties!.orderId)).sort();
  });

const listedOrders = async (page: Page) =>
  (
    await page
      .getByTestId('changed-orders')
      .locator('button')
      .evaluateAll((b) => b.map((e) => e.dataset.orderId!))
  ).sort();

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('a kept plan against one order per batch: KPI deltas, the changed orders listed, selected and marked on the map', async ({
  page,
}) => {
  await openInspectorTab(page, 'Compare');
  // The first plan was solved from nothing: there is no baseline yet.
  await expect(page.getByTestId('compare-empty')).toContainText('Nothing to compare yet');
  const kept = page.getByRole('radio', { name: /^Kept at \d\d:\d\d:\d\d$/ });

  await page.getByRole('button', { name: 'Keep as baseline' }).click();
  await expect(kept).toBeChecked();
  await expect(page.getByText('No order changed.')).toBeVisible();
  await expect(page.getByTestId('compare-kpi-batches')).toHaveAttribute('data-verdict', 'same');

  const before = await page.evaluate(
    () => window.dispatchStudio!.getState().plan!.routes.flatMap((r) => r.trips).length,
  );
  await setMaxOrdersPerBatch(page, 1);
  const after = await page.evaluate(() => {
    const { plan } = window.dispatchStudio!.getState();
    return { batches: plan!.routes.flatMap((r) => r.trips).length };
  });
  expect(after.batches).toBeGreaterThan(before);

  // The KPI table: the batches each plan has, the change, and the verdict in words.
  const batches = page.getByTestId('compare-kpi-batches');
  await expect(batches).toHaveAttribute('data-delta', String(after.batches - before));
  await expect(batches.locator('td')).toHaveText([
    String(before),
    String(after.batches),
    `+${after.batches - before}`,
    'changed',
  ]);
  await expect(page.getByTestId('compare-kpi-meanBatchSize').locator('th')).toHaveText(
    'Batch size, mean (orders)',
  );
  await expect(page.getByTestId('compare-kpi-meanBatchSize').locator('td').nth(1)).toHaveText('1.00');
  for (const verdict of await page.locator('.compare-kpis tbody td.verdict').allTextContents())
    expect(['', 'better', 'worse', 'changed']).toContain(verdict);

  // The changed orders: batches were split, so some orders ride alone now.
  const list = page.getByTestId('changed-orders');
  await expect(list.locator('li').first()).toBeVisible();
  const batchFilter = page.getByRole('button', { name: /^Batch \d+$/ });
  await expect(batchFilter).toBeVisible();
  const listed = await listedOrders(page);
  expect(listed.length).toBeGreaterThan(0);

  // The map marks exactly the listed orders (the whole list: fewer than a page of 100 rows, or the first page).
  await waitForMapIdle(page);
  const marked = await markedOrders(page);
  if (listed.length < 100) expect(marked).toEqual(listed);
  else expect(marked.length).toBeGreaterThanOrEqual(listed.length);
  const drawn = await page.evaluate(
    () => window.dispatchStudioMap!.queryRenderedFeatures({ layers: ['changed-orders'] }).length,
  );
  expect(drawn).toBeGreaterThan(0);
  await expect(page.getByRole('list', { name: 'Legend', exact: true })).toContainText('Changed vs baseline');

  // Filtered to batch changes: the list and the marks follow.
  await batchFilter.click();
  await expect(batchFilter).toHaveAttribute('aria-pressed', 'true');
  const batchCount = Number(/\d+$/.exec((await batchFilter.textContent()) ?? '')![0]);
  const rows = list.locator('button');
  await expect(rows.first()).toContainText(/batch \d+ → 1 orders \(split\)/);
  if (batchCount < 100) {
    await expect(rows).toHaveCount(batchCount);
    await expect.poll(async () => (await markedOrders(page)).length).toBe(batchCount);
  }

  // A row selects its order: the order card opens on the map, the row is marked current.
  const first = rows.first();
  const orderId = await first.getAttribute('data-order-id');
  await first.click();
  await expect(page.getByTestId('order-card')).toHaveAccessibleName(`Order ${orderId}`);
  await expect(first).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => window.dispatchStudio!.getState().selectedOrderId)).toBe(orderId);

  // The marks go with the tab.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect.poll(async () => (await markedOrders(page)).length).toBe(0);
  await expect(page.getByRole('list', { name: 'Legend', exact: true })).not.toContainText(
    'Changed vs baseline',
  );
});

test('without a kept plan, an edit is compared with the plan before it; forgetting a kept plan goes back to that', async ({
  page,
}) => {
  await setMaxOrdersPerBatch(page, 2);
  await openInspectorTab(page, 'Compare');
  await expect(page.getByRole('radio', { name: 'Before last re-solve' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Kept (none yet)' })).toBeDisabled();
  await expect(page.getByTestId('compare-baseline')).toContainText(
    'Baseline: the plan on screen when the last solve started.',
  );
  // Delivered: the change the table states is the one between the two plans in the store.
  const delivered = await page.evaluate(() => {
    const { plan, solveStartedFrom } = window.dispatchStudio!.getState();
    const count = (p: typeof plan) =>
      p!.routes.flatMap((r) => r.trips.flatMap((t) => t.stops.filter((s) => s.kind === 'delivery'))).length;
    return count(plan) - count(solveStartedFrom);
  });
  await expect(page.getByTestId('compare-kpi-delivered')).toHaveAttribute('data-delta', String(delivered));
  await expect(page.getByTestId('changed-orders').locator('li').first()).toBeVisible();

  // Every control of the tab has a name.
  for (const control of await page.locator('.compare button, .compare input').all())
    await expect(control).toHaveAccessibleName(/\S/);

  await page.getByRole('button', { name: 'Keep as baseline' }).click();
  await expect(page.getByText('No order changed.')).toBeVisible();
  await page.getByRole('button', { name: 'Forget kept baseline' }).click();
  await expect(page.getByRole('radio', { name: 'Before last re-solve' })).toBeChecked();
  await expect(page.getByTestId('changed-orders').locator('li').first()).toBeVisible();
});
