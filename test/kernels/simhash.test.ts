import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '../../benchmarks/text.ts';
import { hammingDistance, simhash, simhashSimilarity } from '../../src/kernels/simhash.ts';

describe('simhash', () => {
  it('is 0 bits apart for the same set, in [0, 64], symmetric', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff })), fc.array(fc.integer({ min: 0, max: 0xffffffff })), (a, b) => {
        const x = simhash(a);
        const y = simhash(b);
        expect(hammingDistance(x, simhash([...a].reverse()))).toBe(0);
        const d = hammingDistance(x, y);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(64);
        expect(hammingDistance(y, x)).toBe(d);
        expect(simhashSimilarity(x, y)).toBe(1 - d / 64);
      }),
    );
  });

  it('differs in each bit with probability θ/π, θ the angle between the sets (seeded)', () => {
    const r = rng(9);
    let sumError = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const inter = r.int(0, 400);
      const aOnly = r.int(0, 400);
      const bOnly = r.int(inter + aOnly === 0 ? 1 : 0, 400);
      const shared = Array.from({ length: inter }, () => r.int(0, 0xffffffff) >>> 0);
      const a = [...shared, ...Array.from({ length: aOnly }, () => r.int(0, 0xffffffff) >>> 0)];
      const b = [...shared, ...Array.from({ length: bOnly }, () => r.int(0, 0xffffffff) >>> 0)];
      if (a.length === 0 || b.length === 0) continue;
      const theta = Math.acos(Math.min(1, inter / Math.sqrt(a.length * b.length)));
      const p = theta / Math.PI;
      const observed = hammingDistance(simhash(a), simhash(b)) / 64;
      // 64 bits: binomial σ ≤ 1/16; 5σ per pair.
      expect(Math.abs(observed - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / 64) + 0.02);
      sumError += observed - p;
    }
    expect(Math.abs(sumError / trials)).toBeLessThan(0.02);
  });
});
