/**
 * Text normalization with an offset map back to the original, so detectors that work on the
 * normalized text can still report spans of the text they were given.
 *
 * The result equals, code unit for code unit, this whole-string pipeline (each step optional):
 *   1. Unicode normalization: `text.normalize('NFC' | 'NFKC')`;
 *   2. case folding: `toLowerCase()`, then ς → σ so folding needs no context;
 *   3. removal of format characters (`\p{Cf}`: zero-width spaces and joiners, soft hyphens,
 *      bidi controls, BOM);
 *   4. quote folding (‘ ’ ‚ ‛ ′ ` → ', “ ” „ ‟ ″ « » 〝 〞 → ") and dash folding (‐ ‑ ‒ – — ― −
 *      ⸺ ⸻ ﹘ ﹣ → -);
 *   5. whitespace folding: every run of whitespace (JavaScript's `\s` plus NEL) becomes one
 *      space, and the text is trimmed.
 * It is computed chunk by chunk, a chunk being a code point plus the marks (and the few other
 * code points that can combine with what precedes them) that follow it — the units that Unicode
 * normalization never mixes — so each output code unit knows the source chunk it came from.
 *
 * Offsets: `starts[i]`, `ends[i]` give the source span `[start, end)` (UTF-16) of the chunk that
 * produced output unit `i` (a folded space spans its whitespace run, up to the next chunk that
 * emits anything). `sourceSpan` maps an
 * output span back; `normalizedSpan` maps a source span forward. Both round-trip exactly on
 * chunk-aligned spans and widen to chunk boundaries otherwise.
 *
 * Cost: O(length). ASCII is handled by table; other chunks cost one `String.prototype.normalize`
 * call each (≈ 10× slower per character). Memory: 8 bytes of offsets per output code unit.
 */
import { JS_WHITESPACE } from './chars.ts';

/** Options for `normalize`; every fold is on by default. */
export interface NormalizeOptions {
  /** Unicode normalization form; `NFKC` (default) also folds compatibility variants (ﬁ → fi, fullwidth → ASCII). */
  readonly form?: 'NFC' | 'NFKC' | 'none';
  readonly caseFold?: boolean;
  readonly stripFormat?: boolean;
  readonly foldQuotes?: boolean;
  readonly foldDashes?: boolean;
  readonly foldWhitespace?: boolean;
}

/** A normalized text with, per output UTF-16 code unit, the source span it came from. */
export interface Normalized {
  /** The normalized text. */
  readonly text: string;
  /** The text that was normalized. */
  readonly source: string;
  /** `starts[i]`: source offset where the chunk producing `text[i]` begins; `starts[text.length] = source.length`. */
  readonly starts: Uint32Array;
  /** `ends[i]`: source offset where that chunk ends (`starts[i] < ends[i]`). */
  readonly ends: Uint32Array;
}

const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x60, 0x2039, 0x203a];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0xab, 0xbb, 0x301d, 0x301e, 0x301f];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d];

/**
 * Code points that can combine with the code point before them under NFC/NFKC although they are
 * not marks: Hangul vowel and trailing jamo, and (for NFKC, through their decompositions)
 * Thai/Lao SARA AM, Hangul compatibility and halfwidth jamo, halfwidth kana sound marks, and
 * Kirat Rai vowel signs. Derived from the runtime's normalization data and checked by a test.
 */
export const COMBINING_NON_MARKS: readonly (readonly [number, number])[] = [
  [0x0e33, 0x0e33],
  [0x0eb3, 0x0eb3],
  [0x1161, 0x1175],
  [0x11a8, 0x11c2],
  [0x3131, 0x318e],
  [0xff9e, 0xff9f],
  [0xffa0, 0xffdc],
  [0x16d67, 0x16d68],
];

const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;

/** 1: whitespace, 2: format, 3: single quote, 4: double quote, 5: dash, 6: BOM (format and whitespace). */
const KIND = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of JS_WHITESPACE) t[c] = 1;
  t[0x85] = 1;
  for (let c = 0; c < 0x10000; c++) {
    if (t[c] === 0 && (c < 0xd800 || c > 0xdfff) && FORMAT.test(String.fromCharCode(c))) t[c] = 2;
  }
  for (const c of SINGLE_QUOTES) t[c] = 3;
  for (const c of DOUBLE_QUOTES) t[c] = 4;
  for (const c of DASHES) t[c] = 5;
  t[0xfeff] = 6;
  return t;
})();

/** 1 where a BMP code unit continues the chunk of the code point before it. */
const EXTENDS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0x10000; c++) {
    if ((c < 0xd800 || c > 0xdfff) && MARK.test(String.fromCharCode(c))) t[c] = 1;
  }
  for (const [lo, hi] of COMBINING_NON_MARKS) for (let c = lo; c <= Math.min(hi, 0xffff); c++) t[c] = 1;
  return t;
})();

function astralExtends(cp: number): boolean {
  for (const [lo, hi] of COMBINING_NON_MARKS) if (cp >= lo && cp <= hi) return true;
  return MARK.test(String.fromCodePoint(cp));
}

/** Whether the code point at `i` (which must be < text.length) continues the preceding chunk. */
function continuesChunk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return astralExtends(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  }
  return EXTENDS[c] === 1;
}

/** Growable output: code units plus their source spans. */
class Output {
  units = new Uint16Array(64);
  starts = new Uint32Array(65);
  ends = new Uint32Array(65);
  length = 0;
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const cap = this.units.length * 2;
    const u = new Uint16Array(cap);
    u.set(this.units);
    this.units = u;
    const s = new Uint32Array(cap + 1);
    s.set(this.starts);
    this.starts = s;
    const e = new Uint32Array(cap + 1);
    e.set(this.ends);
    this.ends = e;
  }
}

