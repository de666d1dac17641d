/**
 * Shingling: a text's overlapping n-grams, each hashed to a 32-bit integer.
 *
 * - `wordHashes`: one hash per word (the words of `words()`, same spans), case-folded per code
 *   unit (simple lowercase; run `normalize` first for full folding and NFKC).
 * - `wordShingles`: hashes of word n-grams; shingle i covers words i … i+n−1.
 * - `charShingles`: hashes of code-point n-grams (an astral character is one item).
 * - `stopwordShingles`: hashes of n-grams of the text's stop words only (see `stopwords.ts`),
 *   with the word indexes each covers, for detection that survives synonym swaps.
 * - `ngramHashes`: n-grams of any hash sequence.
 * A sequence shorter than n (but not empty) yields one shingle over all of it, so short texts
 * still have a fingerprint. Word, character and stop-word shingles are seeded apart, so their
 * hashes never mean the same n-gram by design.
 *
 * Hashing: a word hashes as FNV-1a over its folded UTF-16 code units (seeded with `WORD_SEED`),
 * finished by MurmurHash3's `fmix32` with the length — one multiply per unit, computed while the
 * scanner finds the word's end; an n-gram as a rolling polynomial of its item hashes, avalanched
 * by `fmix32` (see `ngramHashes`), so a 32-bit collision between distinct n-grams has
 * probability ≈ 2⁻³².
 *
 * Cost: O(length) to scan and hash words (a native copy of the code units, then one table lookup
 * per unit), O(items) for the n-grams whatever n; output one `Uint32Array` (a view into a shared
 * pool when small, see `units.ts`).
 */
import { COMPLEX, DIGIT, foldTable, LETTER, wordClassTable } from './chars.ts';
import { fmix32 } from './hash.ts';
import { joins, scanWords } from './segment.ts';
import { STOP_WORDS } from './stopwords.ts';
import { allocU32, codeUnits, copyU32, SLOT_SCAN } from './units.ts';

/** Default word n-gram length: 5 words, the usual choice for near-duplicate news detection. */
export const DEFAULT_WORD_N = 5;
/** Default character n-gram length: 5 code points. */
export const DEFAULT_CHAR_N = 5;
/** Default stop-word n-gram length: 8, the best-performing length in Stamatatos (2011). */
export const DEFAULT_STOPWORD_N = 8;

/** Seeds that keep the kinds of hash apart. */
export const WORD_SEED = 0x9747b28c;
const WORD_NGRAM_SEED = 0x1b873593;
const CHAR_NGRAM_SEED = 0x2c1b3c6d;
const STOPWORD_NGRAM_SEED = 0x297a2d39;

export interface WordHashOptions {
  /** Lowercase words per code unit before hashing (default true). */
  readonly caseFold?: boolean;
}

/** FNV-1a 32-bit offset basis and prime: the per-unit step of the word hash. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of one word as `wordHashes` computes it (folding included unless `caseFold` is false). */
export function wordHash(word: string, options?: WordHashOptions): number {
  const fold = options?.caseFold === false ? null : foldTable();
  let h = (FNV_OFFSET ^ WORD_SEED) | 0;
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    h = Math.imul(h ^ (fold === null ? u : (fold[u] as number)), FNV_PRIME);
  }
  return fmix32((h ^ word.length) >>> 0);
}

/** Fast-scanner classes: LETTER and DIGIT as in `chars.ts`, joiners 4–7, `SLOW` = surrogate or no-space script. */
const SLOW = 8;
/** Bits of a fast-table entry holding the (folded) code unit; the class sits above them. */
const UNIT_BITS = 16;

let foldedEntries: Int32Array | undefined;
let plainEntries: Int32Array | undefined;

/** Per code unit: `class << 16 | unit`, the unit folded or not: one lookup gives both. */
function entryTable(caseFold: boolean): Int32Array {
  const cached = caseFold ? foldedEntries : plainEntries;
  if (cached !== undefined) return cached;
  const classes = wordClassTable();
  const fold = foldTable();
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let cls = classes[c] as number;
    if (cls === COMPLEX || (c >= 0xd800 && c <= 0xdfff)) cls = SLOW;
    t[c] = (cls << UNIT_BITS) | (caseFold ? (fold[c] as number) : c);
  }
  if (caseFold) foldedEntries = t;
  else plainEntries = t;
  return t;
}

