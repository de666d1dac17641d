import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../benchmarks/text.ts';
import { JS_WHITESPACE, NOT_JS_WHITESPACE } from '../../src/kernels/chars.ts';
import { dice, diceProfile, diceProfiles, diceWithProfile } from '../../src/kernels/dice.ts';
import { anyText, messyString, textPair } from './arbitraries.ts';

const oracle = stringSimilarity.compareTwoStrings;

describe('dice', () => {
  it('whitespace table is exactly what /\\s/ matches', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((NOT_JS_WHITESPACE[c] === 0) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(JS_WHITESPACE.length).toBe(25);
  });

  it('returns the bit-identical double of string-similarity on 10,000 generated pairs', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        expect(Object.is(dice(a, b), oracle(a, b))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('profile APIs return the same doubles as dice', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        const expected = oracle(a, b);
        const pa = diceProfile(a);
        expect(Object.is(diceWithProfile(pa, b), expected)).toBe(true);
        expect(Object.is(diceProfiles(pa, diceProfile(b)), expected)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('one profile against many strings, interleaved with other profiles and plain calls', () => {
    const texts = Array.from({ length: 12 }, (_, i) => englishText(i, 50 + i * 97));
    texts.push('中文 中文 東京', '😀😁 😀', ' ', '', 'a');
    const profiles = texts.map(diceProfile);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < texts.length; i++) {
        for (let j = 0; j < texts.length; j++) {
          const a = texts[i] as string;
          const b = texts[j] as string;
          expect(diceWithProfile(profiles[i] as ReturnType<typeof diceProfile>, b)).toBe(oracle(a, b));
          expect(dice(b, a)).toBe(oracle(b, a));
        }
      }
    }
  });

  it('stays exact across the wrap of its epoch-stamped tables (2,047 calls)', () => {
    const texts = Array.from({ length: 8 }, (_, i) => englishText(500 + i, 80));
    const profile = diceProfile(texts[0] as string);
    for (let call = 0; call < 5000; call++) {
      const a = texts[call % 8] as string;
      const b = texts[(call * 3 + 1) % 8] as string;
      expect(dice(a, b)).toBe(oracle(a, b));
      expect(diceWithProfile(profile, b)).toBe(oracle(texts[0] as string, b));
    }
  });

  it('inputs of 2^20 code units or more take the Map path, still exact', () => {
    const big = `${englishText(1, 1 << 20).padEnd(1 << 20, 'x')}中文`;
    const other = englishText(2, 3000);
    expect(dice(big, other)).toBe(oracle(big, other));
    expect(diceWithProfile(diceProfile(other), big)).toBe(oracle(other, big));
    expect(diceProfiles(diceProfile(big), diceProfile(other))).toBe(oracle(big, other));
  });

  it('stays in [0, 1], is symmetric, and sim(a, a) = 1', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const d = dice(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(dice(b, a)).toBe(d);
        expect(dice(a, a)).toBe(1);
      }),
      { numRuns: 3_000 },
    );
  });

  it('handles the documented edge cases', () => {
    expect(dice('', '')).toBe(1);
    expect(dice(' \u00a0\u2028\ufeff', '')).toBe(1); // all whitespace → equal after removal
    expect(dice('a', 'a')).toBe(1);
    expect(dice('a', 'b')).toBe(0);
    expect(dice('a', 'ab')).toBe(0);
    expect(dice('\u0085', '\u0085x')).toBe(oracle('\u0085', '\u0085x')); // NEL is not \s
    expect(dice('😀😀', '😀')).toBe(oracle('😀😀', '😀')); // astral: two code units
    expect(dice('aaaa', 'aa')).toBe(oracle('aaaa', 'aa')); // multiset, not set
    expect(dice('night', 'nacht')).toBe(0.25);
    expect(dice('Олег', 'олег')).toBe(oracle('Олег', 'олег'));
  });

  it('agrees with the oracle on long texts with non-Latin-1 bigrams', () => {
    fc.assert(
      fc.property(messyString, messyString, fc.nat({ max: 5000 }), (x, y, seed) => {
        const base = englishText(seed, 3000);
        const a = `${base}${x}中文😀${x}`;
        const b = `${y}${base.slice(100)}文中😀`;
        expect(dice(a, b)).toBe(oracle(a, b));
      }),
      { numRuns: 200 },
    );
  });
});
