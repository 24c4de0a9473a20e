/**
 * Parks take the place of whole blocks of a neighbourhood's grid: the streets
 * inside are left out and the streets around stay, as in a real town. A large
 * park may have a pond.
 */
import type { Random } from '../random.ts';
import type { Frame, Vec } from './geometry.ts';
import { fromFrame, vec } from './geometry.ts';
import type { NamePool } from './names.ts';

export interface Park {
  name: string;
  /** Counter-clockwise, inside the streets that surround it. */
  polygon: Vec[];
  /** The blocks it takes, in its grid's frame: streets whose midpoint falls strictly inside are left out. */
  frame: Frame;
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  pond?: { name: string; polygon: Vec[] };
}

/** The park's edge stands this far inside the streets around it. */
const PARK_INSET = 12;
/** Parks larger than this (m²) may have a pond. */
const POND_AREA = 45_000;

/**
 * Tries a few block ranges of 1–2 × 1–2 blocks between grid lines at `us`
 * (constant u) and `vs` (constant v) and keeps the first that `fits`.
 */
export function planPark(
  random: Random,
  names: NamePool,
  frame: Frame,
  us: readonly number[],
  vs: readonly number[],
  fits: (outline: Vec[]) => boolean,
): Park | undefined {
  for (let attempt = 0; attempt < 6; attempt++) {
    const across = random.int(1, 2);
    const along = random.int(1, 2);
    if (us.length <= across || vs.length <= along) return undefined;
    const l = random.int(0, us.length - 1 - across);
    const k = random.int(0, vs.length - 1 - along);
    const [u0, u1, v0, v1] = [us[l]!, us[l + across]!, vs[k]!, vs[k + along]!];
    const rectangle = (inset: number) => [
      fromFrame(frame, u0 + inset, v0 + inset),
      fromFrame(frame, u1 - inset, v0 + inset),
      fromFrame(frame, u1 - inset, v1 - inset),
      fromFrame(frame, u0 + inset, v1 - inset),
    ];
    // Room around it: the whole block range and 20 m beyond must be clear.
    if (!fits(rectangle(-20))) continue;
    const width = u1 - u0 - 2 * PARK_INSET;
    const height = v1 - v0 - 2 * PARK_INSET;
    const park: Park = { name: names.park(), polygon: rectangle(PARK_INSET), frame, u0, u1, v0, v1 };
    if (width * height > POND_AREA && random.chance(0.6)) {
      const centre = vec((u0 + u1) / 2 + random.uniform(-0.1, 0.1) * width, (v0 + v1) / 2);
      park.pond = {
        name: names.pond(),
        polygon: Array.from({ length: 20 }, (_, i) => {
          const angle = (2 * Math.PI * i) / 20;
          return fromFrame(
            frame,
            centre.x + 0.28 * width * Math.cos(angle),
            centre.y + 0.28 * height * Math.sin(angle),
          );
        }),
      };
    }
    return park;
  }
  return undefined;
}

/** Whether a grid street's midpoint (in the park's frame) lies strictly inside the park's blocks. */
export function inPark(park: Park, u: number, v: number): boolean {
  return u > park.u0 + 1 && u < park.u1 - 1 && v > park.v0 + 1 && v < park.v1 - 1;
}
