/**
 * The studio on street maps: the basemap and its labels, a day on a real
 * city's streets with routes that follow them, and a file that is no map.
 * (No request leaving the origin and no console error: `fixtures.ts`, for
 * every test.)
 */
import type { Page } from '@playwright/test';
import { BASEMAP_LAYERS, BASEMAP_SOURCES } from '../src/ui/map/basemap/basemapLayers.ts';
import { expect, test, waitForMapIdle, waitForSolvedMap } from './fixtures.ts';
import { renderedCount, routeDistanceToRoads } from './mapQueries.ts';

/** The basemap's road lines (casings, fills, bridges, paths) and its street-name labels. */
const ROAD_LAYERS = BASEMAP_LAYERS.filter(
  (layer) => layer.type === 'line' && layer.source === BASEMAP_SOURCES.roads,
).map((layer) => layer.id);
const LABEL_LAYERS = BASEMAP_LAYERS.filter((layer) => layer.type === 'symbol').map((layer) => layer.id);

/** Street names show from zoom 13; the whole town is framed just below it, so look closer, as a planner would. */
const LABEL_ZOOM = 13.5;

/**
 * Looks closer, as a planner would to read street names, and waits for the
 * first labels rather than for every tile at the new zoom: both are proof
 * enough, and on the shared SwiftShader canvas the latter takes seconds.
 */
async function expectLabelsWhenZoomedIn(page: Page): Promise<void> {
  await page.evaluate((zoom) => window.dispatchStudioMap!.jumpTo({ zoom }), LABEL_ZOOM);
  await expect.poll(() => renderedCount(page, LABEL_LAYERS), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** What a failed map load must leave alone. */
async function studioSnapshot(page: Page) {
  return page.evaluate(() => {
    const s = window.dispatchStudio!.getState();
    return {
      scenario: JSON.stringify(s.scenario),
      plan: JSON.stringify(s.plan),
      networkId: s.networkId,
      extractNodes: s.extract?.lats.length,
    };
  });
}

test('the built-in city is drawn with its streets and their names', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Built-in city' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForFunction(() => window.dispatchStudio!.getState().networkStatus === 'ready');
  await page.waitForFunction(() => !!window.dispatchStudioMap?.getSource('basemap-roads'));
  await waitForMapIdle(page);
  expect(await renderedCount(page, ROAD_LAYERS)).toBeGreaterThan(0);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');

  await expectLabelsWhenZoomedIn(page);
});

test('a day in Baltimore harbour is planned and drawn on its streets', async ({ page, request }) => {
  const samples: { name: string }[] = await (await request.get('/samples/index.json')).json();
  test.skip(
    !samples.some((sample) => sample.name === 'baltimore'),
    '/samples/index.json lists no Baltimore sample: ../shared/data/osm/baltimore.osm.pbf is not on this machine',
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Baltimore harbour' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grocery day in Baltimore harbour');
  await expect(page.getByRole('button', { name: 'Baltimore harbour' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await waitForSolvedMap(page);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
  await expect(page.getByTestId('map-summary')).toHaveText(/^Baltimore harbour: \d+ km of drivable roads/);

  expect(await renderedCount(page, ROAD_LAYERS)).toBeGreaterThan(0);
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toBeVisible();
  await expect(attribution).toContainText('© OpenStreetMap contributors');

  const plan = await page.evaluate(() => window.dispatchStudio!.getState().plan!.routes.length);
  const distances = await routeDistanceToRoads(page);
  expect(distances.routes).toBe(plan);
  // Street geometry, not a straight line per stop: many vertices per route.
  expect(distances.vertices).toBeGreaterThan(20 * distances.routes);
  expect(distances.roadSegments).toBeGreaterThan(10_000);
  expect(
    distances.worst.metres,
    `farthest vertex from a road: ${JSON.stringify(distances.worst)}`,
  ).toBeLessThan(5);

  await expectLabelsWhenZoomedIn(page);
  expect(await renderedCount(page, ROAD_LAYERS)).toBeGreaterThan(0);
});

test('a file that is not a map, opened or dropped, is refused and the day stays', async ({ page }) => {
  await page.goto('/');
  await waitForSolvedMap(page);
  const before = await studioSnapshot(page);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();

  await page.getByLabel('Open .osm.pbf…').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Milk, eggs, bread: not a map at all.'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    /^Could not open "notes\.txt": not an OpenStreetMap PBF file/,
  );

  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0, 0, 0, 9, 1, 2, 3])], 'broken.osm.pbf'));
    return transfer;
  });
  const map = page.getByLabel('Map of stores, orders and shopper routes');
  await map.dispatchEvent('dragover', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-hint')).toBeVisible();
  await map.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-hint')).toBeHidden();
  await expect(page.getByRole('alert')).toHaveText(/^Could not open "broken\.osm\.pbf": /);

  expect(await studioSnapshot(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
  await expect(page.getByRole('button', { name: 'Built-in city' })).toHaveAttribute('aria-pressed', 'true');

  // The worker kept its network too: the day solves again on it.
  await page.getByRole('button', { name: 'Solve' }).click();
  await expect(page.getByTestId('solve-status')).not.toHaveText(/Solved/);
  await waitForSolvedMap(page);
  await expect(page.getByTestId('validation')).toHaveText(/validated/);
});
