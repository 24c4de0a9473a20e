/**
 * Editing the day on the map: dragging a door re-plans around it, a click
 * adds an order through a small form, and the order card deletes one. Each
 * is one undoable edit that re-solves by itself.
 */
import type { Page } from '@playwright/test';
import { expect, markPlan, test, waitForResolve, waitForSolvedMap } from './fixtures.ts';

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
  const grabbed = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    const { scenario, plan } = window.dispatchStudio!.getState();
    for (const route of plan!.routes) {
      for (const orderId of route.trips.flatMap((t) => t.orderIds)) {
        const order = scenario.orders.find((o) => o.id === orderId)!;
        const at = map.project([order.location.lng, order.location.lat]);
        const top = map.queryRenderedFeatures(at, { layers: ['orders', 'stores', 'shopper-starts'] })[0];
        if (top?.properties.id === orderId && at.x > 80 && at.y > 80) {
          return { orderId, from: order.location, x: at.x, y: at.y };
        }
      }
    }
    return null;
  });
  expect(grabbed).not.toBeNull();
  const { orderId, from } = grabbed!;
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
  // An order of a batch of several whose dot is on top, so a click there picks it.
  const picked = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    const { scenario, plan } = window.dispatchStudio!.getState();
    for (const route of plan!.routes) {
      for (const trip of route.trips.filter((t) => t.orderIds.length > 1)) {
        for (const orderId of trip.orderIds) {
          const order = scenario.orders.find((o) => o.id === orderId)!;
          const at = map.project([order.location.lng, order.location.lat]);
          const top = map.queryRenderedFeatures(at, { layers: ['orders', 'stores', 'shopper-starts'] })[0];
          if (top?.properties.id === orderId && at.x > 80 && at.y > 80) {
            return { orderId, x: at.x, y: at.y, stops: trip.stops.map((s) => `${s.kind}:${s.orderId}`) };
          }
        }
      }
    }
    return null;
  });
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
