/**
 * The river that splits the city. It is laid out in its own frame: `u` runs
 * downstream across the whole city and the banks sit at `v = centre(u) ±
 * halfWidth(u)`, sampled at even steps of `u`. That makes "is this point in
 * the water?" a lookup instead of a polygon walk, and exact for the polygon
 * that ends up in the extract.
 */
import type { Random } from '../random.ts';
import type { Frame, Vec } from './geometry.ts';
import { fromFrame, makeFrame, segmentCrossing, toFrame, vec } from './geometry.ts';
import type { Region } from './regions.ts';

export interface River {
  readonly name: string;
  /** Centred on the city; `u` downstream. The river runs south of the centre in this frame (v < 0). */
  readonly frame: Frame;
  /** `u` of the first sample. */
  readonly u0: number;
  /** Distance in `u` between samples, metres. */
  readonly step: number;
  /** `v` of the centreline at each sample. */
  readonly centre: readonly number[];
  readonly halfWidth: readonly number[];
}

const SAMPLE_STEP = 40;

/**
 * A gently meandering river 110–170 m wide, 700–1000 m off the centre, at a
 * random multiple of 90° (±20°) so that it may run along either axis and pass
 * either side of the centre. It overshoots the city by 200 m at both ends.
 */
export function generateRiver(random: Random, name: string, halfSize: number): River {
  const angle = (random.int(0, 3) * Math.PI) / 2 + random.uniform(-0.35, 0.35);
  const reach = halfSize * (Math.abs(Math.cos(angle)) + Math.abs(Math.sin(angle))) + 200;
  const v0 = -random.uniform(700, 1000);
  const wave = (amplitude: number, wavelength: number) => {
    const phase = random.uniform(0, 2 * Math.PI);
    return (u: number) => amplitude * Math.sin((2 * Math.PI * u) / wavelength + phase);
  };
  const meander = wave(random.uniform(120, 220), random.uniform(2800, 4500));
  const wiggle = wave(random.uniform(30, 60), random.uniform(900, 1400));
  const half = random.uniform(55, 85);
  const widthWave = wave(0.2 * half, random.uniform(1500, 2500));
  const samples = Math.ceil((2 * reach) / SAMPLE_STEP);
  const centre: number[] = [];
  const halfWidth: number[] = [];
  for (let k = 0; k <= samples; k++) {
    const u = -reach + k * SAMPLE_STEP;
    centre.push(v0 + meander(u) + wiggle(u));
    halfWidth.push(half + widthWave(u));
  }
  return { name, frame: makeFrame(vec(0, 0), angle), u0: -reach, step: SAMPLE_STEP, centre, halfWidth };
}

/**
 * Both banks from upstream to downstream, moved `margin` metres outwards:
 * `upper` on the `v > 0` side of the centreline, `lower` on the other.
 */
export function riverBanks(river: River, margin = 0): { upper: Vec[]; lower: Vec[] } {
  const upper: Vec[] = [];
  const lower: Vec[] = [];
  river.centre.forEach((c, k) => {
    const u = river.u0 + k * river.step;
    upper.push(fromFrame(river.frame, u, c + river.halfWidth[k]! + margin));
    lower.push(fromFrame(river.frame, u, c - river.halfWidth[k]! - margin));
  });
  return { upper, lower };
}

/** The water (widened by `margin`) as one polygon: up one bank and back down the other. */
export function riverOutline(river: River, margin = 0): Vec[] {
  const { upper, lower } = riverBanks(river, margin);
  return [...upper, ...lower.reverse()];
}

export function riverCentreline(river: River): Vec[] {
  return river.centre.map((c, k) => fromFrame(river.frame, river.u0 + k * river.step, c));
}

/** The water, widened by `margin` metres on both banks (measured across the river's axis). */
export function riverRegion(river: River, margin = 0): Region {
  const { frame, u0, step, centre, halfWidth } = river;
  const last = centre.length - 1;
  const bank = (k: number, side: 1 | -1) => vec(u0 + k * step, centre[k]! + side * (halfWidth[k]! + margin));
  return {
    contains: (p) => {
      // toFrame, inlined: this runs for every candidate building corner.
      const dx = p.x - frame.origin.x;
      const dy = p.y - frame.origin.y;
      const k = (dx * frame.cos + dy * frame.sin - u0) / step;
      if (k < 0 || k > last) return false;
      const i = Math.min(last - 1, Math.floor(k));
      const s = k - i;
      const c = centre[i]! + s * (centre[i + 1]! - centre[i]!);
      const h = halfWidth[i]! + s * (halfWidth[i + 1]! - halfWidth[i]!) + margin;
      return Math.abs(-dx * frame.sin + dy * frame.cos - c) < h;
    },
    crossings: (a, b, out) => {
      const fa = toFrame(frame, a);
      const fb = toFrame(frame, b);
      const kMin = Math.max(0, Math.floor((Math.min(fa.x, fb.x) - u0) / step));
      const kMax = Math.min(last - 1, Math.floor((Math.max(fa.x, fb.x) - u0) / step));
      for (let k = kMin; k <= kMax; k++) {
        for (const side of [1, -1] as const) {
          const hit = segmentCrossing(fa, fb, bank(k, side), bank(k + 1, side));
          if (hit) out.push(hit.t);
        }
      }
      // The ends lie outside the city, but closing the polygon keeps the region exact.
      for (const k of [0, last]) {
        const hit = segmentCrossing(fa, fb, bank(k, -1), bank(k, 1));
        if (hit) out.push(hit.t);
      }
    },
  };
}
