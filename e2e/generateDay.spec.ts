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

test('a day of 120 orders and 15 shoppers is generated on the built-in city and solved', async ({ page }) => {
  const form = page.getByRole('form', { name: 'Generate a day' });
  await form.getByRole('spinbutton', { name: 'Orders' }).fill('120');
  await form.getByRole('spinbutton', { name: 'Shoppers' }).fill('15');
  await form.getByRole('spinbutton', { name: 'Seed' }).fill('7');
  await form.getByRole('button', { name: 'Generate' }).click();

  await expect(page.getByTestId('count-orders')).toHaveText('120');
  await expect(page.getByTestId('count-shoppers')).toHaveText('15');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('seed 7');
  await waitForSolvedMap(page);
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

  // One undo step back to the built-in day, with the plan it had.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText('300');
  await expect(page.getByTestId('solve-status')).toContainText('Solved');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByTestId('count-orders')).toHaveText('120');
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