/** Code units per `String.fromCharCode` call: well under engines' argument-count limits. */
const DECODE_CHUNK = 8192;

/** The string of `units[0, len)`, lone surrogates kept (a `TextDecoder` would replace them). */
function unitsToString(units: Uint16Array, len: number): string {
  let s = '';
  for (let i = 0; i < len; i += DECODE_CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + DECODE_CHUNK)) as unknown as number[]);
  }
  return s;
}

/**
 * Normalizes `text` (see the module comment for the steps) and maps every output code unit to
 * the source span it came from.
 */
export function normalize(text: string, options: NormalizeOptions = {}): Normalized {
  const form = options.form ?? 'NFKC';
  const caseFold = options.caseFold ?? true;
  const stripFormat = options.stripFormat ?? true;
  const foldQuotes = options.foldQuotes ?? true;
  const foldDashes = options.foldDashes ?? true;
  const foldWhitespace = options.foldWhitespace ?? true;
  const out = new Output();
  // Index in `out` of the space a whitespace run folded into, or -1 if the last unit is not one,
  // and the end of the chunk that opened it.
  let openSpace = -1;
  let openSpaceEnd = 0;
  // A folded space spans its whole run, but never into a chunk that also emits later units.
  const closeSpace = (nextStart: number): void => {
    if (openSpace >= 0) {
      out.ends[openSpace] = Math.max(openSpaceEnd, Math.min(out.ends[openSpace] as number, nextStart));
      openSpace = -1;
    }
  };

  const emit = (unit: number, start: number, end: number): void => {
    let kind = KIND[unit] as number;
    if (kind === 6) {
      if (stripFormat) return;
      kind = 1;
    }
    if (kind === 1 && foldWhitespace) {
      if (openSpace >= 0) out.ends[openSpace] = end;
      else if (out.length > 0) {
        openSpace = out.length;
        openSpaceEnd = end;
        out.push(0x20, start, end);
      }
      return;
    }
    if (kind === 2 && stripFormat) return;
    closeSpace(start);
    if (kind === 3 && foldQuotes) unit = 0x27;
    else if (kind === 4 && foldQuotes) unit = 0x22;
    else if (kind === 5 && foldDashes) unit = 0x2d;
    out.push(unit, start, end);
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: an ASCII code unit not followed by a combining code point is its own chunk,
    // unchanged by NFC/NFKC.
    if (c < 0x80 && (i + 1 === n || !continuesChunk(text, i + 1))) {
      emit(caseFold && c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    while (j < n && continuesChunk(text, j)) {
      const d = text.charCodeAt(j);
      j += d >= 0xd800 && d <= 0xdbff && j + 1 < n && (text.charCodeAt(j + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    let chunk = text.slice(i, j);
    if (form !== 'none') chunk = chunk.normalize(form);
    if (caseFold) chunk = chunk.toLowerCase();
    for (let k = 0; k < chunk.length; k++) {
      let u = chunk.charCodeAt(k);
      if (caseFold && u === 0x3c2) u = 0x3c3;
      if (u >= 0xd800 && u <= 0xdbff && k + 1 < chunk.length && (chunk.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
        // A surrogate pair: format characters exist in the astral planes too (U+E0001 tags…).
        const cp = chunk.codePointAt(k) as number;
        if (stripFormat && FORMAT.test(String.fromCodePoint(cp))) {
          k++;
          continue;
        }
        closeSpace(i);
        out.push(u, i, j);
        out.push(chunk.charCodeAt(k + 1), i, j);
        k++;
        continue;
      }
      emit(u, i, j);
    }
    i = j;
  }
  if (foldWhitespace && openSpace >= 0 && openSpace === out.length - 1) out.length--;
  const len = out.length;
  const textOut = unitsToString(out.units, len);
  const starts = out.starts.slice(0, len + 1);
  const ends = out.ends.slice(0, len + 1);
  starts[len] = n;
  ends[len] = n;
  return { text: textOut, source: text, starts, ends };
}

/** A UTF-16 span `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The source span that output span `[start, end)` of `n.text` came from: from the start of the
 * chunk of its first unit to the end of the chunk of its last. An empty span maps to an empty
 * span at the start of the chunk it precedes.
 */
export function sourceSpan(n: Normalized, start: number, end: number): Span {
  if (start < 0 || end > n.text.length || start > end) throw new RangeError(`bad span [${start}, ${end})`);
  const s = n.starts[start] as number;
  return start === end ? { start: s, end: s } : { start: s, end: n.ends[end - 1] as number };
}

/** First index `i` in `[0, len)` with `pred(i)`, or `len`; `pred` must be monotone (false…true). */
function firstWhere(len: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The output span holding everything source span `[start, end)` produced: the output units whose
 * chunks overlap it. An empty (or wholly removed) source span maps to an empty span where its
 * output would be.
 */
export function normalizedSpan(n: Normalized, start: number, end: number): Span {
  if (start < 0 || end > n.source.length || start > end) throw new RangeError(`bad span [${start}, ${end})`);
  const len = n.text.length;
  const { starts, ends } = n;
  if (start === end) {
    const at = firstWhere(len, (i) => (starts[i] as number) >= start);
    return { start: at, end: at };
  }
  const first = firstWhere(len, (i) => (ends[i] as number) > start);
  const after = firstWhere(len, (i) => (starts[i] as number) >= end);
  return { start: first, end: Math.max(first, after) };
}
