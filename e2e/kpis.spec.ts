/**
 * The inspector's KPI tab: four named charts drawn on canvas, and every KPI
 * as text whose raw value matches what the plan in the store says.
 */
import type { Page } from '@playwright/test';
import { expect, markPlan, openInspectorTab, test, waitForResolve, waitForSolvedMap } from './fixtures.ts';

const FIGURES = ['Click-to-door times', 'Lateness of late orders', 'Shopper utilisation', 'Batch sizes'];

/** Pixels of exactly this colour in the figure's canvas: bars are filled flat, so a drawn bar has many. */
async function pixelsOfColour(page: Page, figure: string, hex: string): Promise<number> {
  const canvas = page.getByRole('figure', { name: figure }).locator('canvas');
  return canvas.evaluate((element, hex) => {
    const c = element as HTMLCanvasElement;
    const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255) n++;
    }
    return n;
  }, hex);
}

/** What the KPI tab should say, recomputed here from the plan in the store (nearest-rank p90). */
function expectedFromStore(page: Page) {
  return page.evaluate(() => {
    const { scenario, plan } = window.dispatchStudio!.getState();
    const placedAt = new Map(scenario.orders.map((o) => [o.id, o.placedAt]));
    const deliveries = plan!.routes.flatMap((r) =>
      r.trips.flatMap((t) => t.stops.filter((s) => s.kind === 'delivery')),
    );
    const p90 = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.ceil((90 * sorted.length) / 100) - 1];
    };
    return {
      delivered: deliveries.length,
      unassigned: plan!.unassigned.length,
      p90Lateness: p90(deliveries.map((d) => d.lateness)),
      p90ClickToDoor: p90(deliveries.map((d) => d.start - placedAt.get(d.orderId)!)),
      batches: plan!.routes.reduce((n, r) => n + r.trips.length, 0),
    };
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('the KPI tab charts the plan in named figures and states its numbers with units', async ({ page }) => {
  await openInspectorTab(page, 'KPIs');
  for (const name of FIGURES) {
    const figure = page.getByRole('figure', { name });
    await expect(figure).toBeVisible();
    await expect(figure.locator('canvas')).toHaveCount(1);
    // The bars are also there as text for screen readers.
    await expect(figure).toHaveAccessibleDescription(/\S/);
  }
  // Bars, not just axes: the click-to-door and batch-size bars are drawn in their colours.
  expect(await pixelsOfColour(page, 'Click-to-door times', '#2563eb')).toBeGreaterThan(100);
  expect(await pixelsOfColour(page, 'Batch sizes', '#0f766e')).toBeGreaterThan(100);

  const expected = await expectedFromStore(page);
  await expect(page.getByTestId('kpi-delivered')).toHaveAttribute('data-value', String(expected.delivered));
  await expect(page.getByTestId('kpi-delivered')).toHaveText(`${expected.delivered} of 300 orders`);
  await expect(page.getByTestId('kpi-orders-unassigned')).toHaveAttribute(
    'data-value',
    String(expected.unassigned),
  );
  await expect(page.getByTestId('kpi-p90-lateness')).toHaveAttribute(
    'data-value',
    String(expected.p90Lateness),
  );
  await expect(page.getByTestId('kpi-p90-lateness')).toHaveAttribute('data-unit', 's');
  await expect(page.getByTestId('kpi-p90-click-to-door')).toHaveAttribute(
    'data-value',
    String(expected.p90ClickToDoor),
  );
  await expect(page.getByTestId('kpi-p90-click-to-door')).toHaveText(
    `${(expected.p90ClickToDoor! / 60).toFixed(1)} min`,
  );
  await expect(page.getByTestId('kpi-batch-count')).toHaveAttribute('data-value', String(expected.batches));

  // Every number carries its unit on screen.
  const values = await page.locator('.kpi-values dd').allTextContents();
  expect(values).toHaveLength(16);
  for (const text of values) {
    expect(text).toMatch(/(orders?|min|%|per hour|km|h|batch(es)?|per order)$/);
  }
});

test('the charts follow a re-solve on the same canvases', async ({ page }) => {
  await openInspectorTab(page, 'KPIs');
  await page.evaluate(() =>
    Reflect.set(window, 'kpiCanvases', [...document.querySelectorAll('.kpi-figure canvas')]),
  );

  await markPlan(page);
  const slider = page.getByRole('slider', { name: 'Max orders per batch' });
  await slider.focus();
  await page.keyboard.press('Home'); // one order per batch
  await waitForResolve(page);

  const expected = await expectedFromStore(page);
  await expect(page.getByTestId('kpi-mean-batch-size')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('kpi-batch-count')).toHaveAttribute('data-value', String(expected.batches));
  await expect(page.getByRole('figure', { name: 'Batch sizes' })).toHaveAccessibleDescription(
    `1 order: ${expected.batches} batches`,
  );
  await expect(page.getByTestId('kpi-p90-click-to-door')).toHaveAttribute(
    'data-value',
    String(expected.p90ClickToDoor),
  );
  // Updated in place: the canvases drawn before the re-solve are the ones on screen.
  const sameCanvases = await page.evaluate(() => {
    const before = Reflect.get(window, 'kpiCanvases') as Element[];
    const now = [...document.querySelectorAll('.kpi-figure canvas')];
    return before.length === 4 && now.length === 4 && before.every((c, i) => c === now[i]);
  });
  expect(sameCanvases).toBe(true);
});
