/**
 * Editing the day on the map: dragging a door re-plans around it, a click
 * adds an order through a small form, and the order card deletes one. Each
 * is one undoable edit that re-solves by itself.
 */
import type { Page } from '@playwright/test';
import { expect, markPlan, test, waitForResolve, waitForSolvedMap } from './fixtures.ts';

/**
 * An order the plan serves in a batch of at least `batch` orders, whose dot is
 * drawn on top, clear of other dots and not under anything drawn over the map
 * (a click there picks it), clear of the map's edges: where it
 * is on the canvas, and its batch's stops.
 */
async function topOrder(page: Page, batch: number) {
  return page.evaluate((batch) => {
    const CLEAR_PX = 12;
    const map = window.dispatchStudioMap!;
    const { scenario, plan } = window.dispatchStudio!.getState();
    for (const route of plan!.routes) {
      for (const trip of route.trips.filter((t) => t.orderIds.length >= batch)) {
        for (const orderId of trip.orderIds) {
          const order = scenario.orders.find((o) => o.id === orderId)!;
          const at = map.project([order.location.lng, order.location.lat]);
          const layers = ['orders', 'stores', 'shopper-starts'];
          const top = map.queryRenderedFeatures(at, { layers })[0];
          // Nothing else clickable within a few pixels: a dot drawn over another can trade places with it
          // when a later plan redraws them, and the click would then open the other order.
          const near = map.queryRenderedFeatures(
            [
              [at.x - CLEAR_PX, at.y - CLEAR_PX],
              [at.x + CLEAR_PX, at.y + CLEAR_PX],
            ],
            { layers },
          );
          const alone = near.every((f) => f.properties.id === orderId);
          const box = map.getCanvas().getBoundingClientRect();
          // Not under the legend (bottom left), the tools or a card drawn over the map.
          const onCanvas =
            document.elementFromPoint(box.left + at.x, box.top + at.y) === map.getCanvas() &&
            at.y < box.height - 90;
          if (top?.properties.id === orderId && alone && onCanvas && at.x > 80 && at.y > 80) {
            return {
              orderId,
              shopperId: route.shopperId,
              x: at.x,
              y: at.y,
              stops: trip.stops.map((s) => `${s.kind}:${s.orderId}`),
            };
          }
        }
      }
    }
    return null;
  }, batch);
}

/** Where an element of the map is on the page, from a point on the map canvas. */
async function pagePoint(page: Page, canvasPoint: { x: number; y: number }) {
  const box = (await page.locator('.map canvas').boundingBox())!;
  return { x: box.x + canvasPoint.x, y: box.y + canvasPoint.y };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('dragging an order moves its door and the route that serves it follows', async ({ page }) => {
  // An order served in the plan whose dot is on top where it is drawn, so a press there grabs it.
  const grabbed = await topOrder(page, 1);
  expect(grabbed).not.toBeNull();
  const orderId = grabbed!.orderId;
  const from = await page.evaluate(
    (id) => window.dispatchStudio!.getState().scenario.orders.find((o) => o.id === id)!.location,
    orderId,
  );
  const start = await pagePoint(page, grabbed!);
  await markPlan(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y + 20, { steps: 4 });
  await page.mouse.move(start.x + 60, start.y + 40, { steps: 4 });
  await page.mouse.up();
  await waitForResolve(page);

  const after = await page.evaluate((id) => {
    const { scenario, plan, planResult } = window.dispatchStudio!.getState();
    const order = scenario.orders.find((o) => o.id === id)!;
    const route = plan!.routes.find((r) => r.trips.some((t) => t.orderIds.includes(id)));
    const delivery = route?.trips
      .flatMap((t) => t.stops)
      .find((s) => s.kind === 'delivery' && s.orderId === id);
    return {
      location: order.location,
      delivery: delivery?.location ?? null,
      violations: planResult!.violations,
    };
  }, orderId);
  // The door moved (about 60 px right and 40 px down: east and south) …
  expect(after.location.lng).toBeGreaterThan(from.lng);
  expect(after.location.lat).toBeLessThan(from.lat);
  // … and the plan now drives to the new door, validated.
  expect(after.delivery).toEqual(after.location);
  expect(after.violations).toEqual([]);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);

  // One edit: undo puts the door back.
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await page.evaluate(
    (id) => window.dispatchStudio!.getState().scenario.orders.find((o) => o.id === id)!.location,
    orderId,
  );
  expect(undone).toEqual(from);
});

