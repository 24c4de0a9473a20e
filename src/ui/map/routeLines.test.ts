import { describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/plan.ts';
import { packRoute, type RouteGeometry } from '../../domain/routeGeometry.ts';
import type { LngLat, Scenario } from '../../domain/scenario.ts';
import { routeLines } from './routeLines.ts';

// Only what routeLines reads: shoppers' starts, and the routes' stops in order.
const home = { lng: 0, lat: 0 };
const store = { lng: 0.01, lat: 0 };
const door = { lng: 0.01, lat: 0.01 };
const scenario = { shoppers: [{ id: 'p1', start: home }] } as unknown as Scenario;
const plan = {
  routes: [{ shopperId: 'p1', trips: [{ stops: [{ location: store }, { location: door }] }] }],
} as unknown as Plan;

const p = (lng: number, lat: number): LngLat => ({ lng, lat });
/** Door to door along a street: each location, its road position, the streets between. */
const streetLegs: LngLat[][] = [
  [home, p(0, 0.0001), p(0.01, 0.0001), store],
  [store, p(0.01, 0.0001), p(0.0101, 0.005), p(0.0101, 0.01), door],
];

describe('routeLines', () => {
  it('draws a route along its street geometry, door walks apart', () => {
    const geometry: RouteGeometry[] = [packRoute('p1', streetLegs)];
    const { routes, doors } = routeLines(scenario, plan, geometry);
    expect(routes.features).toHaveLength(1);
    // The road parts joined, the shared road position once.
    expect(routes.features[0]!.geometry.coordinates).toEqual([
      [0, 0.0001],
      [0.01, 0.0001],
      [0.0101, 0.005],
      [0.0101, 0.01],
    ]);
    expect(doors.features[0]!.geometry.coordinates).toEqual([
      [
        [0, 0],
        [0, 0.0001],
      ],
      [
        [0.01, 0.0001],
        [0.01, 0],
      ],
      [
        [0.0101, 0.01],
        [0.01, 0.01],
      ],
    ]);
    expect(routes.features[0]!.properties).toEqual({ shopperId: 'p1', color: expect.any(String) });
  });

  it('draws straight lines until geometry for these very stops arrives', () => {
    const straight = [
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
    ];
    expect(routeLines(scenario, plan, null).routes.features[0]!.geometry.coordinates).toEqual(straight);
    // An earlier plan's geometry: the shopper went to another door.
    const stale: RouteGeometry[] = [
      packRoute('p1', [streetLegs[0]!, [...streetLegs[1]!.slice(0, -1), p(0.02, 0.02)]]),
    ];
    const lines = routeLines(scenario, plan, stale);
    expect(lines.routes.features[0]!.geometry.coordinates).toEqual(straight);
    expect(lines.doors.features).toEqual([]);
  });

  it('keeps the straight legs of straight-line travel whole', () => {
    const geometry: RouteGeometry[] = [
      packRoute('p1', [
        [home, store],
        [store, door],
      ]),
    ];
    const { routes, doors } = routeLines(scenario, plan, geometry);
    expect(routes.features[0]!.geometry.coordinates).toEqual([
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
    ]);
    expect(doors.features).toEqual([]);
  });

  it('leaves out points that bend a street line by less than half a metre, keeping its corners', () => {
    // 0.0001° of latitude is about 11 m; 0.000001° about 11 cm.
    const wiggly: LngLat[][] = [
      [home, p(0, 0.0001), p(0.005, 0.0001), p(0.0075, 0.000101), p(0.01, 0.0001), store],
      [store, p(0.01, 0.0001), p(0.01, 0.005), p(0.0101, 0.01), door],
    ];
    const { routes } = routeLines(scenario, plan, [packRoute('p1', wiggly)]);
    expect(routes.features[0]!.geometry.coordinates).toEqual([
      [0, 0.0001],
      [0.01, 0.0001],
      [0.01, 0.005],
      [0.0101, 0.01],
    ]);
  });

  it('builds the lines of a geometry once, however many plans it is drawn for', () => {
    const geometry: RouteGeometry[] = [packRoute('p1', streetLegs)];
    const first = routeLines(scenario, plan, geometry);
    const again = routeLines(scenario, structuredClone(plan), geometry);
    expect(again.routes.features[0]!.geometry.coordinates).toBe(
      first.routes.features[0]!.geometry.coordinates,
    );
    expect(again.doors.features[0]!.geometry.coordinates).toBe(first.doors.features[0]!.geometry.coordinates);
  });

  it('keeps the features of a route it drew from the same geometry and start, and draws them again when either moved', () => {
    const geometry: RouteGeometry[] = [packRoute('p1', streetLegs)];
    const first = routeLines(scenario, plan, geometry);
    const same = routeLines(scenario, { ...plan }, geometry);
    expect(same.routes.features[0]).toBe(first.routes.features[0]);
    expect(same.doors.features[0]).toBe(first.doors.features[0]);

    const straight = routeLines(scenario, plan, null).routes.features[0]!;
    expect(straight).not.toBe(first.routes.features[0]);
    expect(straight.geometry.coordinates).toEqual([
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
    ]);
    const moved = { shoppers: [{ id: 'p1', start: p(0, 0.001) }] } as unknown as Scenario;
    expect(routeLines(moved, plan, null).routes.features[0]!.geometry.coordinates[0]).toEqual([0, 0.001]);
  });

  it('draws nothing without a plan', () => {
    expect(routeLines(scenario, null, null).routes.features).toEqual([]);
  });
});
