/**
 * Live planning: the planner edits the rules in the left panel, and the day
 * re-solves by itself from the plan on screen; undo and redo bring back
 * exactly what was shown.
 */
import type { Page } from '@playwright/test';
import { expect, markPlan, test, waitForMapIdle, waitForResolve, waitForSolvedMap } from './fixtures.ts';

/** The scenario and plan in the store, as JSON: equal strings are the same scenario and plan. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    return JSON.stringify({ scenario, plan });
  });

const kpi = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-value'));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('every control in the scenario panel has a name', async ({ page }) => {
  const controls = page.getByRole('complementary', { name: 'Scenario' }).locator('input');
  expect(await controls.count()).toBeGreaterThan(10);
  for (const control of await controls.all()) await expect(control).toHaveAccessibleName(/\S/);
});

test('one order per batch: the edit re-solves by itself and every batch holds one order', async ({
  page,
}) => {
  const slider = page.getByRole('slider', { name: 'Max orders per batch' });
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await expect(field).toHaveValue('3');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await markPlan(page);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(field).toHaveValue('1');
  await waitForResolve(page);

  const plan = await page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    return {
      maxOrdersPerBatch: scenario.constraints.maxOrdersPerBatch,
      batchSizes: plan!.routes.flatMap((r) => r.trips.map((t) => t.orderIds.length)),
    };
  });
  expect(plan.maxOrdersPerBatch).toBe(1);
  expect(plan.batchSizes.length).toBeGreaterThan(0);
  expect(plan.batchSizes.every((n) => n === 1)).toBe(true);

  await expect(
    page.locator('.kpi', { has: page.getByTestId('kpi-batches') }).locator('.kpi-note'),
  ).toHaveText('mean 1.0 orders');
  expect(await kpi(page, 'kpi-batches')).toBe(await kpi(page, 'kpi-assigned'));
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('hard windows: nobody is late; what cannot be on time is unassigned', async ({ page }) => {
  const hard = page.getByRole('radio', { name: 'Hard' });
  await expect(page.getByRole('radio', { name: 'Soft' })).toBeChecked();

  await markPlan(page);
  await hard.check();
  await waitForResolve(page);

  await expect(hard).toBeChecked();
  await expect(page.getByTestId('kpi-late')).toHaveText('0');
  const plan = await page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    return {
      windows: scenario.constraints.windows,
      late: plan!.routes.flatMap((r) => r.trips.flatMap((t) => t.stops.filter((s) => s.lateness > 0))).length,
      unassigned: plan!.unassigned.length,
    };
  });
  expect(plan).toMatchObject({ windows: 'hard', late: 0 });
  await expect(page.getByTestId('kpi-unassigned')).toHaveText(String(plan.unassigned));
  expect((await kpi(page, 'kpi-assigned')) + (await kpi(page, 'kpi-unassigned'))).toBe(300);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('a shorter shift under hard windows keeps that shopper inside it; a shopper off today gets no work', async ({
  page,
}) => {
  await markPlan(page);
  await page.getByRole('radio', { name: 'Hard' }).check();
  await waitForResolve(page);
  // The shopper working longest, chosen in the plan's list as a planner would.
  const busiest = await page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    const route = [...plan!.routes].sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))[0]!;
    const shopper = scenario.shoppers.find((p) => p.id === route.shopperId)!;
    return {
      id: shopper.id,
      shiftStart: shopper.shift.start,
      orders: route.trips.flatMap((t) => t.orderIds),
    };
  });
  await page.locator(`.shopper-list [data-shopper-id="${busiest.id}"]`).click();
  const shopperPanel = page.getByRole('group', { name: 'Shopper' });
  await expect(shopperPanel.getByLabel('Shopper', { exact: true })).toHaveValue(busiest.id);

  const newEnd = busiest.shiftStart + 3600;
  const clock = `${String(Math.floor(newEnd / 3600)).padStart(2, '0')}:${String((newEnd % 3600) / 60).padStart(2, '0')}`;
  await markPlan(page);
  await shopperPanel.getByLabel('Shift ends').fill(clock);
  await shopperPanel.getByLabel('Shift ends').press('Enter');
  await waitForResolve(page);
  const after = await page.evaluate((id) => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    const route = plan!.routes.find((r) => r.shopperId === id);
    return {
      shiftEnd: scenario.shoppers.find((p) => p.id === id)!.shift.end,
      routeEnd: route ? route.endTime : null,
      orders: route ? route.trips.flatMap((t) => t.orderIds) : [],
    };
  }, busiest.id);
  expect(after.shiftEnd).toBe(newEnd);
  if (after.routeEnd !== null) expect(after.routeEnd).toBeLessThanOrEqual(newEnd);
  expect(after.orders.length).toBeLessThan(busiest.orders.length);
  await expect(page.getByTestId('kpi-late')).toHaveText('0');
  await expect(page.getByTestId('validation')).toHaveText(/validated/);

  await markPlan(page);
  await shopperPanel.getByLabel('Working today').uncheck();
  await waitForResolve(page);
  const routesOfShopper = await page.evaluate(
    (id) => window.dispatchStudio!.getState().plan!.routes.filter((r) => r.shopperId === id).length,
    busiest.id,
  );
  expect(routesOfShopper).toBe(0);
  await expect(shopperPanel.getByLabel('Shopper', { exact: true })).toContainText('— off');
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('a pinned shopper keeps its batches through a rule change; the validator names the batch it breaks', async ({
  page,
}) => {
  // The shopper with the largest batch, chosen in the plan's list.
  const chosen = await page.evaluate(() => {
    const { plan } = window.dispatchStudio!.getState();
    const size = (r: { trips: { orderIds: string[] }[] }) =>
      Math.max(...r.trips.map((t) => t.orderIds.length));
    const route = [...plan!.routes].sort((a, b) => size(b) - size(a))[0]!;
    return {
      id: route.shopperId,
      stops: route.trips.map((t) => t.stops.map((s) => `${s.kind}:${s.orderId}`)),
    };
  });
  expect(Math.max(...chosen.stops.map((t) => t.length / 2))).toBeGreaterThan(1);
  await page.locator(`.shopper-list [data-shopper-id="${chosen.id}"]`).click();
  const shopperPanel = page.getByRole('group', { name: 'Shopper' });
  await markPlan(page);
  await shopperPanel.getByLabel("Pin this day's batches").check();
  await waitForResolve(page);
  await expect(page.locator(`.shopper-list [data-shopper-id="${chosen.id}"]`)).toContainText('pinned');

  await markPlan(page);
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await field.fill('1');
  await field.press('Enter');
  await waitForResolve(page);
  const after = await page.evaluate((id) => {
    const { plan, planResult } = window.dispatchStudio!.getState();
    const route = plan!.routes.find((r) => r.shopperId === id)!;
    return {
      stops: route.trips.map((t) => t.stops.map((s) => `${s.kind}:${s.orderId}`)),
      otherBatches: plan!.routes
        .filter((r) => r.shopperId !== id)
        .flatMap((r) => r.trips.map((t) => t.orderIds.length)),
      broken: [...new Set(planResult!.violations.map((v) => `${v.rule}:${v.shopperId}`))],
    };
  }, chosen.id);
  expect(after.stops).toEqual(chosen.stops);
  expect(after.otherBatches.every((n) => n === 1)).toBe(true);
  expect(after.broken).toEqual([`batch-size:${chosen.id}`]);
  await expect(page.getByTestId('validation')).toHaveText(/violations/);

  // Unpinned, the day follows the rule like every other.
  await markPlan(page);
  await shopperPanel.getByLabel("Pin this day's batches").uncheck();
  await waitForResolve(page);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('undo brings back the exact scenario and plan, redo the edit, from the keyboard', async ({ page }) => {
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await expect(undo).toHaveAttribute('title', /Z\)$/);
  const before = await snapshot(page);

  await markPlan(page);
  await field.fill('2');
  await field.press('Enter');
  await waitForResolve(page);
  const edited = await snapshot(page);
  expect(edited === before, 'the edit changed the scenario and plan').toBe(false);

  // In a number field Ctrl+Z is the field's own: the scenario stays. Escape drops what it left typed.
  await field.press('ControlOrMeta+z');
  expect(await page.evaluate(() => window.dispatchStudio!.getState().past.length)).toBe(1);
  await field.press('Escape');
  await field.blur();
  await page.keyboard.press('ControlOrMeta+z');
  expect((await snapshot(page)) === before, 'scenario and plan as before the edit').toBe(true);
  await expect(field).toHaveValue('3');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();
  // Brought back as it was shown: no solve.
  await expect(page.getByTestId('solve-status')).toHaveText(/Solved/);

  await page.keyboard.press('ControlOrMeta+Shift+z');
  expect((await snapshot(page)) === edited, 'scenario and plan as edited').toBe(true);
  await expect(field).toHaveValue('2');
  await expect(redo).toBeDisabled();

  await undo.click();
  expect((await snapshot(page)) === before, 'scenario and plan as before the edit').toBe(true);
  await page.keyboard.press('Control+y');
  expect((await snapshot(page)) === edited, 'scenario and plan as edited').toBe(true);
  expect(await page.evaluate(() => window.dispatchStudio!.getState().solveStatus)).toBe('done');
});

test('an invalid value is refused beside its field and changes nothing', async ({ page }) => {
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  const message = page.locator('.field', { has: field }).getByRole('alert');
  const before = await snapshot(page);

  await field.fill('0');
  await field.press('Enter');
  await expect(message).toHaveText('Must be at least 1');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Must be at least 1/);
  await expect(field).toHaveValue('0');

  await field.fill('');
  await field.press('Enter');
  await expect(message).toHaveText('Enter a number');

  // Escape puts the value back.
  await field.press('Escape');
  await expect(field).toHaveValue('3');
  await expect(message).toHaveCount(0);

  const perKm = page.getByRole('spinbutton', { name: 'Cost per km' });
  await perKm.fill('-1');
  await perKm.press('Enter');
  await expect(page.locator('.field', { has: perKm }).getByRole('alert')).toHaveText('Must be at least 0');

  expect((await snapshot(page)) === before, 'scenario and plan as before the edit').toBe(true);
  const state = await page.evaluate(() => {
    const { past, solveStatus } = window.dispatchStudio!.getState();
    return { undoSteps: past.length, solveStatus };
  });
  expect(state).toEqual({ undoSteps: 0, solveStatus: 'done' });
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('the time budget applies to the next solve; Ctrl+Enter solves and Escape stops', async ({ page }) => {
  const budget = page.getByRole('spinbutton', { name: 'Time budget' });
  await expect(budget).toHaveValue('3');
  await budget.fill('8');
  await budget.blur();
  expect(await page.evaluate(() => window.dispatchStudio!.getState().solveOptions.timeLimitSeconds)).toBe(8);
  // Not a scenario edit: nothing to undo, nothing re-solved.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByTestId('solve-status')).toHaveText(/Solved/);

  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
  await expect(page.getByRole('progressbar', { name: 'Solve progress' })).toHaveAttribute('max', '8000');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('solve-status')).toHaveText(/Stopped/);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('a solve gives way while the planner drags the map, and goes on when the map is let go', async ({
  page,
}) => {
  const budget = page.getByRole('spinbutton', { name: 'Time budget' });
  await budget.fill('6');
  await budget.blur();
  const status = page.getByTestId('solve-status');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(status).toHaveText(/Improving/);

  // Grabbed where no order, store or shopper is: those are dragged themselves, not the map.
  const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const spot = await page.evaluate(({ width, height }) => {
    const map = window.dispatchStudioMap!;
    for (let y = height / 2; y < height - 40; y += 23)
      for (let x = width / 2; x < width - 80; x += 31) {
        const near = map.queryRenderedFeatures([
          [x - 12, y - 12],
          [x + 12, y + 12],
        ]);
        if (!near.some((f) => ['orders', 'stores', 'shoppers'].includes(f.source))) return { x, y };
      }
    throw new Error('no empty spot on the map');
  }, canvas);
  const at = { x: canvas.x + spot.x, y: canvas.y + spot.y };
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 20, { steps: 5 });
  await expect(status).toHaveText(/Paused while you move the map/);
  // Held: the solve sends nothing, so its clock on the strip stands still.
  const held = await status.textContent();
  await page.mouse.move(at.x + 60, at.y + 30, { steps: 5 });
  await page.waitForTimeout(1000);
  await expect(status).toHaveText(held!);
  expect(await page.evaluate(() => window.dispatchStudio!.getState().solveStatus)).toBe('solving');

  await page.mouse.up();
  await expect(status).not.toHaveText(/Paused/);
  await expect(status).toHaveText(/Solved/, { timeout: 15_000 });
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('a re-solve rings the orders it gave to another shopper, for a few seconds', async ({ page }) => {
  await markPlan(page);
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await field.fill('1');
  await field.press('Enter');
  const ringed = () =>
    page.evaluate(() => {
      const map = window.dispatchStudioMap!;
      const { plan } = window.dispatchStudio!.getState();
      const before = Reflect.get(window, 'planBeforeEdit') as typeof plan;
      const shopperIn = (p: typeof plan, orderId: string) =>
        p!.routes.find((r) => r.trips.some((t) => t.orderIds.includes(orderId)))?.shopperId ?? null;
      const ids = [
        ...new Set(
          map.queryRenderedFeatures({ layers: ['reassigned-orders'] }).map((f) => f.properties.orderId),
        ),
      ];
      return {
        count: ids.length,
        allMoved: ids.every((id) => shopperIn(before, id) !== shopperIn(plan, id)),
      };
    });
  await expect.poll(async () => (await ringed()).count, { timeout: 30_000 }).toBeGreaterThan(0);
  await waitForResolve(page);
  // The last plan drawn, its rings still on: each ringed order has a new shopper.
  await waitForMapIdle(page);
  const last = await ringed();
  expect(last.count).toBeGreaterThan(0);
  expect(last.allMoved).toBe(true);
  // Gone a few seconds after the last plan.
  await expect.poll(async () => (await ringed()).count, { timeout: 15_000 }).toBe(0);
});

test('keys 1–4 and the legend show and hide the map layers', async ({ page }) => {
  const shown = (layer: string) =>
    page.evaluate((id) => window.dispatchStudioMap!.getLayoutProperty(id, 'visibility') !== 'none', layer);
  const routes = page.getByRole('button', { name: /^Routes/ });
  await expect(routes).toHaveAttribute('aria-pressed', 'true');
  expect(await shown('routes')).toBe(true);

  await page.locator('body').press('1');
  await expect(routes).toHaveAttribute('aria-pressed', 'false');
  expect(await shown('routes')).toBe(false);
  expect(await shown('orders')).toBe(true);
  await page.locator('body').press('1');
  await expect(routes).toHaveAttribute('aria-pressed', 'true');
  expect(await shown('routes')).toBe(true);

  await page.getByRole('button', { name: /^Orders/ }).click();
  expect(await shown('orders')).toBe(false);
  // Typing a digit into a field is typing, not a shortcut.
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await field.press('4');
  expect(await shown('shopper-starts')).toBe(true);
});
