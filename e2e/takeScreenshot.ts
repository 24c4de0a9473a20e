/**
 * Refreshes the README's screenshot: the built app, served locally, after its
 * first solve, with the routes drawn along the built-in city's streets.
 * `npm run screenshot` (builds first).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { waitForStreetRoutes } from './mapSignals.ts';

const PORT = 4174;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (let i = 0; i < 50; i++) {
    try {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.getByTestId('solve-status').filter({ hasText: 'Solved' }).waitFor({ timeout: 30_000 });
  await waitForStreetRoutes(page);
  await page.screenshot({ path: 'e2e/screenshots/studio.png' });
  await browser.close();
  console.log('wrote e2e/screenshots/studio.png');
} finally {
  server.kill();
}
