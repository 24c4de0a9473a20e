import { describe, expect, it } from 'vitest';
import { generateGroceryDay } from './generator.ts';
import { isDayPinned, pinHolding } from './pins.ts';

describe('pins', () => {
  it('find the pin holding an order and tell a pinned day from pinned batches', () => {
    const day = generateGroceryDay({ seed: 5, orderCount: 4, shopperCount: 2, storeCount: 1 });
    const [a, b] = day.orders;
    const [p, q] = day.shoppers;
    const stops = (orderId: string) => [
      { kind: 'pickup' as const, orderId },
      { kind: 'delivery' as const, orderId },
    ];
    day.pins = [
      { shopperId: p!.id, stops: stops(a!.id) },
      { shopperId: q!.id, scope: 'batch', stops: stops(b!.id) },
    ];
    expect(pinHolding(day, a!.id)?.shopperId).toBe(p!.id);
    expect(pinHolding(day, b!.id)?.scope).toBe('batch');
    expect(pinHolding(day, day.orders[2]!.id)).toBeUndefined();
    expect(isDayPinned(day, p!.id)).toBe(true);
    expect(isDayPinned(day, q!.id)).toBe(false);
    expect(isDayPinned(day, undefined)).toBe(false);
  });
});
