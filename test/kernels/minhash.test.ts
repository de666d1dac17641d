import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateJaccard, minhash, minhashStandardError } from '../../src/kernels/minhash.ts';

/** Two sets with a chosen union size and intersection, from distinct random 32-bit values. */
const setPair = (minUnion: number, maxUnion: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: minUnion, maxLength: maxUnion })
    .chain((union) =>
      fc.tuple(fc.constant(union), fc.nat({ max: union.length }), fc.nat({ max: union.length })),
    )
    .map(([union, x, y]) => {
      const inter = Math.min(x, y);
      const split = Math.max(x, y);
      const a = union.slice(0, split);
      const b = [...union.slice(0, inter), ...union.slice(split)];
      return { a, b, j: inter / union.length };
    });

describe('minhash', () => {
  it('estimates Jaccard within 4 standard errors (seeded)', () => {
    fc.assert(
      fc.property(setPair(20, 3000), fc.nat({ max: 7 }), ({ a, b, j }, seed) => {
        const est = estimateJaccard(minhash(a, 128, seed), minhash(b, 128, seed));
        // The estimate is a multiple of 1/128: allow the grid step beside 4 standard errors.
        expect(Math.abs(est - j)).toBeLessThanOrEqual(4 * minhashStandardError(j, 128) + 1 / 128);
      }),
      { numRuns: 400, seed: 20240517 },
    );
  });

  it('has the variance of k independent permutations: mean z² ≈ 1 (seeded)', () => {
    let sum = 0;
    let count = 0;
    fc.assert(
      fc.property(setPair(200, 2000), fc.nat({ max: 7 }), ({ a, b, j }, seed) => {
        if (j < 0.1 || j > 0.9) return;
        const est = estimateJaccard(minhash(a, 128, seed), minhash(b, 128, seed));
        const z = (est - j) / minhashStandardError(j, 128);
        sum += z * z;
        count++;
      }),
      { numRuns: 500, seed: 7 },
    );
    expect(count).toBeGreaterThan(200);
    expect(sum / count).toBeGreaterThan(0.6);
    expect(sum / count).toBeLessThan(1.4);
  });

  it('is exact at J = 1 and J = 0, and ignores order and duplicates', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 500 }), fc.nat({ max: 7 }), (xs, seed) => {
        const sig = minhash(xs, 64, seed);
        const shuffled = [...xs].reverse().concat(xs.slice(0, 10));
        expect(minhash(shuffled, 64, seed)).toEqual(sig);
        expect(estimateJaccard(sig, minhash(shuffled, 64, seed))).toBe(1);
        const disjoint = xs.map((x) => (x ^ 0x80000000) >>> 0).filter((x) => !xs.includes(x));
        if (disjoint.length > 0) expect(estimateJaccard(sig, minhash(disjoint, 64, seed))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is unbiased between a sparse and a dense signature (the two densification walks agree)', () => {
    // 10 vs 20 elements in 128 bins: one signature densifies by rank, the other by walking.
    let sum = 0;
    const seeds = 300;
    for (let seed = 0; seed < seeds; seed++) {
      const shared = Array.from({ length: 10 }, (_, i) => seed * 1000 + i);
      const extra = Array.from({ length: 10 }, (_, i) => seed * 1000 + 500 + i);
      sum += estimateJaccard(minhash(shared, 128, seed % 4), minhash([...shared, ...extra], 128, seed % 4));
    }
    expect(Math.abs(sum / seeds - 0.5)).toBeLessThan(0.03);
  });

  it('handles empty sets and tiny sets, and checks its arguments', () => {
    const empty = minhash([]);
    expect(estimateJaccard(empty, minhash([]))).toBe(1);
    expect(estimateJaccard(empty, minhash([1, 2, 3]))).toBe(0);
    expect(estimateJaccard(minhash([5]), minhash([5]))).toBe(1);
    expect(minhash([1, 2, 3], 10).length).toBe(10);
    expect(() => minhash([1], 0)).toThrow(RangeError);
    expect(() => minhash([1], 1025)).toThrow(RangeError);
    expect(() => estimateJaccard(minhash([1], 8), minhash([1], 16))).toThrow(RangeError);
  });

  it('depends on the seed', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    expect(minhash(xs, 128, 1)).not.toEqual(minhash(xs, 128, 2));
  });
});
