import { expect, test, waitForMapIdle, waitForSolvedMap } from './fixtures.ts';
import { routeDistanceToRoads } from './mapQueries.ts';

/** Distinct values of `property` among the features a layer has rendered. */
async function renderedIds(page: import('@playwright/test').Page, layer: string, property: string) {
  return page.evaluate(
    ({ layer, property }) => {
      const map = window.dispatchStudioMap!;
      const ids = map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[property]));
      return [...new Set(ids)].sort();
    },
    { layer, property },
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('opens on the built-in day and draws every store and order', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/grocery day/i);
  await expect(page.getByRole('button', { name: 'Built-in city' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('dt:text-is("Model") + dd')).toHaveText(
    'Road network: the built-in city (seed 1)',
  );
  await page.waitForFunction(() => window.dispatchStudioMap?.loaded());
  await waitForMapIdle(page);
  const scenario = await page.evaluate(() => {
    const { scenario } = window.dispatchStudio!.getState();
    return {
      stores: scenario.stores.map((s) => s.id).sort(),
      orders: scenario.orders.map((o) => o.id).sort(),
      shoppers: scenario.shoppers.length,
    };
  });
  expect(scenario.stores.length).toBeGreaterThanOrEqual(8);
  expect(scenario.orders.length).toBe(300);
  expect(await renderedIds(page, 'stores', 'id')).toEqual(scenario.stores);
  expect(await renderedIds(page, 'orders', 'id')).toEqual(scenario.orders);
  await expect(page.getByTestId('count-stores')).toHaveText(String(scenario.stores.length));
  await expect(page.getByTestId('count-orders')).toHaveText(String(scenario.orders.length));
  await expect(page.getByTestId('count-shoppers')).toHaveText(String(scenario.shoppers));
});

test('solves without a click and draws one route per working shopper, along the streets', async ({
  page,
}) => {
  await waitForSolvedMap(page);
  const plan = await page.evaluate(() => {
    const { plan, planResult } = window.dispatchStudio!.getState();
    return {
      shoppers: plan!.routes.map((r) => r.shopperId).sort(),
      violations: planResult!.violations,
      mipSolves: planResult!.stats.mipSolves,
    };
  });
  expect(plan.violations).toEqual([]);
  // HiGHS answered from its own worker, started by the solver worker.
  expect(plan.mipSolves).toBeGreaterThan(0);
  expect(plan.shoppers.length).toBeGreaterThan(0);
  expect(await renderedIds(page, 'routes', 'shopperId')).toEqual(plan.shoppers);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
  const { worst } = await routeDistanceToRoads(page);
  expect(worst.metres, `farthest route vertex from a road: ${JSON.stringify(worst)}`).toBeLessThan(5);
});

test('plan KPIs match the plan', async ({ page }) => {
  await waitForSolvedMap(page);
  const expected = await page.evaluate(() => {
    const { plan } = window.dispatchStudio!.getState();
    const deliveries = plan!.routes.flatMap((r) =>
      r.trips.flatMap((t) => t.stops.filter((s) => s.kind === 'delivery')),
    );
    const late = deliveries.filter((d) => d.lateness > 0).length;
    return {
      assigned: deliveries.length,
      unassigned: plan!.unassigned.length,
      late,
      onTime: deliveries.length ? (100 * (deliveries.length - late)) / deliveries.length : 0,
      drive: plan!.routes.reduce((s, r) => s + r.driveSeconds, 0),
      distance: plan!.routes.reduce((s, r) => s + r.distance, 0),
      shopperSeconds: plan!.routes.reduce((s, r) => s + r.endTime - r.startTime, 0),
      batches: plan!.routes.reduce((s, r) => s + r.trips.length, 0),
    };
  });
  const value = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
  expect(await value('kpi-assigned')).toBe(expected.assigned);
  expect(await value('kpi-unassigned')).toBe(expected.unassigned);
  expect(await value('kpi-late')).toBe(expected.late);
  expect(await value('kpi-on-time')).toBeCloseTo(expected.onTime, 6);
  expect(await value('kpi-drive-time')).toBeCloseTo(expected.drive, 3);
  expect(await value('kpi-distance')).toBeCloseTo(expected.distance, 3);
  expect(await value('kpi-shopper-hours')).toBeCloseTo(expected.shopperSeconds, 3);
  expect(await value('kpi-batches')).toBe(expected.batches);
  expect(expected.assigned + expected.unassigned).toBe(300);
});

test('hovering an order shows its window; clicking a route selects the shopper', async ({ page }) => {
  await waitForSolvedMap(page);
  const target = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    const feature = map.queryRenderedFeatures({ layers: ['orders'] }).find((f) => f.properties.shopperId);
    const [lng, lat] = (feature!.geometry as GeoJSON.Point).coordinates as [number, number];
    const point = map.project([lng, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return {
      x: box.left + point.x,
      y: box.top + point.y,
      id: String(feature!.properties.id),
      shopperId: String(feature!.properties.shopperId),
    };
  });
  await page.mouse.move(target.x, target.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(/Order /);
  await expect(tooltip).toContainText(/Window \d\d:\d\d–\d\d:\d\d/);
  await expect(tooltip).toContainText(/Planned arrival \d\d:\d\d/);

  await page.mouse.click(target.x, target.y);
  const selected = await page.evaluate(() => window.dispatchStudio!.getState().selectedShopperId);
  expect(selected).not.toBeNull();
  await expect(page.locator(`button[data-shopper-id="${selected}"]`)).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard: a shopper is selected from the list and Solve runs again', async ({ page }) => {
  await waitForSolvedMap(page);
  const first = page.locator('ul[aria-label="Shoppers"] button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  const shopperId = await first.getAttribute('data-shopper-id');
  expect(await page.evaluate(() => window.dispatchStudio!.getState().selectedShopperId)).toBe(shopperId);

  // A budget the click on Stop lands inside, however loaded the machine (a click waits for stable frames).
  const budget = page.getByRole('spinbutton', { name: 'Time budget' });
  await budget.fill('30');
  await budget.press('Enter');

  const solve = page.getByRole('button', { name: 'Solve' });
  await solve.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('solve-status')).toHaveText(/Stopped/);
  expect(await page.evaluate(() => window.dispatchStudio!.getState().planResult!.violations)).toEqual([]);
});
