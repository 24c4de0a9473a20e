import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from './random.ts';

const draws = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('createRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('stays in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(50), (seed, min, width) => {
        const random = createRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = random.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = random.int(min, min + width);
          expect(Number.isInteger(n) && n >= min && n <= min + width).toBe(true);
          const u = random.uniform(min, min + width + 1);
          expect(u >= min && u < min + width + 1).toBe(true);
        }
      }),
    );
  });

  it('reaches both ends of an integer range', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => random.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('draws normals and log-normals with the asked centre and spread', () => {
    const random = createRandom(11);
    const normals = Array.from({ length: 20_000 }, () => random.normal(5, 2));
    expect(mean(normals)).toBeCloseTo(5, 1);
    expect(Math.sqrt(mean(normals.map((x) => (x - 5) ** 2)))).toBeCloseTo(2, 1);
    const lognormals = Array.from({ length: 20_000 }, () => random.lognormal(20, 0.6)).sort((a, b) => a - b);
    expect(lognormals[10_000]).toBeGreaterThan(19);
    expect(lognormals[10_000]).toBeLessThan(21);
    expect(lognormals[0]).toBeGreaterThan(0);
  });

  it('shuffles into a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const before = [...items];
        const shuffled = createRandom(seed).shuffle(items);
        expect(items).toEqual(before);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('picks elements of the array and refuses an empty one', () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i++) expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('lets `next` be passed around on its own', () => {
    const { next } = createRandom(9);
    expect(next()).toBe(draws(9, 1)[0]);
  });
});

describe('deriveSeed', () => {
  it('gives different streams for different stream numbers and seeds', () => {
    const seeds = new Set<number>();
    for (let seed = 0; seed < 20; seed++)
      for (let stream = 0; stream < 5; stream++) seeds.add(deriveSeed(seed, stream));
    expect(seeds.size).toBe(100);
    expect(draws(deriveSeed(1, 1), 10)).not.toEqual(draws(deriveSeed(1, 2), 10));
  });
});
