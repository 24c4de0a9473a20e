/**
 * Bridges and overpasses: a main road is cut into ways at ground level and
 * ways a level up (`bridge=yes`, `layer=1`), which cross what lies beneath
 * without a junction.
 */
import type { Crossing } from './crossings.ts';
import type { Vec } from './geometry.ts';
import { mergeIntervals, splitAtIntervals } from './geometry.ts';
import type { Region } from './regions.ts';
import { insideIntervals } from './regions.ts';
import type { Ring } from './ring.ts';

/** Bridges reach this far onto each bank, so that their ends stand on dry land. */
const ABUTMENT = 25;
/** Half the length of the ring's overpass over an arterial. */
const OVERPASS = 40;

/**
 * The ring cut into ways: overpasses over every arterial and bridges over the
 * river, the rest at ground level. Intervals that wrap past the ring's first
 * vertex are split there (a ring road is many ways anyway).
 */
export function ringWays(
  ring: Ring,
  crossings: readonly Crossing[],
  water: Region,
): { points: Vec[]; inside: boolean }[] {
  const length = ring.lengths.at(-1)!;
  const raw: [number, number][] = [
    ...crossings.map((c): [number, number] => [c.along - OVERPASS, c.along + OVERPASS]),
    ...insideIntervals(ring.line, water).map(([s0, s1]): [number, number] => [s0 - ABUTMENT, s1 + ABUTMENT]),
  ];
  const wrapped = raw.flatMap(([s0, s1]): [number, number][] => {
    if (s0 < 0)
      return [
        [0, s1],
        [s0 + length, length],
      ];
    if (s1 > length)
      return [
        [s0, length],
        [0, s1 - length],
      ];
    return [[s0, s1]];
  });
  return splitAtIntervals(ring.line, mergeIntervals(wrapped));
}

/** A road crossing the river, cut into land, bridge, land: bridges reach `ABUTMENT` metres onto each bank. */
export function withBridges(points: Vec[], water: Region): { points: Vec[]; inside: boolean }[] {
  const wet = insideIntervals(points, water);
  return splitAtIntervals(points, mergeIntervals(wet.map(([s0, s1]) => [s0 - ABUTMENT, s1 + ABUTMENT])));
}
