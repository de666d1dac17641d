/**
 * fast-check generators for the kernel properties: strings that hit every edge the kernels must
 * get right (empty, whitespace-only — every JavaScript `\s` plus look-alikes that are not —, single
 * characters, combining marks, astral characters, lone surrogates, Latin-1, CJK, long English-like
 * text) and related pairs (a string and an edited copy), so similarities are not all ≈ 0.
 */
import fc from 'fast-check';
import { englishText, nearDuplicate } from '../../benchmarks/text.ts';
import { JS_WHITESPACE } from '../../src/kernels/chars.ts';

const chr = (c: number) => String.fromCharCode(c);

/** Every JavaScript whitespace unit, plus NEL, ZWSP, MVS and WJ (which `\s` does not match). */
export const whitespaceUnit = fc.constantFrom(...JS_WHITESPACE.map(chr), '\u0085', '\u200b', '\u180e', '\u2060');

/** One "character" of a messy string, weighted toward text. */
export const messyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'abcdeABCDE'.split('')) },
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map(chr) },
  { weight: 4, arbitrary: whitespaceUnit },
  { weight: 2, arbitrary: fc.integer({ min: 0x300, max: 0x36f }).map(chr) }, // combining marks
  { weight: 2, arbitrary: fc.integer({ min: 0xa0, max: 0xff }).map(chr) }, // Latin-1
  { weight: 2, arbitrary: fc.constantFrom('😀', '😁', '👍🏽', '𝐀', '𠀀', '🇫🇷') }, // astral
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map(chr) }, // lone surrogates
  { weight: 1, arbitrary: fc.constantFrom('中', '文', '東', '京', 'ก', 'ข', 'ж', 'Σ', 'ς', 'İ', 'ﬁ', 'ｶ', 'ﾞ') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map(chr) }, // anything
);

/** A short string of messy units (up to 120, so both one-word and multi-block paths run). */
export const messyString = fc.string({ unit: messyUnit, maxLength: 120 });

/** English-like text of 100–2,000 characters from the benchmark generator. */
export const englishString = fc
  .tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 100, max: 2000 }))
  .map(([seed, size]) => englishText(seed, size));

/** Any text: empty, whitespace-only, one character, messy, or long English-like. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.string({ unit: whitespaceUnit, minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: messyUnit },
  { weight: 1, arbitrary: fc.tuple(whitespaceUnit, messyUnit, whitespaceUnit).map((p) => p.join('')) },
  { weight: 10, arbitrary: messyString },
  { weight: 1, arbitrary: englishString },
);

/** `s` with a few random units inserted, deleted or replaced. */
export function mutated(s: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), messyUnit);
  return fc.array(edit, { maxLength: 6 }).map((edits) => {
    let out = s;
    for (const [at, op, unit] of edits) {
      const i = out.length === 0 ? 0 : at % (out.length + 1);
      if (op === 0) out = out.slice(0, i) + unit + out.slice(i);
      else if (op === 1) out = out.slice(0, i) + out.slice(i + 1);
      else out = out.slice(0, i) + unit + out.slice(i + 1);
    }
    return out;
  });
}

/** Pairs: unrelated, or a text and an edited copy, or English text and a near-duplicate of it. */
export const textPair: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(anyText, anyText) },
  { weight: 3, arbitrary: anyText.chain((a) => mutated(a).map((b): [string, string] => [a, b])) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(englishString, fc.double({ min: 0, max: 0.1, noNaN: true }), fc.nat())
      .map(([a, rate, seed]): [string, string] => [a, nearDuplicate(a, rate, seed)]),
  },
);
