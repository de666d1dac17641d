import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishText, rewordText } from '../../benchmarks/text.ts';
import { words } from '../../src/kernels/segment.ts';
import {
  charShingles,
  codePoints,
  isStopwordHash,
  ngramHashes,
  stopwordShingles,
  wordHash,
  wordHashes,
  wordShingles,
} from '../../src/kernels/shingle.ts';
import { STOP_WORDS } from '../../src/kernels/stopwords.ts';
import { anyText } from './arbitraries.ts';

/** ASCII text rich in joiners, digits and case, so the fast scanner's every branch runs. */
const asciiText = fc.string({ unit: fc.constantFrom(..."aAbBzZ09'.,·- \n".split('')), maxLength: 80 });

describe('word hashes', () => {
  it('hash exactly the words of words(), folded, on both scanner paths', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, asciiText), (text) => {
        const expected = words(text).map((w) => wordHash(w.text));
        expect(Array.from(wordHashes(text))).toEqual(expected);
        const raw = words(text).map((w) => wordHash(w.text, { caseFold: false }));
        expect(Array.from(wordHashes(text, { caseFold: false }))).toEqual(raw);
      }),
      { numRuns: 4_000 },
    );
  });

  it('stay exact as their scratch buffers grow (short texts, then ever longer ones)', () => {
    for (const size of [10, 100, 1_000, 5_000, 20_000, 50]) {
      const text = `${englishText(size, size)} 😀 東京`;
      expect(Array.from(wordHashes(text))).toEqual(words(text).map((w) => wordHash(w.text)));
      expect(Array.from(codePoints(text))).toEqual(Array.from(text, (c) => c.codePointAt(0)));
      const ascii = englishText(size + 1, size);
      expect(Array.from(wordHashes(ascii))).toEqual(words(ascii).map((w) => wordHash(w.text)));
    }
  });

  it('fold case: shingles of a text and of its upper-cased copy are equal (ASCII)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (seed) => {
        const text = englishText(seed, 400);
        expect(wordShingles(text.toUpperCase())).toEqual(wordShingles(text));
        expect(wordShingles(text.toUpperCase(), 5, { caseFold: false })).not.toEqual(wordShingles(text, 5, { caseFold: false }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('n-gram hashes', () => {
  const items = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 60 });

  it('hash each window independently of its neighbours (rolling = direct)', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 9 }), (xs, n) => {
        const all = ngramHashes(xs, n);
        expect(all.length).toBe(xs.length === 0 ? 0 : Math.max(1, xs.length - n + 1));
        for (let i = 0; i < all.length; i++) {
          expect(all[i]).toBe(ngramHashes(xs.slice(i, i + n), n)[0]);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('tell apart n-grams that differ in one item or in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 5, maxLength: 5 }), fc.nat({ max: 4 }), (xs, i) => {
        const h = ngramHashes(xs, 5)[0];
        const changed = xs.slice();
        changed[i] = ((changed[i] as number) + 1) >>> 0;
        expect(ngramHashes(changed, 5)[0]).not.toBe(h);
        const swapped = xs.slice();
        [swapped[i], swapped[(i + 1) % 5]] = [swapped[(i + 1) % 5] as number, swapped[i] as number];
        expect(ngramHashes(swapped, 5)[0]).not.toBe(h);
      }),
      { numRuns: 2_000 },
    );
  });

  it('are well distributed: each output bit is set about half the time', () => {
    const out = ngramHashes(Array.from({ length: 20_000 }, (_, i) => i), 5);
    for (let b = 0; b < 32; b++) {
      let ones = 0;
      for (const h of out) ones += (h >>> b) & 1;
      expect(Math.abs(ones / out.length - 0.5)).toBeLessThan(0.02); // > 5 standard deviations
    }
  });
});

describe('char and word shingles', () => {
  it('char shingles are over code points', () => {
    expect(codePoints('a😀b\ud800')).toEqual(Uint32Array.of(0x61, 0x1f600, 0x62, 0xd800));
    expect(charShingles('ab😀cd', 3).length).toBe(3);
    expect(charShingles('ab', 5).length).toBe(1);
    expect(charShingles('', 5).length).toBe(0);
    expect(charShingles('xabcx', 3)[1]).toBe(charShingles('yabcy', 3)[1]);
  });

  it('word shingle i covers words i … i+n−1', () => {
    const text = 'One two three four five six';
    const w = wordHashes(text);
    expect(wordShingles(text, 3).length).toBe(4);
    expect(wordShingles('four five six', 3)[0]).toBe(wordShingles(text, 3)[3]);
    expect(w.length).toBe(6);
  });
});

describe('stop-word shingles', () => {
  it('the stop-word list has about 150 lowercase function words', () => {
    expect(STOP_WORDS.size).toBeGreaterThanOrEqual(140);
    expect(STOP_WORDS.size).toBeLessThanOrEqual(170);
    for (const w of STOP_WORDS) expect(w).toMatch(/^[a-z]+$/);
    expect(isStopwordHash(wordHash('The'))).toBe(true);
    expect(isStopwordHash(wordHash('minister'))).toBe(false);
  });

  it('span exactly n stop words each, and survive replacing the other words', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 2, max: 10 }), (seed, n) => {
        const text = englishText(seed, 600);
        const ws = words(text);
        const sh = stopwordShingles(text, n);
        for (let i = 0; i < sh.hashes.length; i++) {
          const span = ws.slice(sh.wordStart[i], sh.wordEnd[i]).filter((w) => STOP_WORDS.has(w.text.toLowerCase()));
          expect(span.length).toBe(Math.min(n, ws.filter((w) => STOP_WORDS.has(w.text.toLowerCase())).length));
          expect(STOP_WORDS.has((ws[sh.wordStart[i] as number]?.text ?? '').toLowerCase())).toBe(true);
        }
        // Rewording replaces words with other vocabulary; keep only swaps of content words.
        const swapped = ws
          .map((w) => (STOP_WORDS.has(w.text.toLowerCase()) ? w.text : `x${w.text}`))
          .join(' ');
        expect(stopwordShingles(swapped, n).hashes).toEqual(sh.hashes);
        expect(wordShingles(swapped, n)).not.toEqual(wordShingles(text, n));
      }),
      { numRuns: 100 },
    );
    expect(rewordText('a b c', 0, 1)).toBe('a b c');
  });
});
