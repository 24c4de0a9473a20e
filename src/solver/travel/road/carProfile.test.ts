import { describe, expect, it } from 'vitest';
import { CAR_SPEED_KMH, carRoad, MAXSPEED_FACTOR, parseMaxspeedKmh } from './carProfile.ts';

describe('carRoad', () => {
  it('drives road classes at their table speed, both ways', () => {
    expect(carRoad({ highway: 'residential' })).toEqual({
      speedKmh: CAR_SPEED_KMH.residential,
      forward: true,
      backward: true,
    });
    expect(carRoad({ highway: 'primary' })?.speedKmh).toBeGreaterThan(
      carRoad({ highway: 'service' })!.speedKmh,
    );
  });

  it('ignores ways that are not for cars', () => {
    for (const highway of ['footway', 'cycleway', 'path', 'steps', 'pedestrian', 'track', 'construction']) {
      expect(carRoad({ highway })).toBeNull();
    }
    expect(carRoad({ building: 'yes' })).toBeNull();
  });

  it('respects access, with motor_vehicle overriding access', () => {
    expect(carRoad({ highway: 'residential', access: 'private' })).toBeNull();
    expect(carRoad({ highway: 'residential', access: 'no' })).toBeNull();
    expect(carRoad({ highway: 'residential', motor_vehicle: 'no' })).toBeNull();
    expect(carRoad({ highway: 'residential', access: 'no', motor_vehicle: 'yes' })).not.toBeNull();
    expect(carRoad({ highway: 'residential', access: 'destination' })).not.toBeNull();
  });

  it('reads one-way tags and implied one-ways', () => {
    for (const oneway of ['yes', '1', 'true']) {
      expect(carRoad({ highway: 'residential', oneway })).toMatchObject({ forward: true, backward: false });
    }
    expect(carRoad({ highway: 'residential', oneway: '-1' })).toMatchObject({
      forward: false,
      backward: true,
    });
    expect(carRoad({ highway: 'motorway' })).toMatchObject({ forward: true, backward: false });
    expect(carRoad({ highway: 'motorway', oneway: 'no' })).toMatchObject({ forward: true, backward: true });
    for (const junction of ['roundabout', 'circular']) {
      expect(carRoad({ highway: 'tertiary', junction })).toMatchObject({ forward: true, backward: false });
    }
    expect(carRoad({ highway: 'residential', oneway: 'reversible' })).toBeNull();
  });

  it('uses a parseable maxspeed instead of the class speed', () => {
    expect(carRoad({ highway: 'residential', maxspeed: '50' })?.speedKmh).toBeCloseTo(50 * MAXSPEED_FACTOR);
    expect(carRoad({ highway: 'residential', maxspeed: 'signals' })?.speedKmh).toBe(
      CAR_SPEED_KMH.residential,
    );
  });
});

describe('parseMaxspeedKmh', () => {
  it('reads km/h, mph and lists', () => {
    expect(parseMaxspeedKmh('50')).toBe(50);
    expect(parseMaxspeedKmh('50 km/h')).toBe(50);
    expect(parseMaxspeedKmh('30 mph')).toBeCloseTo(48.28, 2);
    expect(parseMaxspeedKmh('25mph')).toBeCloseTo(40.23, 2);
    expect(parseMaxspeedKmh('40;30')).toBe(40);
  });

  it('refuses words and implausible numbers', () => {
    for (const value of ['none', 'signals', 'RU:urban', 'walk', '0', '999', '', undefined]) {
      expect(parseMaxspeedKmh(value)).toBeNull();
    }
  });
});
