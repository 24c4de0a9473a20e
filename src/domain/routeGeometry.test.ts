import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legCount, packRoute, pointAt, routeBuffers, unpackLegs } from './routeGeometry.ts';

const point = fc.record({
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
});

describe('packed route geometry', () => {
  it('gives back every leg, point for point, after crossing with its buffers transferred', () => {
    fc.assert(
      fc.property(fc.array(fc.array(point, { maxLength: 6 }), { maxLength: 6 }), (legs) => {
        const packed = packRoute('p1', legs);
        const crossed = structuredClone(packed, { transfer: routeBuffers([packed]) });
        expect(legCount(crossed)).toBe(legs.length);
        expect(unpackLegs(crossed)).toEqual(legs);
        // Transferred, not copied: the sender's arrays are left empty.
        expect(packed.coordinates.length).toBe(0);
      }),
    );
  });

  it('numbers the points across legs, each leg starting where the one before ended', () => {
    const packed = packRoute('p1', [
      [
        { lng: 1, lat: 2 },
        { lng: 3, lat: 4 },
      ],
      [{ lng: 5, lat: 6 }],
    ]);
    expect([...packed.legStarts]).toEqual([0, 2, 3]);
    expect(pointAt(packed, 2)).toEqual({ lng: 5, lat: 6 });
  });
});