/** Returned by `fastWordHashes` when the text needs the general scanner. */
const BAIL = -1;

/**
 * Word hashes of `text` into `out` (the words of `scanWords`, hashed as `wordHash` does), in one
 * pass over a native copy of its code units, hashing while it finds each word's end. Only for
 * texts without surrogates or no-space scripts: returns the count, or `BAIL` on meeting either.
 */
function fastWordHashes(text: string, table: Int32Array, out: Uint32Array): number {
  const u = codeUnits(text, SLOT_SCAN);
  const n = text.length;
  const seed = (FNV_OFFSET ^ WORD_SEED) | 0;
  let count = 0;
  let i = 0;
  while (i < n) {
    let e = table[u[i] as number] as number;
    let cls = e >>> UNIT_BITS;
    if (cls !== LETTER && cls !== DIGIT) {
      if (cls === SLOW) return BAIL;
      i++;
      continue;
    }
    const start = i;
    let h = seed;
    let last = cls;
    for (;;) {
      h = Math.imul(h ^ (e & 0xffff), FNV_PRIME);
      if (++i >= n) break;
      e = table[u[i] as number] as number;
      cls = e >>> UNIT_BITS;
      if (cls === LETTER || cls === DIGIT) {
        last = cls;
        continue;
      }
      if (cls === 0 || i + 1 >= n) break;
      if (cls === SLOW) return BAIL;
      // A joiner: part of the word if a letter/digit of the right kind follows.
      const after = table[u[i + 1] as number] as number;
      const next = after >>> UNIT_BITS;
      if (next === SLOW) return BAIL;
      if ((next !== LETTER && next !== DIGIT) || !joins(last, cls, next)) break;
      h = Math.imul(h ^ (e & 0xffff), FNV_PRIME);
      i++;
      e = after;
      last = next;
    }
    out[count++] = fmix32((h ^ (i - start)) >>> 0);
  }
  return count;
}

/** Word hashes through the general scanner (astral letters, no-space scripts). */
function slowWordHashes(text: string, table: Int32Array, out: Uint32Array): number {
  let count = 0;
  const seed = (FNV_OFFSET ^ WORD_SEED) | 0;
  scanWords(text, (start, end) => {
    let h = seed;
    for (let i = start; i < end; i++) h = Math.imul(h ^ ((table[text.charCodeAt(i)] as number) & 0xffff), FNV_PRIME);
    out[count++] = fmix32((h ^ (end - start)) >>> 0);
  });
  return count;
}

/** Scratch for word hashes before they are copied out or shingled (one per code unit at most). */
let wordScratch = new Uint32Array(1024);

/** Hashes the words of `text` into `wordScratch`; returns how many. */
function scanWordHashes(text: string, caseFold: boolean): number {
  const table = entryTable(caseFold);
  if (wordScratch.length < text.length) wordScratch = new Uint32Array(text.length * 2);
  const n = fastWordHashes(text, table, wordScratch);
  return n === BAIL ? slowWordHashes(text, table, wordScratch) : n;
}

/** One hash per word of `text`, in order: `wordHashes(t)[i] === wordHash(words(t)[i].text)`. */
export function wordHashes(text: string, options?: WordHashOptions): Uint32Array {
  const count = scanWordHashes(text, options?.caseFold ?? true); // may replace wordScratch
  return copyU32(wordScratch, count);
}

/** Multiplier of the rolling n-gram polynomial (odd, so multiplication is invertible mod 2³²). */
const NGRAM_BASE = 0x01000193;

/**
 * Hashes of the n-grams of `items` (32-bit values, e.g. word hashes): element i hashes
 * `items[i, i+n)`; one hash over all items when there are fewer than n; none when there are none.
 *
 * An n-gram's hash is `fmix32(P ^ fmix32(seed ^ count))` with P = Σ items[i+k]·B^(count−1−k)
 * mod 2³² (B = `NGRAM_BASE`, count = items in the n-gram): a polynomial updated in O(1) per
 * position as the window rolls, then avalanched. Distinct n-grams of well-mixed items collide with
 * probability ≈ 2⁻³². Only the first `length` items are used (default: all). Cost O(length),
 * independent of n.
 */
