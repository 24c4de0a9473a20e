/**
 * Generating a day: the planner asks for a day of a given size on the map
 * open, through the form in the left panel; it replaces the day on screen,
 * is solved at once, and Undo brings the day before back.
 */
import { expect, test, waitForSolvedMap } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
});

test('a day of 800 orders and 80 shoppers is generated on the built-in city, solved and drawn', async ({
  page,
}) => {
  const form = page.getByRole('form', { name: 'Generate a day' });
  await form.getByRole('spinbutton', { name: 'Orders' }).fill('800');
  await form.getByRole('spinbutton', { name: 'Shoppers' }).fill('80');
  await form.getByRole('spinbutton', { name: 'Seed' }).fill('7');
  await form.getByRole('button', { name: 'Generate' }).click();

  await expect(page.getByTestId('count-orders')).toHaveText('800');
  await expect(page.getByTestId('count-shoppers')).toHaveText('80');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('seed 7');
  await waitForSolvedMap(page, 60_000);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
  const { assigned, onRoads } = await page.evaluate(() => {
    const { plan, scenario } = window.dispatchStudio!.getState();
    return {
      assigned: plan!.routes.flatMap((r) => r.trips.flatMap((t) => t.orderIds)).length,
      onRoads: scenario.travel.model === 'road' && scenario.travel.network.kind === 'builtin-city',
    };
  });
  expect(assigned).toBeGreaterThan(0);
  expect(onRoads).toBe(true);
  // Every route is drawn, along its streets: on a day this size they reach the map in several messages.
  const drawn = await page.evaluate(async () => {
    const map = window.dispatchStudioMap!;
    const lines = await map.getSource<import('maplibre-gl').GeoJSONSource>('routes')!.getData();
    const { plan } = window.dispatchStudio!.getState();
    return {
      drawn: (lines as GeoJSON.FeatureCollection).features
        .map((f) => f.properties!.shopperId as string)
        .sort(),
      planned: plan!.routes.map((r) => r.shopperId).sort(),
      points: (lines as GeoJSON.FeatureCollection).features.reduce(
        (n, f) => n + (f.geometry as GeoJSON.LineString).coordinates.length,
        0,
      ),
    };
  });
  expect(drawn.drawn).toEqual(drawn.planned);
  expect(drawn.points).toBeGreaterThan(6000);

  // One undo step back to the built-in day, with the plan it had.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText('300');
  await expect(page.getByTestId('solve-status')).toContainText('Solved');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText('800');
});

test('settings it cannot generate are refused beside their fields, and the day stays', async ({ page }) => {
  const form = page.getByRole('form', { name: 'Generate a day' });
  const orders = form.getByRole('spinbutton', { name: 'Orders' });
  const shoppers = form.getByRole('spinbutton', { name: 'Shoppers' });
  const stores = form.getByRole('spinbutton', { name: 'Stores' });
  await orders.fill('5001');
  await shoppers.fill('0');
  await stores.fill('2.5');
  await form.getByRole('button', { name: 'Generate' }).click();

  await expect(orders).toHaveAttribute('aria-invalid', 'true');
  await expect(orders).toHaveAccessibleDescription(/Must be between 1 and 5000/);
  await expect(shoppers).toHaveAccessibleDescription(/Must be between 1 and 1000/);
  await expect(stores).toHaveAccessibleDescription(/Must be a whole number/);
  await expect(page.getByTestId('count-orders')).toHaveText('300');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Typing again clears that field's refusal.
  await shoppers.fill('12');
  await expect(shoppers).not.toHaveAttribute('aria-invalid', 'true');
});
