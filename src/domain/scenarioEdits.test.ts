import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from './generator.ts';
import { newOrderId } from './newOrder.ts';
import {
  addOrder,
  assignOrder,
  deleteOrder,
  editShopper,
  moveOrder,
  moveShopperStart,
  moveStore,
  releaseOrder,
  setConstraint,
  setHandoffSeconds,
  setMaxDetour,
  setPickSecondsPerItem,
  setShopperRate,
  setShopperWorking,
  setVehicleSpeed,
  valueRange,
} from './scenarioEdits.ts';
import { parseScenario } from './scenarioSchema.ts';

/** A small generated day: a few stores, orders and shoppers that differ from one another. */
const smallDay = () => generateGroceryDay({ seed: 5, orderCount: 8, shopperCount: 3, storeCount: 2 });

describe('scenario edits', () => {
  it('change what they name and leave the scenario they were given as it was', () => {
    const before = smallDay();
    const copy = structuredClone(before);
    const after = setConstraint('maxOrdersPerBatch', 1)(before);
    expect(after.constraints.maxOrdersPerBatch).toBe(1);
    expect(after.constraints.maxItemsPerBatch).toBe(before.constraints.maxItemsPerBatch);
    expect(after.orders).toBe(before.orders);
    expect(before).toEqual(copy);
  });

  it('set a detour limit and take it away again, leaving no trace', () => {
    const before = smallDay();
    const limited = setMaxDetour(600)(before);
    expect(limited.constraints.maxDetourSeconds).toBe(600);
    expect(parseScenario(limited).ok).toBe(true);
    const unlimited = setMaxDetour(null)(limited);
    expect(unlimited.constraints).toEqual(before.constraints);
    expect('maxDetourSeconds' in unlimited.constraints).toBe(false);
  });

  it('give an order to a shopper by hand, once, and release it; deleting the order drops it', () => {
    const before = smallDay();
    const [a, b] = before.orders;
    const [p, q] = before.shoppers;
    const given = assignOrder(a!.id, q!.id)(assignOrder(a!.id, p!.id)(before));
    expect(given.assignments).toEqual([{ orderId: a!.id, shopperId: q!.id }]);
    expect(parseScenario(given).ok).toBe(true);
    expect(releaseOrder(a!.id)(given)).toEqual(before);
    expect(deleteOrder(a!.id)(given).assignments).toBeUndefined();
    const twice = { ...given, assignments: [...given.assignments!, { orderId: a!.id, shopperId: 'nobody' }] };
    const parsed = parseScenario(twice);
    expect(parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'assignments[1].orderId: order given to shoppers twice',
      'assignments[1].shopperId: no shopper "nobody"',
    ]);
    expect(parseScenario({ ...given, assignments: [{ orderId: `${b!.id}x`, shopperId: p!.id }] }).ok).toBe(
      false,
    );
  });

  it('change one shopper and share the others', () => {
    const s = smallDay();
    const [first, second] = s.shoppers;
    const later = editShopper(first!.id, (p) => ({ ...p, shift: { ...p.shift, end: p.shift.end - 3600 } }))(
      s,
    );
    expect(later.shoppers[0]!.shift.end).toBe(first!.shift.end - 3600);
    expect(later.shoppers[1]).toBe(second);
    const off = setShopperWorking(first!.id, false)(s);
    expect(off.shoppers[0]!.active).toBe(false);
    expect(parseScenario(off).ok).toBe(true);
    // Back on is exactly as never turned off.
    expect(setShopperWorking(first!.id, true)(off).shoppers[0]).toEqual(first);
  });

  it('move a door, a store and a shopper start, add an order and delete one', () => {
    const s = smallDay();
    const to = { lng: s.orders[0]!.location.lng + 0.001, lat: s.orders[0]!.location.lat };
    expect(moveOrder(s.orders[0]!.id, to)(s).orders[0]!.location).toEqual(to);
    expect(moveStore(s.stores[1]!.id, to)(s).stores[1]!.location).toEqual(to);
    expect(moveShopperStart(s.shoppers[2]!.id, to)(s).shoppers[2]!.start).toEqual(to);
    const id = newOrderId(s);
    expect(s.orders.some((o) => o.id === id)).toBe(false);
    const added = addOrder({ ...s.orders[0]!, id, location: to })(s);
    expect(added.orders.length).toBe(s.orders.length + 1);
    expect(parseScenario(added).ok).toBe(true);
    expect(deleteOrder(id)(added).orders).toEqual(s.orders);
  });

  it('set every store, order and shopper at once', () => {
    const s = smallDay();
    expect(setPickSecondsPerItem(20)(s).stores.map((st) => st.pickSecondsPerItem)).toEqual(
      s.stores.map(() => 20),
    );
    expect(setHandoffSeconds(90)(s).orders.every((o) => o.handoffSeconds === 90)).toBe(true);
    expect(setShopperRate('costPerHour', 21)(s).shoppers.every((sh) => sh.costPerHour === 21)).toBe(true);
    expect(setShopperRate('costPerKm', 0.4)(s).shoppers.every((sh) => sh.costPerKm === 0.4)).toBe(true);
  });

  it('set one vehicle type’s speed, keeping the travel model', () => {
    const s = smallDay();
    const after = setVehicleSpeed('ebike', 20)(s);
    expect(after.travel).toEqual({ ...s.travel, speedsKmh: { ...s.travel.speedsKmh, ebike: 20 } });
    expect(parseScenario(after).ok).toBe(true);
  });
});

describe('valueRange', () => {
  it('is the lowest and highest value, null for none', () => {
    expect(valueRange([3, 1, 2])).toEqual({ min: 1, max: 3 });
    expect(valueRange([5])).toEqual({ min: 5, max: 5 });
    expect(valueRange([])).toBeNull();
  });
});