export function ngramHashes(items: ArrayLike<number>, n: number, seed = 0, length = items.length): Uint32Array {
  if (!(n >= 1) || !Number.isInteger(n)) throw new RangeError(`ngramHashes: n must be a positive integer, got ${n}`);
  // One element type in the hot loop (a typed array), whatever the caller passes.
  return rollingNgrams(items instanceof Uint32Array ? items : Uint32Array.from(items), n, seed, length);
}

function rollingNgrams(items: Uint32Array, n: number, seed: number, length: number): Uint32Array {
  const len = length;
  if (len === 0) return allocU32(0);
  const width = Math.min(n, len);
  const salt = fmix32((seed ^ width) >>> 0);
  let p = 0;
  for (let k = 0; k < width; k++) p = (Math.imul(p, NGRAM_BASE) + (items[k] as number)) | 0;
  const out = allocU32(len - width + 1);
  out[0] = fmix32((p ^ salt) >>> 0);
  // B^(width−1): the weight of the item leaving the window.
  let lead = 1;
  for (let k = 1; k < width; k++) lead = Math.imul(lead, NGRAM_BASE);
  for (let i = 1; i < out.length; i++) {
    p = (Math.imul((p - Math.imul(items[i - 1] as number, lead)) | 0, NGRAM_BASE) + (items[i + width - 1] as number)) | 0;
    out[i] = fmix32((p ^ salt) >>> 0);
  }
  return out;
}

/** Hashes of the word n-grams of `text` (shingle i covers words i … i+n−1 of `words(text)`). */
export function wordShingles(text: string, n = DEFAULT_WORD_N, options?: WordHashOptions): Uint32Array {
  const count = scanWordHashes(text, options?.caseFold ?? true);
  return ngramHashes(wordScratch, n, WORD_NGRAM_SEED, count);
}

/** Writes the code points of `text` into `wordScratch`; returns how many. */
function scanCodePoints(text: string): number {
  if (wordScratch.length < text.length) wordScratch = new Uint32Array(text.length * 2);
  const out = wordScratch;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        out[n++] = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n;
}

/** The code points of `text` (a lone surrogate is one item). */
export function codePoints(text: string): Uint32Array {
  const count = scanCodePoints(text); // may replace wordScratch
  return copyU32(wordScratch, count);
}

/** Hashes of the code-point n-grams of `text`, as given (normalize first to fold case and spaces). */
export function charShingles(text: string, n = DEFAULT_CHAR_N): Uint32Array {
  const count = scanCodePoints(text);
  return ngramHashes(wordScratch, n, CHAR_NGRAM_SEED, count);
}

/** Stop-word n-grams and the words they span. */
export interface StopwordShingles {
  readonly hashes: Uint32Array;
  /** `wordStart[i]`: index in `words(text)` of the first stop word of shingle i. */
  readonly wordStart: Uint32Array;
  /** `wordEnd[i]`: index in `words(text)` just after its last stop word. */
  readonly wordEnd: Uint32Array;
}

let stopHashes: Set<number> | undefined;

/** Whether `hash` (from `wordHashes`, case-folded) is the hash of a stop word. */
export function isStopwordHash(hash: number): boolean {
  stopHashes ??= new Set([...STOP_WORDS].map((w) => wordHash(w)));
  return stopHashes.has(hash);
}

/**
 * Hashes of the n-grams of `text`'s stop-word sequence (other words dropped), with the word
 * span of each. Stop words are recognized case-insensitively.
 */
export function stopwordShingles(text: string, n = DEFAULT_STOPWORD_N): StopwordShingles {
  const all = wordHashes(text);
  const hashes: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const h = all[i] as number;
    if (isStopwordHash(h)) {
      hashes.push(h);
      index.push(i);
    }
  }
  const out = ngramHashes(hashes, n, STOPWORD_NGRAM_SEED);
  const wordStart = new Uint32Array(out.length);
  const wordEnd = new Uint32Array(out.length);
  const span = Math.min(n, hashes.length);
  for (let i = 0; i < out.length; i++) {
    wordStart[i] = index[i] as number;
    wordEnd[i] = (index[i + span - 1] as number) + 1;
  }
  return { hashes: out, wordStart, wordEnd };
}
