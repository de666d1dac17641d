import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '../../benchmarks/text.ts';
import { LshIndex, lshCollisionProbability, lshParams } from '../../src/kernels/lsh.ts';
import { minhash } from '../../src/kernels/minhash.ts';

describe('lsh', () => {
  it('chooses bands × rows ≤ k whose S-curve crosses ½ near the threshold', () => {
    for (const k of [32, 64, 128, 256]) {
      for (const t of [0.3, 0.5, 0.7, 0.85]) {
        const { bands, rows } = lshParams(k, t);
        expect(bands * rows).toBeLessThanOrEqual(k);
        expect(lshCollisionProbability(t - 0.15, bands, rows)).toBeLessThan(0.5);
        expect(lshCollisionProbability(Math.min(0.99, t + 0.15), bands, rows)).toBeGreaterThan(0.5);
      }
    }
    expect(lshParams(128, 0.5)).toEqual({ bands: 25, rows: 5 });
  });

  it('finds pairs with the recall its parameters predict, above and below the threshold (seeded)', () => {
    const r = rng(42);
    const index = new LshIndex({ numPerm: 128, threshold: 0.5 });
    const pairs: { s: number; a: number; b: number }[] = [];
    for (let p = 0; p < 1500; p++) {
      const union = 300 + r.int(0, 700);
      const s = r.float();
      const inter = Math.round(union * s);
      const aOnly = r.int(0, union - inter);
      const items = Array.from({ length: union }, () => r.int(0, 0xffffffff) >>> 0);
      const shared = items.slice(0, inter);
      const a = index.add(minhash([...shared, ...items.slice(inter, inter + aOnly)]));
      const b = index.add(minhash([...shared, ...items.slice(inter + aOnly)]));
      pairs.push({ s: inter / union, a, b });
    }
    const found = new Set(index.candidatePairs().map(([x, y]) => `${x},${y}`));
    // Per similarity decile: observed candidate rate vs the predicted S-curve, within 4 binomial σ.
    for (let d = 0; d < 10; d++) {
      const group = pairs.filter((p) => p.s >= d / 10 && p.s < (d + 1) / 10);
      const predicted = group.reduce((sum, p) => sum + index.collisionProbability(p.s), 0);
      const observed = group.filter((p) => found.has(`${p.a},${p.b}`)).length;
      const variance = group.reduce((sum, p) => sum + index.collisionProbability(p.s) * (1 - index.collisionProbability(p.s)), 0);
      expect(Math.abs(observed - predicted), `decile ${d}: ${observed} vs ${predicted.toFixed(1)}`).toBeLessThanOrEqual(4 * Math.sqrt(variance) + 2);
    }
    // Above the design threshold, recall is at least what P(threshold) promises.
    const above = pairs.filter((p) => p.s >= 0.5);
    const recall = above.filter((p) => found.has(`${p.a},${p.b}`)).length / above.length;
    const promised = above.reduce((sum, p) => sum + index.collisionProbability(p.s), 0) / above.length;
    expect(recall).toBeGreaterThanOrEqual(promised - 4 * Math.sqrt((promised * (1 - promised)) / above.length));
    expect(recall).toBeGreaterThan(0.85);
  });

  it('query and candidatePairs agree; identical signatures always collide', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), { minLength: 1, maxLength: 30 }), (sets) => {
        const index = new LshIndex({ numPerm: 32, bands: 8, rows: 4 });
        const sigs = sets.map((s) => minhash(s, 32));
        for (const sig of sigs) index.add(sig);
        expect(index.size).toBe(sets.length);
        const fromQueries = new Set<string>();
        sigs.forEach((sig, i) => {
          const hits = index.query(sig);
          expect(hits).toContain(i);
          for (const j of hits) if (j !== i) fromQueries.add(i < j ? `${i},${j}` : `${j},${i}`);
        });
        const pairs = index.candidatePairs();
        expect(new Set(pairs.map(([x, y]) => `${x},${y}`))).toEqual(fromQueries);
        for (const [x, y] of pairs) expect(x).toBeLessThan(y);
      }),
      { numRuns: 200 },
    );
  });

  it('checks its arguments', () => {
    expect(() => new LshIndex({ numPerm: 16, bands: 5, rows: 4 })).toThrow(RangeError);
    expect(() => lshParams(128, 1)).toThrow(RangeError);
    const index = new LshIndex({ numPerm: 16, threshold: 0.5 });
    expect(() => index.add(new Uint32Array(8))).toThrow(RangeError);
  });
});
