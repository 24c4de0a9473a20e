import { describe, expect, it } from 'vitest';
import type { Plan, ShopperRoute } from './plan.ts';
import { reassignedOrders, shopperByOrder } from './planDiff.ts';

const route = (shopperId: string, ...batches: string[][]): ShopperRoute => ({
  shopperId,
  trips: batches.map((orderIds) => ({ orderIds, storeIds: ['s1'], stops: [] })),
  startTime: 0,
  endTime: 0,
  driveSeconds: 0,
  distance: 0,
  cost: 0,
});
const plan = (routes: ShopperRoute[], unassigned: string[] = []): Plan => ({
  routes,
  unassigned: unassigned.map((orderId) => ({ orderId, reason: 'cost' })),
  cost: { time: 0, distance: 0, fixed: 0, lateness: 0, unassigned: 0, total: 0 },
});

describe('plan differences', () => {
  it('knows every order’s shopper, null when unassigned', () => {
    expect(shopperByOrder(plan([route('p1', ['o1', 'o2'], ['o3'])], ['o4']))).toEqual(
      new Map([
        ['o4', null],
        ['o1', 'p1'],
        ['o2', 'p1'],
        ['o3', 'p1'],
      ]),
    );
  });

  it('lists orders moved to another shopper, into or out of the unassigned, and nothing else', () => {
    const before = plan([route('p1', ['o1', 'o2']), route('p2', ['o3'])], ['o4', 'o9']);
    const after = plan([route('p1', ['o2'], ['o1']), route('p2', ['o4', 'o5'])], ['o3']);
    // o1 and o2 only changed batch; o5 is new; o9 is gone.
    expect(reassignedOrders(before, after).sort()).toEqual(['o3', 'o4']);
    expect(reassignedOrders(before, before)).toEqual([]);
  });
});
