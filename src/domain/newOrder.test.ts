import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from './generator.ts';
import { draftOrder, newOrder, newOrderId } from './newOrder.ts';
import { parseScenario } from './scenarioSchema.ts';
import { parseClock } from './units.ts';

describe('a new order placed on the map', () => {
  const day = generateGroceryDay({ seed: 5, orderCount: 8, shopperCount: 3, storeCount: 2 });

  it("starts from the nearest store and the nearest order's window", () => {
    const store = day.stores[1]!;
    const next = { lng: store.location.lng + 0.0001, lat: store.location.lat };
    expect(draftOrder(day, next).storeId).toBe(store.id);
    const order = day.orders[3]!;
    expect(draftOrder(day, order.location).windowStart).toBe(order.window.start);
  });

  it('becomes an order the schema takes, under an id nobody has', () => {
    const at = day.orders[0]!.location;
    const order = newOrder(day, at, { ...draftOrder(day, at), windowMinutes: 90 });
    expect(day.orders.some((o) => o.id === order.id)).toBe(false);
    expect(order.window.end - order.window.start).toBe(90 * 60);
    expect(order.placedAt).toBeLessThanOrEqual(order.window.start);
    expect(parseScenario({ ...day, orders: [...day.orders, order] }).ok).toBe(true);
    expect(newOrderId({ ...day, orders: [{ ...order, id: 'o41' }] })).toBe('o42');
  });

  it('reads the time a time input gives, and nothing else', () => {
    expect(parseClock('14:30')).toBe(14 * 3600 + 30 * 60);
    expect(parseClock('9:05')).toBe(9 * 3600 + 5 * 60);
    expect(parseClock('25:00')).toBeNull();
    expect(parseClock('14h30')).toBeNull();
  });
});
