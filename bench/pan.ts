/**
 * How smoothly the map pans over the Baltimore harbour day with every route
 * drawn, in headless Chromium (Debian's, launched as the browser tests launch
 * it, SwiftShader WebGL): the built app served by `vite preview`, the sample
 * opened from the Map chooser as a user opens it, solved, the whole extract in
 * view; then per run the map is dragged with the mouse for a few seconds while
 * a requestAnimationFrame loop in the page records every frame.
 *
 *   npm run bench:pan -- [--runs 5] [--seconds 3] [--bare] [--build] [--out FILE]
 *
 * `--bare` hides every layer but the background before panning: the frame
 * rate of an empty map, i.e. what this browser and machine can do at all.
 *
 * `--build` rebuilds the app first (it is built anyway when `dist/` is
 * missing). Exit code 2 when the server offers no Baltimore sample
 * (`../shared/data/osm/baltimore.osm.pbf` is not on this machine), 1 when not
 * every route of the plan is drawn in the view measured.
 */
import type { Page } from '@playwright/test';
import { waitForMapIdle, waitForSolvedMap } from '../e2e/mapSignals.ts';
import { mean, median, numberFlag, parseFlags, printTable, writeJson } from './cli.ts';
import { DRAG_LAP_MS, DRAG_RADIUS_PX, dragMap } from './mapDrag.ts';
import { measureInStudio, VIEWPORT } from './preview.ts';

const flags = parseFlags(process.argv.slice(2));
const runs = numberFlag(flags, 'runs', 5);
const panMs = numberFlag(flags, 'seconds', 3) * 1000;
const bare = flags.has('bare');
/** An unmeasured drag first: the GeoJSON tiles just outside the view are cut and uploaded once. */
const WARM_UP_MS = 1000;
/** The target. */
const TARGET_FPS = 30;
/** Loading the extract, building its network in the worker and solving, on a shared 2-core machine. */
const SOLVE_TIMEOUT_MS = 180_000;

await measureInStudio(flags.has('build'), measure);

