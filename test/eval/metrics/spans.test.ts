import { describe, expect, it } from 'vitest';
import { lines } from '../../../src/kernels/lines.ts';
import fc from 'fast-check';
import { charOverlap, intersectionLength, lineOverlap, mergeIntervals } from '../../../src/eval/metrics/spans.ts';
import { bootstrapIntervals } from '../../../src/eval/metrics/bootstrap.ts';

describe('span metrics', () => {
  it('merges overlapping intervals', () => {
    expect(mergeIntervals([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 2, end: 6 }, { start: 10, end: 12 }])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 12 },
    ]);
  });

  it('counts characters found, wrongly flagged and missed', () => {
    expect(charOverlap([{ start: 0, end: 10 }], [{ start: 5, end: 20 }])).toEqual({ tp: 5, fp: 10, fn: 5 });
    expect(charOverlap([], [])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('counts lines that are at least half covered', () => {
    const text = 'first line\nad line here\nlast';
    const ls = lines(text);
    expect(ls.map((l) => l.text)).toEqual(['first line', 'ad line here', 'last']);
    expect(lineOverlap(ls, [{ start: 11, end: 23 }], [{ start: 11, end: 18 }, { start: 24, end: 28 }])).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('lineOverlap sweep', () => {
  it('agrees with a per-line intersection oracle', () => {
    const interval = (n: number) => fc.tuple(fc.nat(n), fc.nat(n)).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }).map((s) => s.replace(/x/g, '\n')), fc.array(interval(130)), fc.array(interval(130)), (text, gold, pred) => {
        const ls = lines(text);
        const oracle = { tp: 0, fp: 0, fn: 0 };
        for (const l of ls) {
          const len = l.end - l.start;
          const g = intersectionLength([l], mergeIntervals(gold)) >= len / 2;
          const p = intersectionLength([l], mergeIntervals(pred)) >= len / 2;
          if (g && p) oracle.tp++;
          else if (p) oracle.fp++;
          else if (g) oracle.fn++;
        }
        expect(lineOverlap(ls, gold, pred)).toEqual(oracle);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});

describe('bootstrap', () => {
  it('is deterministic for a seed and brackets the point estimate', () => {
    const xs = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const mean = (w?: ArrayLike<number>) => {
      let s = 0;
      let n = 0;
      xs.forEach((x, i) => {
        const k = w ? (w[i] as number) : 1;
        s += k * x;
        n += k;
      });
      return { mean: s / n };
    };
    const a = bootstrapIntervals(xs.length, mean, 7);
    expect(bootstrapIntervals(xs.length, mean, 7)).toEqual(a);
    expect(a.mean.lo).toBeLessThan(mean().mean);
    expect(a.mean.hi).toBeGreaterThan(mean().mean);
    // ~ ±1.96 · sqrt(p(1-p)/n) = ±0.065
    expect((a.mean.hi ?? 0) - (a.mean.lo ?? 0)).toBeGreaterThan(0.09);
    expect((a.mean.hi ?? 0) - (a.mean.lo ?? 0)).toBeLessThan(0.17);
  });
});
