/**
 * Small hand-made scenarios for engine and validator tests: few enough
 * orders that a reader can check a plan by hand.
 */
import { DEFAULT_CONSTRAINTS } from '../../domain/defaults.ts';
import { SCENARIO_VERSION, type Scenario } from '../../domain/scenario.ts';
import { hours, minutes } from '../../domain/units.ts';

/** One store, four orders around it, two shoppers; soft windows. */
export function tinyScenario(): Scenario {
  const store = { lng: -76.62, lat: 39.3 };
  const door = (dLng: number, dLat: number) => ({ lng: store.lng + dLng, lat: store.lat + dLat });
  const order = (id: string, location: { lng: number; lat: number }, items: number, windowStart: number) => ({
    id,
    storeId: 's1',
    location,
    items,
    bags: Math.ceil(items / 8),
    placedAt: hours(10),
    window: { start: windowStart, end: windowStart + hours(1) },
    handoffSeconds: minutes(2),
  });
  return {
    version: SCENARIO_VERSION,
    name: 'Tiny day',
    travel: { model: 'straight-line', circuity: 1.3, speedsKmh: { car: 30, ebike: 15, walk: 5 } },
    stores: [
      {
        id: 's1',
        name: 'Corner Market',
        location: store,
        hours: { start: hours(7), end: hours(22) },
        pickSecondsPerItem: 30,
      },
    ],
    orders: [
      order('o1', door(0.01, 0.005), 12, hours(11)),
      order('o2', door(0.012, 0.006), 20, hours(11)),
      order('o3', door(-0.015, -0.004), 8, hours(11.5)),
      order('o4', door(-0.02, 0.01), 30, hours(12)),
    ],
    shoppers: [
      {
        id: 'p1',
        name: 'Ana',
        start: door(0.005, -0.005),
        shift: { start: hours(10), end: hours(14) },
        capacity: { items: 60, bags: 10 },
        vehicle: 'car',
        costPerHour: 20,
        costPerKm: 0.4,
      },
      {
        id: 'p2',
        name: 'Ben',
        start: door(-0.005, 0.005),
        shift: { start: hours(11), end: hours(15) },
        capacity: { items: 40, bags: 6 },
        vehicle: 'ebike',
        costPerHour: 18,
        costPerKm: 0.1,
      },
    ],
    constraints: { ...DEFAULT_CONSTRAINTS, windows: 'soft' },
  };
}
