/**
 * What the browser benchmarks that need a bigger day share: the day made as
 * a planner makes it, through the "Generate a day" form.
 */
import type { Page } from '@playwright/test';
import { waitForSolvedMap } from '../e2e/mapSignals.ts';

/** Counts to type into the form; null keeps the form's value. */
export interface DayCounts {
  orders: number | null;
  shoppers: number | null;
}

/** The counts typed into the form, Generate clicked, the new day's first solve awaited (or the form's refusal thrown). */
export async function generateDayThroughForm(
  page: Page,
  day: DayCounts,
  answerTimeoutMs: number,
  solveTimeoutMs: number,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Generate a day' });
  if (day.orders !== null) await form.getByRole('spinbutton', { name: 'Orders' }).fill(String(day.orders));
  if (day.shoppers !== null)
    await form.getByRole('spinbutton', { name: 'Shoppers' }).fill(String(day.shoppers));
  await page.evaluate(() =>
    Reflect.set(window, 'dayBeforeGenerate', window.dispatchStudio!.getState().scenario),
  );
  await form.getByRole('button', { name: 'Generate' }).click();
  // Either the day is replaced or the form says why not.
  await page.waitForFunction(
    () =>
      window.dispatchStudio!.getState().scenario !== Reflect.get(window, 'dayBeforeGenerate') ||
      document.querySelector('form[aria-label="Generate a day"] [role="alert"]') !== null,
    undefined,
    { timeout: answerTimeoutMs },
  );
  const refusals = await form.getByRole('alert').allInnerTexts();
  if (refusals.length > 0) throw new Error(`the form refused the day: ${refusals.join('; ')}`);
  await waitForSolvedMap(page, solveTimeoutMs);
}
