import type { Page } from '@playwright/test';
import { expect, test, waitForSolvedMap } from './fixtures.ts';
import {
  canvasColorAt,
  clockAxis,
  drawnStops,
  OUTLINE_Y_PX,
  timelineColor,
  tooltipAt,
} from './timelineCanvas.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

const shopperRows = (page: Page) => page.getByRole('listbox', { name: "Shoppers' days" });
const orderRows = (page: Page) => page.getByRole('listbox', { name: "Orders' windows" });

/** A shopper's stops three ways: in the store's plan, and from the orders the map draws as theirs. */
async function stopsOf(page: Page, shopperId: string) {
  return page.evaluate(async (shopperId) => {
    const route = window.dispatchStudio!.getState().plan!.routes.find((r) => r.shopperId === shopperId)!;
    const map = window.dispatchStudioMap!;
    const orders = (await map
      .getSource<import('maplibre-gl').GeoJSONSource>('orders')!
      .getData()) as GeoJSON.FeatureCollection;
    return {
      inPlan: route.trips.reduce((n, trip) => n + trip.stops.length, 0),
      // Each order the map colours as this shopper's is a pickup and a delivery on their route.
      onMap: 2 * orders.features.filter((f) => f.properties?.shopperId === shopperId).length,
    };
  }, shopperId);
}

test('a shopper picked in the plan panel is selected and shown on the timeline, stop for stop', async ({
  page,
}) => {
  // The last of the list: its timeline row starts out of view, below the dock's fold.
  const button = page.locator('ul[aria-label="Shoppers"] button').last();
  const shopperId = (await button.getAttribute('data-shopper-id'))!;
  await button.click();

  const row = shopperRows(page).locator(`[role="option"][data-key="${shopperId}"]`);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeInViewport();
  await expect(shopperRows(page).locator('[aria-selected="true"]')).toHaveCount(1);

  const name = (await row.getAttribute('aria-label'))!;
  const shown = Number(/: (\d+) stops?,/.exec(name)?.[1]);
  const { inPlan, onMap } = await stopsOf(page, shopperId);
  expect(inPlan).toBeGreaterThan(0);
  expect(shown).toBe(inPlan);
  expect(onMap).toBe(inPlan);

  // Each stop painted where its time puts it, in its colour, and named by the tooltip there.
  const stops = await drawnStops(page, row, shopperId);
  expect(stops).toHaveLength(inPlan);
  const colors = {
    pickup: await timelineColor(page, '--tl-pick'),
    delivery: await timelineColor(page, '--tl-handoff'),
    late: await timelineColor(page, '--tl-late'),
  };
  for (const stop of stops) {
    const title = await tooltipAt(page, row, stop.x, stop.y);
    expect(title).toMatch(new RegExp(`^${stop.kind === 'pickup' ? 'Pick' : 'Handoff'} ${stop.orderId} `));
    // A block a pixel or two wide is blended with its neighbours at its edges.
    if (stop.widthPx >= 3)
      await expect
        .poll(() => canvasColorAt(page, stop.x, stop.y))
        .toBe(colors[stop.late ? 'late' : stop.kind]);
  }
});

test("clicking a handoff on a shopper's day opens that order", async ({ page }) => {
  const row = shopperRows(page).getByRole('option').first();
  const shopperId = (await row.getAttribute('data-key'))!;
  const handoff = (await drawnStops(page, row, shopperId)).find((stop) => stop.kind === 'delivery')!;
  await page.mouse.click(handoff.x, handoff.y);
  await expect(page.getByTestId('order-card')).toContainText(`Order ${handoff.orderId}`);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  // Its pickup and its handoff are outlined; the shopper's other orders are not.
  const outline = await timelineColor(page, '--tl-outline');
  const box = (await row.locator('.timeline-track').boundingBox())!;
  const stops = await drawnStops(page, row, shopperId);
  const outlinedAt = (x: number) => canvasColorAt(page, x, box.y + OUTLINE_Y_PX);
  for (const stop of stops.filter((s) => s.orderId === handoff.orderId))
    await expect.poll(() => outlinedAt(stop.x)).toBe(outline);
  for (const stop of stops.filter((s) => s.orderId !== handoff.orderId && s.widthPx >= 3))
    expect(await outlinedAt(stop.x)).not.toBe(outline);
});

