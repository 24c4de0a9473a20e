/**
 * Every browser test runs under two watchers: no request may leave the app's
 * own origin, and the page may log no error. Both are checked after the test.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Watchers {
  /** Requests to any other host than the app's. */
  foreignRequests: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ watchers: Watchers }>({
  watchers: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watchers: Watchers = { foreignRequests: [], consoleErrors: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watchers.foreignRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watchers.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watchers.consoleErrors.push(error.message));
      await use(watchers);
      expect(watchers.foreignRequests, 'requests that left the local origin').toEqual([]);
      expect(watchers.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export {
  markPlan,
  waitForMapIdle,
  waitForResolve,
  waitForSolvedMap,
  waitForStreetRoutes,
} from './mapSignals.ts';
export { expect };

/** Opens a tab of the inspector dock, as a planner clicks it, and waits until it is the one shown. */
export async function openInspectorTab(
  page: Page,
  name: 'Timeline' | 'KPIs' | 'Compare' | 'Solver',
): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}
