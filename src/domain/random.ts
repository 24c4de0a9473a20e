/**
 * A small seeded pseudo-random number generator for reproducible scenarios and
 * tests. Everything that must be repeatable uses this, never `Math.random`.
 *
 * The core is mulberry32: 32 bits of state, fast, and statistically good
 * enough for generating data (it is not meant for cryptography).
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Normal (Gaussian) with the given mean and standard deviation. */
  normal(mean: number, sd: number): number;
  /**
   * Log-normal given by its median and the standard deviation of its log:
   * `median * exp(sigma * N(0, 1))`. Right-skewed and always positive.
   */
  lognormal(median: number, sigma: number): number;
  /** One element, uniformly; the array must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
}

/** The next state of mulberry32 and its output in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for an independent stream derived from `seed` (a murmur3-style
 * finaliser over both numbers). Lets one part of a generator draw its own
 * numbers, so changing how many numbers another part draws does not change it.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    chance: (p) => next() < p,
    normal: (mean, sd) => {
      // Box–Muller; 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const w = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    },
    lognormal: (median, sigma) => median * Math.exp(random.normal(0, sigma)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swapped = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = swapped;
      }
      return copy;
    },
  };
  return random;
}