test('clicking or pressing Enter on a timeline row selects that shopper in the store and the panel', async ({
  page,
}) => {
  const rows = shopperRows(page).getByRole('option');
  const second = rows.nth(1);
  const shopperId = (await second.getAttribute('data-key'))!;
  // On the name: a click on a pick or handoff block would select that order as well.
  await second.locator('.timeline-label').click();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => window.dispatchStudio!.getState().selectedShopperId)).toBe(shopperId);
  await expect(page.locator(`button[data-shopper-id="${shopperId}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The row has focus now: the arrow moves it to the next row, Enter selects that one.
  await page.keyboard.press('ArrowDown');
  const third = rows.nth(2);
  await expect(third).toBeFocused();
  await page.keyboard.press('Enter');
  const next = await third.getAttribute('data-key');
  await expect(third).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => window.dispatchStudio!.getState().selectedShopperId)).toBe(next);
});

test('by order: only the rows in view are rendered, and a row opens its order', async ({ page }) => {
  await page.getByRole('button', { name: 'By order' }).click();
  await expect(page.getByRole('button', { name: 'By order' })).toHaveAttribute('aria-pressed', 'true');
  const list = orderRows(page);
  const { orders, shoppers } = await page.evaluate(() => {
    const { scenario } = window.dispatchStudio!.getState();
    return { orders: scenario.orders.length, shoppers: scenario.shoppers.length };
  });
  expect(orders).toBe(300);
  const rows = list.getByRole('option');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(orders));
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan((shoppers + orders) / 5);

  // Scrolled to the end, the last order is there and the rendered rows are still a handful.
  await list.evaluate((element) => {
    element.parentElement!.scrollTop = element.parentElement!.scrollHeight;
  });
  await expect(list.locator(`[aria-posinset="${orders}"]`)).toBeVisible();
  expect(await rows.count()).toBeLessThan((shoppers + orders) / 5);

  const last = list.locator(`[aria-posinset="${orders}"]`);
  const orderId = (await last.getAttribute('data-key'))!;
  await last.locator('.timeline-label').click();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('order-card')).toContainText(`Order ${orderId}`);
  const state = await page.evaluate(() => {
    const { selectedOrderId, selectedShopperId } = window.dispatchStudio!.getState();
    return { selectedOrderId, selectedShopperId };
  });
  expect(state.selectedOrderId).toBe(orderId);
  expect(state.selectedShopperId).not.toBeNull();

  // Back by shopper: the order's shopper is selected and in view, with that order's blocks marked.
  await page.getByRole('button', { name: 'By shopper' }).click();
  const row = shopperRows(page).locator(`[role="option"][data-key="${state.selectedShopperId}"]`);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeInViewport();
  // Its pickup and its delivery, outlined.
  const outline = await timelineColor(page, '--tl-outline');
  const box = (await row.locator('.timeline-track').boundingBox())!;
  const marked = (await drawnStops(page, row, state.selectedShopperId!)).filter((s) => s.orderId === orderId);
  expect(marked.map((stop) => stop.kind).sort()).toEqual(['delivery', 'pickup']);
  for (const stop of marked)
    await expect.poll(() => canvasColorAt(page, stop.x, box.y + OUTLINE_Y_PX)).toBe(outline);
});

/** The time of day, in minutes, at `clientX` on the timeline, read off the clock labels of its axis. */
const minutesAt = async (page: Page, clientX: number) => (await clockAxis(page)).secondsAt(clientX) / 60;

test('zooms with the buttons and with Ctrl+wheel around the pointer, and scrolls sideways', async ({
  page,
}) => {
  const list = shopperRows(page);
  // The track alone: the row names beside it keep their width.
  const width = () =>
    page.locator('.timeline-ticks').evaluate((element) => element.getBoundingClientRect().width);
  const fitted = await width();
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await expect(zoomOut).toBeDisabled();

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeCloseTo(fitted * 1.5, 0);
  const zoomed = await width();

  const box = (await list.boundingBox())!;
  const pointer = { x: box.x + 400, y: box.y + 40 };
  const before = await minutesAt(page, pointer.x);
  await page.mouse.move(pointer.x, pointer.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeGreaterThan(zoomed);
  // The time under the pointer stays there, to within a minute.
  expect(Math.abs((await minutesAt(page, pointer.x)) - before)).toBeLessThan(1);

  const sideways = await list.evaluate((element) => {
    const viewport = element.parentElement!;
    viewport.scrollLeft = 0;
    viewport.scrollLeft = 200;
    return { scrollLeft: viewport.scrollLeft, overflow: viewport.scrollWidth - viewport.clientWidth };
  });
  expect(sideways.overflow).toBeGreaterThan(200);
  expect(sideways.scrollLeft).toBe(200);
  // The painted days scroll with the axis: a pick in view is still in its colour where its time is now.
  const row = list.getByRole('option').first();
  const listBox = (await list.boundingBox())!;
  const pick = (await drawnStops(page, row, (await row.getAttribute('data-key'))!)).find(
    (stop) => stop.kind === 'pickup' && stop.widthPx >= 3 && stop.x > listBox.x + 200,
  )!;
  await expect.poll(() => canvasColorAt(page, pick.x, pick.y)).toBe(await timelineColor(page, '--tl-pick'));

  const widest = await width();
  await zoomOut.click();
  await expect.poll(width).toBeLessThan(widest);
});