test('a click adds an order through its form, and the order card deletes it', async ({ page }) => {
  const ordersBefore = Number(await page.getByTestId('count-orders').getAttribute('data-value'));
  await page.getByRole('button', { name: 'Add order' }).click();
  await expect(page.getByRole('button', { name: /Adding orders/ })).toHaveAttribute('aria-pressed', 'true');
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  const form = page.getByRole('form', { name: 'New order' });
  await expect(form).toBeVisible();
  await form.getByLabel('Items').fill('12');
  await form.getByLabel('Bags').fill('2');
  await markPlan(page);
  await form.getByRole('button', { name: 'Add order' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText(String(ordersBefore + 1));
  await waitForResolve(page);

  const card = page.getByTestId('order-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('12 items · 2 bags');
  // The new order is planned: served by a shopper or unassigned with a reason, never forgotten.
  await expect(card.getByTestId('order-status')).not.toHaveText('Not planned yet');
  await expect(page.getByTestId('validation')).toHaveText(/validated/);

  await markPlan(page);
  await card.getByRole('button', { name: 'Delete order' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText(String(ordersBefore));
  await expect(card).toBeHidden();
  await waitForResolve(page);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});

test('the order card pins its batch: one order per batch everywhere else, that batch kept as it was', async ({
  page,
}) => {
  const picked = await topOrder(page, 2);
  expect(picked).not.toBeNull();
  const at = await pagePoint(page, picked!);
  await page.mouse.click(at.x, at.y);
  const card = page.getByTestId('order-card');
  await expect(card).toContainText(`Order ${picked!.orderId}`);

  await markPlan(page);
  await card.getByRole('button', { name: 'Pin its batch' }).click();
  await waitForResolve(page);
  await expect(card.getByTestId('order-status')).toContainText('batch pinned');

  await markPlan(page);
  const field = page.getByRole('spinbutton', { name: 'Max orders per batch' });
  await field.fill('1');
  await field.press('Enter');
  await waitForResolve(page);
  const trips = await page.evaluate(() =>
    window
      .dispatchStudio!.getState()
      .plan!.routes.flatMap((r) => r.trips.map((t) => t.stops.map((s) => `${s.kind}:${s.orderId}`))),
  );
  const pinned = picked!.stops.join(' ');
  expect(trips.map((t) => t.join(' '))).toContain(pinned);
  for (const trip of trips.filter((t) => t.join(' ') !== pinned)) expect(trip.length).toBe(2);
  await expect(page.getByTestId('validation')).toHaveText(/violations/);

  await card.getByRole('button', { name: 'Unpin its batch' }).click();
  await expect(card.getByRole('button', { name: 'Pin its batch' })).toBeVisible();
});

test('moving an order by hand: priced before it is accepted, then given to that shopper', async ({
  page,
}) => {
  const picked = await topOrder(page, 1);
  expect(picked).not.toBeNull();
  const at = await pagePoint(page, picked!);
  await page.mouse.click(at.x, at.y);
  const card = page.getByTestId('order-card');
  await expect(card).toContainText(`Order ${picked!.orderId}`);
  const before = await page.evaluate(() => window.dispatchStudio!.getState().plan!.cost.total);

  // The first shopper it can go to without breaking a rule, as a planner would look for one (or else the first).
  const target = card.getByLabel('Move to shopper');
  const names = (await target.locator('option').allTextContents()).slice(1);
  expect(names.length).toBeGreaterThan(0);
  let chosen: string | null = null;
  for (const name of names) {
    await target.selectOption({ label: name });
    const preview = card.getByTestId('move-preview');
    await expect(preview).toBeVisible();
    await expect(preview.getByTestId('move-cost')).toHaveText(/^Cost [+−]\d+\.\d\d \(plan \d+ → \d+\)$/);
    if ((await preview.getByText('Keeps every rule.').count()) > 0) {
      chosen = name;
      break;
    }
  }
  if (chosen === null) {
    chosen = names[0]!;
    await target.selectOption({ label: chosen });
    // What forcing it would break is listed before accepting.
    await expect(
      card.getByRole('list', { name: 'Rules the move breaks' }).locator('li').first(),
    ).toBeVisible();
  }
  const delta = Number(await card.getByTestId('move-cost').getAttribute('data-value'));

  await markPlan(page);
  // The first plan shown after accepting: the re-solve starts at once and may replace it within milliseconds.
  await page.evaluate(() => {
    const store = window.dispatchStudio!;
    const stop = store.subscribe((state, previous) => {
      if (state.plan === previous.plan) return;
      Reflect.set(window, 'planShownOnAccept', state.plan!.cost.total);
      stop();
    });
  });
  await card.getByRole('button', { name: 'Accept move' }).click();
  // The moved plan is on screen at once, priced as previewed.
  const shown = (await page.evaluate(() => Reflect.get(window, 'planShownOnAccept'))) as number;
  expect(shown - before).toBeCloseTo(delta, 6);
  await waitForResolve(page);
  await expect(card.getByTestId('given-by-hand')).toContainText(`Given to ${chosen} by hand`);
  // Served by that shopper, or, when the rules do not let that shopper serve it, unassigned: never another shopper.
  await expect(card.getByTestId('order-status')).toContainText(new RegExp(`^(${chosen}|Unassigned)`));
  await expect(page.getByTestId('validation')).toHaveText(/validated/);

  // One edit: undo gives the order back to the engine and the plan from before.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByTestId('given-by-hand')).toBeHidden();
  expect(await page.evaluate(() => window.dispatchStudio!.getState().plan!.cost.total)).toBe(before);
});
