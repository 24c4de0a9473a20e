/**
 * The arterials: a few long, gently curving roads that cross the city, laid
 * out in the river's frame so that some run across it (and need bridges) and
 * some run along it on either side. Each keeps one name along its length.
 */
import type { Random } from '../random.ts';
import type { Vec } from './geometry.ts';
import { cumulativeLengths, fromFrame, vec } from './geometry.ts';
import type { NamePool } from './names.ts';
import { convexRegion, cutOut, outsideOf } from './regions.ts';
import type { River } from './water.ts';

export interface Arterial {
  name: string;
  highway: 'primary' | 'secondary';
  /** Inside the city square, from edge to edge (the radial one starts in the centre). */
  points: Vec[];
  /** The arterial this one starts from, when it starts in the centre rather than at the edge. */
  startsOn?: number;
}

/** Spacing of the points that draw an arterial's curve: its bends are kilometres long. */
const STEP = 80;

/**
 * In the river's frame (river at v < 0): two primaries across the river, a
 * primary through the centre along it, a secondary along each side of the
 * river further out, and a secondary from the centre out to the edge.
 */
export function planArterials(random: Random, names: NamePool, river: River, halfSize: number): Arterial[] {
  const reach = 1.5 * halfSize;
  const wave = (amplitude: number) => {
    const a = random.uniform(0.5, 1) * amplitude;
    const wavelength = random.uniform(2500, 4500);
    const phase = random.uniform(0, 2 * Math.PI);
    return (s: number) => a * Math.sin((2 * Math.PI * s) / wavelength + phase);
  };
  const steps = (from: number, to: number) =>
    Array.from({ length: Math.floor((to - from) / STEP) + 1 }, (_, k) => from + k * STEP);
  const along = (v: (u: number) => number) =>
    steps(-reach, reach).map((u) => fromFrame(river.frame, u, v(u)));
  const across = (u: (v: number) => number) =>
    steps(-reach, reach).map((v) => fromFrame(river.frame, u(v), v));
  const waterBottom = Math.min(...river.centre.map((c, k) => c - river.halfWidth[k]!));

  const centralV = random.uniform(100, 400);
  const central = wave(80);
  const radialStart = random.uniform(-400, 400);
  const radialAngle = (random.chance(0.5) ? 1 : -1) * random.uniform(0.44, 0.96);
  const radialBend = wave(40);
  const [firstU, secondU] = [-random.uniform(700, 1300), random.uniform(600, 1200)];
  const [firstWave, secondWave] = [wave(100), wave(100)];
  const southV = waterBottom - random.uniform(300, 450);
  const south = wave(60);
  const northV = random.uniform(1250, 1650);
  const north = wave(80);

  const start = vec(radialStart, centralV + central(radialStart));
  const [dirU, dirV] = [Math.sin(radialAngle), Math.cos(radialAngle)];
  // Starts 15 m behind the central arterial so that it crosses it (and is trimmed back later).
  const radial = steps(-15, reach).map((s) => {
    const bend = radialBend(s) * Math.min(1, s / 500);
    return fromFrame(river.frame, start.x + s * dirU + bend * dirV, start.y + s * dirV - bend * dirU);
  });

  const square = outsideOf(
    convexRegion([
      vec(-halfSize, -halfSize),
      vec(halfSize, -halfSize),
      vec(halfSize, halfSize),
      vec(-halfSize, halfSize),
    ]),
  );
  const inCity = (points: Vec[]) =>
    cutOut(points, [square]).reduce((best, piece) =>
      cumulativeLengths(piece).at(-1)! > cumulativeLengths(best).at(-1)! ? piece : best,
    );
  const arterial = (highway: Arterial['highway'], points: Vec[]): Arterial => ({
    name: names.street('arterial'),
    highway,
    points: inCity(points),
  });
  return [
    arterial(
      'primary',
      along((u) => centralV + central(u)),
    ),
    arterial(
      'primary',
      across((v) => firstU + firstWave(v)),
    ),
    arterial(
      'primary',
      across((v) => secondU + secondWave(v)),
    ),
    arterial(
      'secondary',
      along((u) => southV + south(u)),
    ),
    arterial(
      'secondary',
      along((u) => northV + north(u)),
    ),
    { ...arterial('secondary', radial), startsOn: 0 },
  ];
}
