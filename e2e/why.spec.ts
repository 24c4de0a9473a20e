/**
 * "Why?" in the order card: the engine's answer for the order clicked on the
 * map, in the same reason words as the plan.
 */
import { expect, markPlan, test, waitForResolve, waitForSolvedMap } from './fixtures.ts';

test('click an unassigned order and read why, with the cheapest places to force it in', async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
  // Five minutes from the store door to the customer's leaves many orders out.
  await markPlan(page);
  const ride = page.getByRole('spinbutton', { name: 'Max ride time' });
  await ride.fill('5');
  await ride.press('Enter');
  await waitForResolve(page);

  const picked = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    const { scenario, plan } = window.dispatchStudio!.getState();
    // Ride-time: no shopper can serve it even alone, so HiGHS has a subset to show.
    const unassigned = [...plan!.unassigned].sort(
      (a, b) => Number(b.reason === 'ride-time') - Number(a.reason === 'ride-time'),
    );
    for (const { orderId, reason } of unassigned) {
      const order = scenario.orders.find((o) => o.id === orderId)!;
      const at = map.project([order.location.lng, order.location.lat]);
      const top = map.queryRenderedFeatures(at, { layers: ['orders', 'stores', 'shopper-starts'] })[0];
      const box = map.getCanvas().getBoundingClientRect();
      // Not under the legend (bottom left), the tools or a card drawn over the map.
      const onCanvas =
        at.y < box.height * 0.6 &&
        document.elementFromPoint(box.left + at.x, box.top + at.y) === map.getCanvas();
      if (top?.properties.id === orderId && onCanvas && at.x > 80 && at.y > 80 && at.x < 500) {
        return { orderId, reason, x: at.x, y: at.y };
      }
    }
    return null;
  });
  expect(picked).not.toBeNull();
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + picked!.x, box.y + picked!.y);

  const why = page.getByTestId('order-why');
  await expect(why.getByTestId('why-summary')).toContainText(`Unassigned:`);
  await expect(why.getByTestId('why-summary')).toContainText(`(${picked!.reason})`);
  // Three places to force it in, each priced, cheapest first.
  const places = why.getByTestId('why-insertions').locator('li');
  await expect(places).toHaveCount(3);
  const costs = (await places.allTextContents()).map((t) =>
    Number(t.split(': ')[1]!.split(' ')[0]!.replace('−', '-')),
  );
  expect([...costs].sort((a, b) => a - b)).toEqual(costs);
  // Every working shopper is accounted for, once the list is opened.
  await why.getByText(/^Each shopper alone:/).click();
  const shoppers = await page.evaluate(
    () => window.dispatchStudio!.getState().scenario.shoppers.filter((p) => p.active !== false).length,
  );
  await expect(why.getByTestId('why-shoppers').locator('li')).toHaveCount(shoppers);
  if (picked!.reason === 'ride-time') {
    // The model "serve it" is infeasible: HiGHS' subset names the 5-minute ride limit.
    const conflict = why.getByTestId('why-conflict').first();
    await expect(conflict).toContainText('these cannot all hold');
    await expect(conflict).toContainText('the ride from the store may last at most 5 min (ride-time)');
    await expect(why.getByTestId('why-summary')).toContainText(
      'HiGHS finds no schedule that keeps all of these',
    );
  }
});
