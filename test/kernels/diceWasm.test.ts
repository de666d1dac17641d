import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../benchmarks/text.ts';
import { dice, diceProfile, diceWithProfile } from '../../src/kernels/dice.ts';
import { asciiDice, codedDice, exhaustEpochs, isAscii, MAX_CODED_UNITS } from '../../src/kernels/wasm/byteDice.ts';
import { compileDiceWat, diceBytesModule } from '../../src/kernels/wasm/build.ts';
import { readFileSync } from 'node:fs';

const oracle = stringSimilarity.compareTwoStrings;

/** ASCII units, whitespace of every ASCII kind (space, tab, LF, VT, FF, CR) weighted up, and controls. */
const asciiUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'e', 'n', 'A', 'T', '1', '.', ',', "'", '-') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\n', '\u000b', '\f', '\r') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) },
);
const asciiString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: asciiUnit, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat({ max: 100_000 }), fc.integer({ min: 50, max: 3000 })).map(([seed, n]) => englishText(seed, n)) },
);

describe('dice, WebAssembly paths', () => {
  it('runs the committed WebAssembly bytes, which are what dice.wat compiles to', async () => {
    const committed = readFileSync(new URL('../../src/kernels/wasm/diceBytes.ts', import.meta.url), 'utf8');
    expect(committed).toBe(diceBytesModule(await compileDiceWat()));
  });

  it('tells ASCII from everything else', () => {
    expect(isAscii('plain text, 1 2 3\t\n')).toBe(true);
    expect(isAscii('')).toBe(true);
    for (const s of ['café', 'it’s', '\u0080', '\u00a0', '😀', '\ud800']) expect(isAscii(s), JSON.stringify(s)).toBe(false);
  });

  it('returns the bit-identical double of string-similarity on 5,000 generated ASCII pairs', () => {
    fc.assert(
      fc.property(asciiString, asciiString, (a, b) => {
        expect(Object.is(dice(a, b), oracle(a, b))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('profiles (ASCII or not) against ASCII strings return the oracle double', () => {
    const profiled = fc.oneof(asciiString, fc.tuple(asciiString, fc.constantFrom('é', '’', '中文', '😀', '\u00a0')).map(([s, u]) => `${u}${s}${u}`));
    fc.assert(
      fc.property(profiled, fc.array(asciiString, { minLength: 1, maxLength: 6 }), (p, others) => {
        const profile = diceProfile(p);
        for (const o of others) expect(Object.is(diceWithProfile(profile, o), oracle(p, o))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('leaves short and whitespace-only inputs to the short-string rule', () => {
    expect(asciiDice(' a ', 'abc')).toBe(-1);
    expect(dice(' a ', 'a')).toBe(1);
    expect(dice('a b', 'ab')).toBe(1);
    expect(dice('  ', '\t')).toBe(1);
    expect(dice('ab', ' \n')).toBe(0);
  });

  it('stays exact across the wrap of its epoch-stamped tables and when its memory grows', () => {
    const texts = Array.from({ length: 6 }, (_, i) => englishText(500 + i, 400));
    const profile = diceProfile(texts[0] as string);
    for (let round = 0; round < 3; round++) {
      exhaustEpochs();
      for (let i = 1; i < texts.length; i++) {
        const [a, b] = [texts[i - 1] as string, texts[i] as string];
        expect(dice(a, b)).toBe(oracle(a, b));
        expect(diceWithProfile(profile, b)).toBe(oracle(texts[0] as string, b));
      }
    }
    // 300,000 + 300,000 units: the scratch memory grows past its first pages, mid-sequence
    const long = englishText(9, 300_000);
    const other = englishText(10, 300_000);
    expect(dice(long, other)).toBe(oracle(long, other));
    expect(diceWithProfile(profile, long)).toBe(oracle(texts[0] as string, long));
    expect(dice(texts[1] as string, texts[2] as string)).toBe(oracle(texts[1] as string, texts[2] as string));
  });

  it('gives the pair\'s non-ASCII units byte codes: exact with accents, quotes, NBSP, CJK, astral halves, lone surrogates', () => {
    const unit = fc.oneof(
      { weight: 4, arbitrary: asciiUnit },
      { weight: 2, arbitrary: fc.constantFrom('é', 'ï', '’', '“', '”', '—', '\u00a0', '\u3000', '\u2028', '中', '文', 'Ж', '😀', '\ud800', '\udc00', 'e\u0301') },
      { weight: 1, arbitrary: fc.integer({ min: 128, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    );
    const text = fc.string({ unit, maxLength: 160 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Object.is(dice(a, b), oracle(a, b))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('hands a pair with more distinct non-ASCII units than it has codes to the JavaScript loops, still exact', () => {
    const many = Array.from({ length: MAX_CODED_UNITS + 10 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const other = `${many.slice(0, 60)} and ${many.slice(90)}`;
    expect(codedDice(many, other)).toBeNaN();
    expect(dice(many, other)).toBe(oracle(many, other));
    // the codes are given back after a refused pair: the next pair is coded from scratch
    expect(codedDice('naïve café', 'naive cafe')).toBe(oracle('naïve café', 'naive cafe'));
    const few = many.slice(0, MAX_CODED_UNITS);
    expect(codedDice(few, `${few} ok`)).toBe(oracle(few, `${few} ok`));
  });

  it('stays exact across the epoch wrap of the byte-code table', () => {
    const texts = Array.from({ length: 5 }, (_, i) => `“${englishText(700 + i, 300).replace(/, /g, ' — ')}” é`);
    for (let round = 0; round < 3; round++) {
      exhaustEpochs();
      for (let i = 1; i < texts.length; i++) expect(dice(texts[i - 1] as string, texts[i] as string)).toBe(oracle(texts[i - 1] as string, texts[i] as string));
    }
  });
});