async function measure(page: Page, origin: string, pageErrors: string[]): Promise<void> {
  const samples = (await (await fetch(`${origin}/samples/index.json`)).json()) as { name: string }[];
  if (!samples.some((sample) => sample.name === 'baltimore')) {
    console.error(
      '/samples/index.json lists no Baltimore sample: ../shared/data/osm/baltimore.osm.pbf is not on this machine. Nothing measured.',
    );
    process.exitCode = 2;
    return;
  }

  const loadStart = performance.now();
  await page.goto(origin);
  await page.getByRole('button', { name: 'Baltimore harbour' }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: 'Grocery day in Baltimore harbour' })
    .waitFor();
  await waitForSolvedMap(page, SOLVE_TIMEOUT_MS);
  const solvedMs = performance.now() - loadStart;

  // The whole extract, framed as the app frames a map when it opens it (`extractBounds`: its streets, 40 px padding).
  const view = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    const { extract, plan } = window.dispatchStudio!.getState();
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const way of extract!.ways) {
      if (way.tags.highway === undefined) continue;
      for (const i of way.nodes) {
        west = Math.min(west, extract!.lons[i]!);
        east = Math.max(east, extract!.lons[i]!);
        south = Math.min(south, extract!.lats[i]!);
        north = Math.max(north, extract!.lats[i]!);
      }
    }
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 40, animate: false },
    );
    const center = map.getCenter();
    return {
      center: [center.lng, center.lat] as [number, number],
      zoom: map.getZoom(),
      planRoutes: plan!.routes.length,
      extractKm: [
        (east - west) * 111.32 * Math.cos((((south + north) / 2) * Math.PI) / 180),
        (north - south) * 111.32,
      ],
    };
  });
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => {
    const map = window.dispatchStudioMap!;
    // A line crossing tile edges comes back once per tile: count shoppers, not features.
    const features = map.queryRenderedFeatures({ layers: ['routes'] });
    const source = map.getSource<import('maplibre-gl').GeoJSONSource>('routes')!;
    return source.getData().then((data) => ({
      routesDrawn: new Set(features.map((f) => f.properties.shopperId)).size,
      routeVertices: (data as GeoJSON.FeatureCollection<GeoJSON.LineString>).features.reduce(
        (sum, f) => sum + f.geometry.coordinates.length,
        0,
      ),
    }));
  });

  /** One drag around the circle from the whole extract in view; with `record`, the frames drawn meanwhile. */
  const drag = async (durationMs: number, record: boolean) => {
    await page.evaluate(
      ([center, zoom]) => window.dispatchStudioMap!.jumpTo({ center, zoom, bearing: 0, pitch: 0 }),
      [view.center, view.zoom] as const,
    );
    await waitForMapIdle(page);
    const recorded = await dragMap(page, durationMs, record);
    await waitForMapIdle(page);
    return recorded;
  };

  if (bare) await page.evaluate(hideAllButBackground);
  await drag(WARM_UP_MS, false);
  const rows = [];
  for (let run = 1; run <= runs; run++) {
    rows.push({ run, ...(await drag(panMs, true))! });
  }

  const state = await page.evaluate(() => {
    const { scenario, networkId } = window.dispatchStudio!.getState();
    return {
      scenario: scenario.name,
      network: networkId,
      stores: scenario.stores.length,
      orders: scenario.orders.length,
      shoppers: scenario.shoppers.length,
    };
  });
  const summary = {
    scenario: state.scenario,
    stores: state.stores,
    orders: state.orders,
    shoppers: state.shoppers,
    viewportPx: VIEWPORT,
    zoom: view.zoom,
    extractKm: view.extractKm,
    planRoutes: view.planRoutes,
    routesDrawn: drawn.routesDrawn,
    routeVertices: drawn.routeVertices,
    loadAndSolveMs: solvedMs,
    bare,
    runs,
    panMsPerRun: panMs,
    dragRadiusPx: DRAG_RADIUS_PX,
    dragLapMs: DRAG_LAP_MS,
    fpsMedian: median(rows.map((r) => r.fps)),
    fpsMin: Math.min(...rows.map((r) => r.fps)),
    frameMsMedian: median(rows.map((r) => r.frameMsMedian)),
    frameMsP95Median: median(rows.map((r) => r.frameMsP95)),
    longestFrameMs: Math.max(...rows.map((r) => r.longestFrameMs)),
    mapFpsMedian: median(rows.map((r) => r.mapFps)),
    mouseMovesPerSecondMean: mean(rows.map((r) => (r.mouseMoves / r.panMs) * 1000)),
    targetFps: TARGET_FPS,
    targetMet: median(rows.map((r) => r.fps)) >= TARGET_FPS,
    pageErrors,
  };

  console.log(
    `${state.scenario}: ${state.stores} stores, ${state.orders} orders, ${state.shoppers} shoppers; ` +
      `loaded and solved in ${(solvedMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `view ${VIEWPORT.width}×${VIEWPORT.height} px at zoom ${view.zoom.toFixed(2)} ` +
      `(extract ${view.extractKm.map((km) => km.toFixed(1)).join(' × ')} km); ` +
      `routes drawn ${drawn.routesDrawn} of ${view.planRoutes} (${drawn.routeVertices} vertices)` +
      (bare ? '; then every layer hidden but the background (--bare)' : ''),
  );
  console.log(
    `mouse drag around a ${DRAG_RADIUS_PX} px circle, one lap per ${DRAG_LAP_MS} ms, ${panMs} ms per run ` +
      `(after ${WARM_UP_MS} ms unmeasured)\n`,
  );
  printTable(rows);
  console.log(
    `\nmedian ${summary.fpsMedian.toFixed(1)} fps (target ≥ ${TARGET_FPS}: ${summary.targetMet ? 'met' : 'NOT met'}), ` +
      `frame median ${summary.frameMsMedian.toFixed(1)} ms, p95 ${summary.frameMsP95Median.toFixed(1)} ms, ` +
      `longest ${summary.longestFrameMs.toFixed(1)} ms; map redrawn ${summary.mapFpsMedian.toFixed(1)} times/s`,
  );
  for (const error of pageErrors) console.error(`page error: ${error}`);
  writeJson(flags.get('out'), { summary, runs: rows });
  if (drawn.routesDrawn < view.planRoutes) {
    console.error(`only ${drawn.routesDrawn} of the plan's ${view.planRoutes} routes are drawn in the view`);
    process.exitCode = 1;
  }
}

/** In the page: only the background is drawn from now on. */
function hideAllButBackground(): void {
  const map = window.dispatchStudioMap!;
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'background') map.setLayoutProperty(layer.id, 'visibility', 'none');
  }
}
