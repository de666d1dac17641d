/**
 * Character classification tables shared by the kernels, indexed by UTF-16 code unit.
 *
 * - `JS_WHITESPACE`: exactly the code units JavaScript's `\s` matches (ECMAScript WhiteSpace and
 *   LineTerminator; every one is in the BMP, so a code-unit test is exact).
 * - `wordClass`: what the word scanner needs (letter, digit, a letter of a script written
 *   without spaces, an in-word joiner such as the apostrophe), from Unicode properties.
 * - `foldTable`: simple lowercase per code unit (the 1:1 part of `toLowerCase`, plus final
 *   sigma ς → σ so folding is context-free).
 *
 * Cost: the BMP tables are built once, on first use, from a few native regex passes over all
 * 65,536 code units (≈ 30 ms); afterwards every lookup is one typed-array read. Astral code
 * points are classified by regex and memoized.
 */

/** Code units matched by JavaScript's `\s`, as of ES2023 / Unicode 17 (tested against the engine). */
export const JS_WHITESPACE: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** 1 for every code unit that is *not* JavaScript whitespace, 0 for whitespace. */
export const NOT_JS_WHITESPACE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  for (const c of JS_WHITESPACE) t[c] = 0;
  return t;
})();

/** Word-scanner classes. */
export const OTHER = 0;
/** Letters, marks, non-decimal numbers, ZWNJ/ZWJ: word characters of space-separated scripts. */
export const LETTER = 1;
/** Decimal digits (`\p{Nd}`). */
export const DIGIT = 2;
/** Word characters of scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar). */
export const COMPLEX = 3;
/** Joins two letters or two digits: apostrophes (`'`, `’`). */
export const MID_QUOTE = 4;
/** Joins two letters or two digits: full stop (`U.S.A`, `3.14`). */
export const MID_DOT = 5;
/** Joins two digits: comma and Arabic separators (`3,000`). */
export const MID_NUM = 6;
/** Joins two letters: middle dot (Catalan `l·l`). */
export const MID_LETTER = 7;

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;
const DIGITS = /\p{Nd}/u;
const NO_SPACE_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let classTable: Uint8Array | undefined;
const astralClasses = new Map<number, number>();

function classify(ch: string): number {
  if (!WORD.test(ch)) return OTHER;
  if (DIGITS.test(ch)) return DIGIT;
  return NO_SPACE_SCRIPTS.test(ch) ? COMPLEX : LETTER;
}

/** Every BMP code unit, surrogates replaced by NUL so a `u` regex sees one code point each. */
function allBmp(): string {
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  return new TextDecoder('utf-16le').decode(units);
}

function buildClassTable(): Uint8Array {
  const all = allBmp();
  const word = all.replace(/[^\p{L}\p{M}\p{N}\u200C\u200D]/gu, '\0');
  const digit = all.replace(/\P{Nd}/gu, '\0');
  const noSpace = all.replace(
    /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu,
    '\0',
  );
  const t = new Uint8Array(0x10000);
  for (let c = 1; c < 0x10000; c++) {
    if (word.charCodeAt(c) === 0) continue;
    t[c] = digit.charCodeAt(c) !== 0 ? DIGIT : noSpace.charCodeAt(c) !== 0 ? COMPLEX : LETTER;
  }
  t[0x27] = MID_QUOTE;
  t[0x2019] = MID_QUOTE;
  t[0x2e] = MID_DOT;
  t[0xff0e] = MID_DOT;
  t[0x2c] = MID_NUM;
  t[0x66b] = MID_NUM;
  t[0x66c] = MID_NUM;
  t[0xb7] = MID_LETTER;
  return t;
}

/** The BMP class table (built on first call). */
export function wordClassTable(): Uint8Array {
  classTable ??= buildClassTable();
  return classTable;
}

/** Class of an astral code point (≥ 0x10000), memoized. */
export function astralWordClass(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

let lowerTable: Uint16Array | undefined;

function buildFoldTable(): Uint16Array {
  const all = allBmp();
  const t = new Uint16Array(0x10000);
  const BLOCK = 256;
  for (let b = 0; b < 0x10000; b += BLOCK) {
    const lower = all.slice(b, b + BLOCK).toLowerCase();
    if (lower.length === BLOCK) {
      for (let i = 0; i < BLOCK; i++) t[b + i] = lower.charCodeAt(i);
    } else {
      for (let i = 0; i < BLOCK; i++) {
        const l = String.fromCharCode(b + i).toLowerCase();
        t[b + i] = l.length === 1 ? l.charCodeAt(0) : b + i;
      }
    }
  }
  // Whole-block lowercasing applies Final_Sigma in context; fold all sigmas to σ, context-free.
  t[0x3a3] = 0x3c3;
  t[0x3c2] = 0x3c3;
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = c;
  return t;
}

/**
 * Simple (1:1) lowercase of every BMP code unit: `toLowerCase` where it maps one unit to one
 * unit, identity where it would expand (İ), final sigma folded to σ. Surrogates map to themselves.
 */
export function foldTable(): Uint16Array {
  lowerTable ??= buildFoldTable();
  return lowerTable;
}
