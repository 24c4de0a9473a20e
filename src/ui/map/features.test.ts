import { describe, expect, it } from 'vitest';
import { day } from '../../domain/testing/handPlans.ts';
import { changedOrderFeatures, orderRingFeatures } from './features.ts';

describe('changedOrderFeatures', () => {
  it('puts each changed order at its door, a deleted one where the baseline had it', () => {
    const baseline = day(['o1', 'o2'], ['p1']);
    const current = day(['o1', 'o3'], ['p1']);
    current.orders[0]!.location = { lng: -76.5, lat: 39.2 };
    baseline.orders[1]!.location = { lng: -76.7, lat: 39.4 };
    const features = changedOrderFeatures(
      [
        {
          orderId: 'o1',
          shopperId: 'p1',
          changes: [
            { kind: 'shopper', fromShopperId: 'p2', toShopperId: 'p1' },
            { kind: 'arrival', before: 0, after: 120, shift: 120 },
          ],
        },
        { orderId: 'o2', shopperId: null, changes: [{ kind: 'removed', shopperId: 'p1' }] },
      ],
      current,
      baseline,
    ).features;
    expect(features.map((f) => [f.properties, f.geometry.coordinates])).toEqual([
      [{ orderId: 'o1', changes: 'shopper arrival' }, [-76.5, 39.2]],
      [{ orderId: 'o2', changes: 'removed' }, [-76.7, 39.4]],
    ]);
  });
});

describe('orderRingFeatures', () => {
  it('rings the orders asked for at their doors, under their index in the day', () => {
    const scenario = day(['o1', 'o2', 'o3'], ['p1']);
    scenario.orders[2]!.location = { lng: -76.6, lat: 39.3 };
    const rings = orderRingFeatures(scenario, ['o3', 'gone']).features;
    expect(rings.map((f) => [f.id, f.properties, f.geometry.coordinates])).toEqual([
      [2, { orderId: 'o3' }, [-76.6, 39.3]],
    ]);
  });
});
