import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { englishText, nearDuplicate } from '../../benchmarks/text.ts';
import { levenshtein, levenshteinBounded, levenshteinSimilarity, symbolLength } from '../../src/kernels/levenshtein.ts';
import { anyText, messyString, mutated, textPair } from './arbitraries.ts';

/** Textbook O(n·m) dynamic programme over arrays of symbols: an oracle independent of both bit-parallel codes. */
function naive(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
const units = (s: string) => s.split('');
const points = (s: string) => Array.from(s);

describe('levenshtein', () => {
  it('equals fastest-levenshtein on 10,000 generated pairs', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        expect(levenshtein(a, b)).toBe(distance(a, b));
      }),
      { numRuns: 10_000 },
    );
  });

  it('equals the textbook dynamic programme, in code units and in code points', () => {
    fc.assert(
      fc.property(messyString, messyString, (a, b) => {
        expect(levenshtein(a, b)).toBe(naive(units(a), units(b)));
        expect(levenshtein(a, b, { unit: 'codepoint' })).toBe(naive(points(a), points(b)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('counts an emoji as 2 code units by default and 1 code point on request', () => {
    expect(distance('😀', 'a')).toBe(2);
    expect(levenshtein('😀', 'a')).toBe(2);
    expect(levenshtein('😀', 'a', { unit: 'codepoint' })).toBe(1);
    expect(levenshtein('😀', '😁')).toBe(1); // same high surrogate
    expect(levenshtein('a😀b', 'ab', { unit: 'codepoint' })).toBe(1);
    expect(levenshtein('\ud800x', 'x', { unit: 'codepoint' })).toBe(1); // a lone surrogate is one symbol
    expect(levenshteinSimilarity('😀', 'a', { unit: 'codepoint' })).toBe(0);
    expect(symbolLength('a😀', 'codepoint')).toBe(2);
  });

  it('code-point mode is exact with more than 2,048 distinct astral characters', () => {
    const a = Array.from({ length: 2500 }, (_, i) => String.fromCodePoint(0x20000 + i)).join('');
    const b = `${a.slice(0, 2000)}x${a.slice(2002)}`;
    expect(levenshtein(a, b, { unit: 'codepoint' })).toBe(1);
    expect(levenshtein(a, b)).toBe(distance(a, b));
  });

  it('is symmetric, zero exactly on equal strings, and within |len(a) − len(b)| ≤ d ≤ max(len)', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        const d = levenshtein(a, b);
        expect(levenshtein(b, a)).toBe(d);
        expect(levenshtein(a, a)).toBe(0);
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        const cp = levenshtein(a, b, { unit: 'codepoint' });
        const la = symbolLength(a, 'codepoint');
        const lb = symbolLength(b, 'codepoint');
        expect(cp).toBeGreaterThanOrEqual(Math.abs(la - lb));
        expect(cp).toBeLessThanOrEqual(Math.max(la, lb));
      }),
      { numRuns: 2_000 },
    );
  });

  it('satisfies the triangle inequality', () => {
    const triple = anyText.chain((a) => fc.tuple(fc.constant(a), mutated(a), fc.oneof(mutated(a), anyText)));
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
        const cp = { unit: 'codepoint' } as const;
        expect(levenshtein(a, c, cp)).toBeLessThanOrEqual(levenshtein(a, b, cp) + levenshtein(b, c, cp));
      }),
      { numRuns: 2_000 },
    );
  });

  it('bounded agrees with unbounded wherever the bound is not exceeded, else returns max + 1', () => {
    fc.assert(
      fc.property(textPair, fc.nat(), ([a, b], r) => {
        const d = levenshtein(a, b);
        const max = r % (2 * d + 3);
        expect(levenshteinBounded(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
      { numRuns: 4_000 },
    );
  });

  it('bounded is exact on long near-duplicates around the bound (banded path, early stop)', () => {
    for (let seed = 0; seed < 40; seed++) {
      const a = englishText(seed, 300 + seed * 60);
      const b = nearDuplicate(a, 0.01 + (seed % 5) * 0.01, seed);
      const d = distance(a, b);
      expect(levenshtein(a, b)).toBe(d);
      for (const max of [0, Math.floor(d / 2), d - 1, d, d + 1, 2 * d, a.length]) {
        if (max < 0) continue;
        expect(levenshteinBounded(a, b, max)).toBe(d <= max ? d : max + 1);
      }
    }
  });

  it('similarity is in [0, 1], symmetric, and 1 on identical strings (incl. empty)', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const s = levenshteinSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(levenshteinSimilarity(b, a)).toBe(s);
        expect(levenshteinSimilarity(a, a)).toBe(1);
      }),
      { numRuns: 2_000 },
    );
    expect(levenshteinSimilarity('', '')).toBe(1);
    expect(levenshteinSimilarity('abcd', 'abce')).toBe(0.75);
  });

  it('rejects a bad bound', () => {
    expect(() => levenshteinBounded('a', 'b', -1)).toThrow(RangeError);
    expect(() => levenshteinBounded('a', 'b', 1.5)).toThrow(RangeError);
  });
});
