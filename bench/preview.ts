/**
 * What the browser benchmarks share: the built app served by `vite preview`
 * on a free port, and a page that runs the functions tsx hands it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts';

/** The browser tests' window. */
export const VIEWPORT = { width: 1280, height: 800 };

/** What a benchmark measures in the served app: a fresh page, the origin to open, the page's errors so far. */
export type Measure = (page: Page, origin: string, pageErrors: string[]) => Promise<void>;

/**
 * Serves the app (built first when asked), opens one page in Debian's
 * Chromium with the tests' flags and window, measures, and always closes
 * the browser and the server.
 */
export async function measureInStudio(build: boolean, measure: Measure): Promise<void> {
  const { origin, stop } = await startPreview(build);
  const browser = await chromium
    .launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    .catch((e) => {
      stop();
      throw e;
    });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await measure(page, origin, await preparePage(page));
  } finally {
    await browser.close();
    stop();
  }
}

/**
 * Builds the app when asked (or when `dist/` is missing), serves it with
 * `vite preview` and resolves once it answers. The server stops with `stop()`,
 * on exit, and on SIGINT / SIGTERM.
 */
async function startPreview(build: boolean): Promise<{ origin: string; stop: () => void }> {
  if (build || !existsSync('dist/index.html')) {
    console.log('building the app (npx vite build)…');
    const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error(`vite build failed (exit code ${built.status})`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops vite under npx too.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    await waitForServer(origin, () => server.exitCode);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}

/**
 * tsx compiles the benchmarks keeping function names: every named function in
 * the code handed to `page.evaluate` is wrapped in a `__name(…)` call, a helper
 * that exists only in Node. Call before the page loads.
 */
async function allowTsxNames(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name = (fn) => fn;');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Until the preview server answers (or has died). */
async function waitForServer(
  origin: string,
  exitCode: () => number | null,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = exitCode();
    if (code !== null) throw new Error(`vite preview exited with code ${code}`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${origin} within ${timeoutMs / 1000} s`);
}

/** Readies a page for measuring: tsx's names allowed, and its errors collected (the returned list fills up). */
async function preparePage(page: Page): Promise<string[]> {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await allowTsxNames(page);
  return pageErrors;
}
