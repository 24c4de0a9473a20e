import { describe, expect, it } from 'vitest';
import type { BenchmarkInstance } from './instance.ts';
import { validateRoutes } from './validateRoutes.ts';

const site = { demand: 0, ready: 0, due: 1000, service: 0 };

/**
 * Depot at the origin, due 100. Route [1, 2]: 5 to customer 1 (served 5–6),
 * 4 to customer 2 (arrives 10, waits for 20, leaves 21), 3 back (24).
 * Route [3]: arrives exactly at its due 10, back at 20.
 */
function vrptw(): BenchmarkInstance {
  return {
    name: 'tiny',
    kind: 'vrptw',
    vehicles: 2,
    capacity: 10,
    depot: { id: 0, x: 0, y: 0, demand: 0, ready: 0, due: 100, service: 0 },
    customers: [
      { id: 1, x: 3, y: 4, demand: 4, ready: 0, due: 50, service: 1 },
      { id: 2, x: 3, y: 0, demand: 3, ready: 20, due: 30, service: 1 },
      { id: 3, x: 0, y: 10, demand: 5, ready: 0, due: 10, service: 0 },
    ],
  };
}

/** Two pairs on the axes: pickup 1 (6) → delivery 2, pickup 3 (5) → delivery 4; capacity 10. */
function pdptw(): BenchmarkInstance {
  return {
    name: 'pairs',
    kind: 'pdptw',
    vehicles: 2,
    capacity: 10,
    depot: { id: 0, x: 0, y: 0, ...site },
    customers: [
      { id: 1, x: 1, y: 0, ...site, demand: 6, deliveryId: 2 },
      { id: 2, x: 2, y: 0, ...site, demand: -6, pickupId: 1 },
      { id: 3, x: 0, y: 1, ...site, demand: 5, deliveryId: 4 },
      { id: 4, x: 0, y: 2, ...site, demand: -5, pickupId: 3 },
    ],
  };
}

describe('validateRoutes, VRPTW', () => {
  it('accepts a feasible solution and sums its distance', () => {
    expect(validateRoutes(vrptw(), [[1, 2], [3]])).toEqual({ violations: [], vehicles: 2, distance: 32 });
  });

  it('catches a late arrival', () => {
    const instance = vrptw();
    instance.customers[2]!.due = 9.5;
    expect(validateRoutes(instance, [[1, 2], [3]]).violations).toEqual([
      'route 2: customer 3 served at 10 after its due 9.5',
    ]);
  });

  it('catches a late return to the depot', () => {
    const instance = vrptw();
    instance.depot.due = 22;
    expect(validateRoutes(instance, [[1, 2], [3]]).violations).toEqual([
      'route 1: back at the depot at 24 after its due 22',
    ]);
  });

  it('waits for the window to open before serving', () => {
    // Customer 2 first: arrives at 3, waits until 20, leaves 21, reaches customer 1 at 25 (due 50), back at 31.
    expect(validateRoutes(vrptw(), [[2, 1], [3]]).violations).toEqual([]);
    const instance = vrptw();
    instance.customers[0]!.due = 24.9;
    expect(validateRoutes(instance, [[2, 1], [3]]).violations).toEqual([
      'route 1: customer 1 served at 25 after its due 24.9',
    ]);
  });

  it('catches an over-capacity route', () => {
    const instance = vrptw();
    instance.depot.due = 1000;
    instance.customers[2]!.due = 1000;
    expect(validateRoutes(instance, [[1, 2, 3]]).violations).toEqual([
      'route 1: load 12 exceeds capacity 10',
    ]);
  });

  it('catches a missing customer', () => {
    expect(validateRoutes(vrptw(), [[1, 2]]).violations).toEqual(['customer 3 is not served']);
  });

  it('catches a duplicate', () => {
    const { violations } = validateRoutes(vrptw(), [
      [1, 2],
      [3, 1],
    ]);
    expect(violations).toContain('route 2: customer 1 is served again (first in route 1)');
  });

  it('catches an id that is not a customer, the depot included', () => {
    expect(
      validateRoutes(vrptw(), [
        [1, 2],
        [3, 7, 0],
      ]).violations,
    ).toEqual(['route 2: 7 is not a customer of tiny', 'route 2: 0 is not a customer of tiny']);
  });

  it('counts non-empty routes and allows more than the fleet', () => {
    const { violations, vehicles } = validateRoutes(vrptw(), [[1], [], [2], [3]]);
    expect(violations).toEqual([]);
    expect(vehicles).toBe(3);
  });
});

describe('validateRoutes, PDPTW', () => {
  it('accepts pairs in order and limits the running load, not the total', () => {
    // Picks up 11 in all, but never carries more than 6.
    expect(validateRoutes(pdptw(), [[1, 2, 3, 4]])).toEqual({
      violations: [],
      vehicles: 1,
      distance: 5 + Math.sqrt(5),
    });
  });

  it('catches a running load over capacity', () => {
    expect(validateRoutes(pdptw(), [[1, 3, 2, 4]]).violations).toEqual([
      'route 1: load 11 after customer 3 exceeds capacity 10',
    ]);
  });

  it('catches a delivery before its pickup', () => {
    expect(
      validateRoutes(pdptw(), [
        [2, 1],
        [3, 4],
      ]).violations,
    ).toEqual([
      'route 1: load -6 after customer 2 is negative',
      'route 1: delivery 2 comes before its pickup 1',
    ]);
  });

  it('catches a pickup and its delivery in different routes', () => {
    const { violations } = validateRoutes(pdptw(), [[1], [2], [3, 4]]);
    expect(violations).toContain('route 2: delivery 2 is not in the route of its pickup 1 (route 1)');
  });

  it('reports a missing pickup once, not as a precedence failure too', () => {
    expect(validateRoutes(pdptw(), [[3, 4]]).violations).toEqual([
      'customer 1 is not served',
      'customer 2 is not served',
    ]);
  });
});
