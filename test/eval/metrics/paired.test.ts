import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mcnemarExact, pairedDeltas } from '../../../src/eval/metrics/paired.ts';

describe('exact McNemar test', () => {
  it('matches binomial tail values computed by hand', () => {
    expect(mcnemarExact(0, 10)).toBeCloseTo(2 / 1024, 12);
    expect(mcnemarExact(1, 9)).toBeCloseTo((2 * 11) / 1024, 12);
    expect(mcnemarExact(9, 1)).toBeCloseTo((2 * 11) / 1024, 12);
    expect(mcnemarExact(5, 5)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
  });

  it('is symmetric, in [0, 1], and stable for large counts', () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), (b, c) => {
        const p = mcnemarExact(b, c);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(mcnemarExact(c, b)).toBeCloseTo(p, 12);
      }),
      { numRuns: 200, seed: 3 },
    );
    expect(mcnemarExact(1000, 1400)).toBeLessThan(1e-8);
  });
});

describe('paired bootstrap deltas', () => {
  const cases = Array.from({ length: 200 }, (_, i) => ({ gold: i % 2 === 0, score: (i % 2 === 0 ? 0.6 : 0.4) + ((i * 37) % 11) / 100 }));
  const a = cases.map((c) => ({ ...c, predicted: c.score >= 0.5 }));

  it('gives a zero delta with a zero-width interval for identical versions', () => {
    const f1 = pairedDeltas(a, a, 1, 200).find((d) => d.metric === 'f1');
    expect(f1).toMatchObject({ delta: 0, lo: 0, hi: 0 });
  });

  it('puts a clear regression entirely below zero', () => {
    // B misses every fourth positive
    const b = a.map((d, i) => (d.gold && i % 8 === 0 ? { ...d, predicted: false, score: 0.1 } : d));
    const recall = pairedDeltas(a, b, 1, 500).find((d) => d.metric === 'recall');
    expect(recall?.delta).toBeCloseTo(-0.25, 5);
    expect(recall?.hi).toBeLessThan(0);
    expect(recall?.lo).toBeGreaterThan(-0.4);
  });
});
