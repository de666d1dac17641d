import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShingleSet } from '../../src/kernels/setSimilarity.ts';
import { asSortedSet, containment, intersectionSize, jaccard, overlap, toSortedSet } from '../../src/kernels/setSimilarity.ts';

/** Small values so that random sets overlap; sometimes one set much larger (galloping). */
const values = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
  fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 10 }),
  fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 500, maxLength: 1500 }),
);

function naive(a: number[], b: number[]) {
  const A = new Set(a.map((x) => x >>> 0));
  const B = new Set(b.map((x) => x >>> 0));
  const inter = [...A].filter((x) => B.has(x)).length;
  const both = A.size === 0 && B.size === 0;
  const one = A.size === 0 || B.size === 0;
  return {
    inter,
    jaccard: both ? 1 : one ? 0 : inter / (A.size + B.size - inter),
    containment: both ? 1 : one ? 0 : inter / A.size,
    overlap: both ? 1 : one ? 0 : inter / Math.min(A.size, B.size),
  };
}

describe('set measures', () => {
  it('toSortedSet is sorted and duplicate-free with the same members', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = toSortedSet(xs);
        for (let i = 1; i < s.length; i++) expect(s[i] as number).toBeGreaterThan(s[i - 1] as number);
        expect(new Set(s)).toEqual(new Set(xs.map((x) => x >>> 0)));
        expect(asSortedSet(s)).toBe(s);
      }),
    );
    expect(() => asSortedSet(Uint32Array.of(2, 1))).toThrow(RangeError);
    expect(() => asSortedSet(Uint32Array.of(1, 1))).toThrow(RangeError);
  });

  it('equal the naive Set computation, for sorted sets, Sets and mixed', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const want = naive(a, b);
        const forms: [ShingleSet, ShingleSet][] = [
          [toSortedSet(a), toSortedSet(b)],
          [new Set(a.map((x) => x >>> 0)), new Set(b.map((x) => x >>> 0))],
          [toSortedSet(a), new Set(b.map((x) => x >>> 0))],
          [new Set(a.map((x) => x >>> 0)), toSortedSet(b)],
        ];
        for (const [x, y] of forms) {
          expect(intersectionSize(x, y)).toBe(want.inter);
          expect(jaccard(x, y)).toBe(want.jaccard);
          expect(containment(x, y)).toBe(want.containment);
          expect(overlap(x, y)).toBe(want.overlap);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('are in [0, 1], symmetric where they should be, and 1 on identical sets', () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const x = toSortedSet(a);
        const y = toSortedSet(b);
        for (const f of [jaccard, containment, overlap]) {
          const v = f(x, y);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(f(x, x)).toBe(1);
        }
        expect(jaccard(y, x)).toBe(jaccard(x, y));
        expect(overlap(y, x)).toBe(overlap(x, y));
        expect(jaccard(x, y)).toBeLessThanOrEqual(Math.min(containment(x, y), containment(y, x), overlap(x, y)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('gallops correctly through a much larger set', () => {
    const large = toSortedSet(Array.from({ length: 100_000 }, (_, i) => i * 3));
    const small = toSortedSet([0, 1, 2, 3, 299_997, 299_998, 150_000, 7]);
    expect(intersectionSize(small, large)).toBe(4); // 0, 3, 150000, 299997
    expect(containment(small, large)).toBe(4 / 8);
  });
});
