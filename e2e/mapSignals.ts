/**
 * Waits on what the page itself signals: the map's `idle`, the store's state.
 * Plain functions of a Page, so that `takeScreenshot.ts` and `bench/pan.ts`
 * (outside the test runner) wait the same way as the tests.
 */
import type { Page } from '@playwright/test';

/** Resolves on the map's next `idle` (or at once when it has nothing left to render). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.dispatchStudioMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Waits until the street geometry the worker drew fits every route of the
 * current plan (each leg ends at its stop), then for the map to draw it.
 * Call once the solve is over: until then the plan keeps changing.
 */
export async function waitForStreetRoutes(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const { plan, routeGeometry } = window.dispatchStudio!.getState();
      if (!plan || !routeGeometry) return false;
      const streetsOf = new Map(routeGeometry.map((g) => [g.shopperId, g]));
      return plan.routes.every((route) => {
        const streets = streetsOf.get(route.shopperId);
        const stops = route.trips.flatMap((trip) => trip.stops);
        // Packed (`src/domain/routeGeometry.ts`): leg i ends at the point before leg i + 1 starts.
        return (
          streets?.legStarts.length === stops.length + 1 &&
          stops.every((stop, i) => {
            const end = streets.legStarts[i + 1]! - 1;
            return (
              streets.coordinates[2 * end] === stop.location.lng &&
              streets.coordinates[2 * end + 1] === stop.location.lat
            );
          })
        );
      });
    },
    undefined,
    { timeout },
  );
  await waitForMapIdle(page);
}

/** Waits until the solve has finished and the map has drawn its result, routes along the streets. */
export async function waitForSolvedMap(page: Page, timeout = 30_000): Promise<void> {
  await page
    .getByTestId('solve-status')
    .filter({ hasText: /Solved/ })
    .waitFor({ timeout });
  await page.waitForFunction(
    () => {
      const map = window.dispatchStudioMap;
      return !!map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
    },
    undefined,
    { timeout },
  );
  await waitForStreetRoutes(page, timeout);
}

/** Notes the plan on screen, so that `waitForResolve` can tell the next solve's plan from it. */
export async function markPlan(page: Page): Promise<void> {
  await page.evaluate(() => Reflect.set(window, 'planBeforeEdit', window.dispatchStudio!.getState().plan));
}

/** Waits until a solve after `markPlan` has finished with a plan of its own and the map has drawn it. */
export async function waitForResolve(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { plan, solveStatus } = window.dispatchStudio!.getState();
      return solveStatus === 'done' && plan !== Reflect.get(window, 'planBeforeEdit');
    },
    undefined,
    { timeout: 30_000 },
  );
  await waitForSolvedMap(page);
}
