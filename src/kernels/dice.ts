/**
 * Sørensen–Dice coefficient on character bigrams, bit-identical to string-similarity's
 * `compareTwoStrings(a, b)` for every pair of strings.
 *
 * Semantics (string-similarity 4.0.4): remove every match of JavaScript's `/\s+/g` (Unicode
 * spaces, line terminators and BOM included); if the two results are equal return 1 (two empty
 * strings included); if either has fewer than 2 code units return 0; otherwise count the
 * bigrams of adjacent UTF-16 code units (an astral character is two code units and takes part
 * in bigrams with each, exactly as `substring(i, i + 2)` does) as multisets and return
 * `(2.0 * |A ∩ B|) / (|a| + |b| − 2)`, with `|A ∩ B| = Σ min(countA, countB)` and the same
 * floating-point operations, so the double is the same.
 *
 * Pairs take a WebAssembly fast path with the same algorithm on bytes (`wasm/byteDice.ts`,
 * `wasm/dice.wat`), about 2.5× faster than the JavaScript loops below: ASCII text as it is,
 * other text with its few distinct non-ASCII units given byte codes (a bijection per pair, so
 * the counts are the same). Profiles take it for ASCII strings. The loops below serve the rest
 * (pairs with over 128 distinct non-ASCII units, non-ASCII strings against a profile).
 *
 * How: the code units are copied natively into scratch typed arrays (`units.ts`). Bigrams of two
 * code units below 256 — all of Latin-1 — count in a direct-indexed table of 65,536 slots that
 * is never cleared per call: each slot holds `epoch · 2²⁰ + count`, and a new call raises the
 * epoch, so a stale slot reads as 0 through one `Math.max` (the table is wiped once every
 * `EPOCHS` calls). Whitespace costs no branch: it is removed in place by writing every unit and
 * advancing the write position by a table bit. Other bigrams go to a small open-addressing
 * table that undoes exactly the slots it filled. Inputs of 2²⁰ code units or more (counts could reach the
 * epoch bits) take a plain `Map` path with the same arithmetic.
 *
 * Profiles: `diceProfile(text)` keeps a text's bigram multiset; `diceWithProfile(profile, s)`
 * compares it with another string without recounting it (the profile stays loaded in its own
 * table between calls, so one-vs-many costs one pass over each other string);
 * `diceProfiles(p, q)` merges two profiles in O(distinct bigrams).
 *
 * Cost: `dice` O(|a| + |b|) time, no allocation once the scratch buffers fit; `diceProfile`
 * O(n + d log d) for d distinct bigrams; `diceWithProfile` O(|s|) after the first call with that
 * profile. Scratch memory ≈ 1 MB, shared, so these functions are not reentrant (they never call
 * out, so JavaScript's run-to-completion makes that safe).
 */
import { NOT_JS_WHITESPACE } from './chars.ts';
import { codeUnits, SLOT_A, SLOT_B, WARM_RUNS } from './units.ts';
import { asciiDice, asciiDiceWithProfile, codedDice, exhaustEpochs, isAscii } from './wasm/byteDice.ts';

/** Direct-indexed counts for bigrams of two code units < 256, keyed `c1 << 8 | c2`. */
const LOW_SLOTS = 0x10000;
const KEEP = NOT_JS_WHITESPACE;

/** Bits of a low-table slot that hold a count; the bits above hold the epoch. */
const COUNT_BITS = 20;
/** Inputs at least this long could overflow a count into the epoch: they take the `Map` path. */
const MAX_TABLE_INPUT = 1 << COUNT_BITS;
/** Epochs before the low tables are wiped: (EPOCHS << COUNT_BITS) + count stays below 2³¹. */
const EPOCHS = 2047;

/** Low-bigram counts for `dice`, epoch-stamped. */
const counts = new Int32Array(LOW_SLOTS);
let countsEpoch = 0;

/** Starts a new epoch for `table`; returns its base `epoch << COUNT_BITS`. */
function nextEpoch(table: Int32Array, epoch: number): number {
  if (epoch >= EPOCHS) {
    table.fill(0);
    return 1;
  }
  return epoch + 1;
}

/**
 * Open-addressing multiset of bigram keys `c1 * 65536 + c2` (never 0 here: such bigrams have a
 * unit ≥ 256), with the list of occupied slots so a reset costs what was inserted.
 */
interface HighTable {
  keys: Uint32Array;
  counts: Int32Array;
  used: Int32Array;
  slots: Int32Array;
  filled: number;
  mask: number;
}

function newHighTable(capacity: number): HighTable {
  let size = 64;
  while (size < capacity * 2) size *= 2;
  return {
    keys: new Uint32Array(size),
    counts: new Int32Array(size),
    used: new Int32Array(size),
    slots: new Int32Array(size),
    filled: 0,
    mask: size - 1,
  };
}

/** Slot of `key` in `t`: where it is, or the empty slot where it would go. */
function slotOf(t: HighTable, key: number): number {
  const keys = t.keys;
  let i = (Math.imul(key, 0x9e3779b1) >>> 7) & t.mask;
  for (;;) {
    const k = keys[i] as number;
    if (k === key || k === 0) return i;
    i = (i + 1) & t.mask;
  }
}

/** Adds `n` occurrences of `key` (the table must have room: capacity ≥ distinct keys). */
function addHigh(t: HighTable, key: number, n: number): void {
  const i = slotOf(t, key);
  if (t.keys[i] === 0) {
    t.keys[i] = key;
    t.slots[t.filled++] = i;
  }
  t.counts[i] = (t.counts[i] as number) + n;
}

function clearHigh(t: HighTable): void {
  for (let s = 0; s < t.filled; s++) {
    const i = t.slots[s] as number;
    t.keys[i] = 0;
    t.counts[i] = 0;
    t.used[i] = 0;
  }
  t.filled = 0;
}

let high = newHighTable(64);

/** Makes sure `high` can hold `distinct` keys (only called while it is empty). */
function reserveHigh(distinct: number): void {
  if (distinct * 2 > high.keys.length) high = newHighTable(distinct);
}

/**
 * Removes JavaScript whitespace from `u[0, n)` in place, branch-free (every unit is written, the
 * write position advances by its table bit); returns the new length.
 */
function removeWhitespace(u: Uint16Array, n: number): number {
  let w = 0;
  for (let i = 0; i < n; i++) {
    const c = u[i] as number;
    u[w] = c;
    w += KEEP[c] as number;
  }
  return w;
}

/** string-similarity's rule for inputs with fewer than two non-space code units. */
function shortRule(a: string, b: string): number {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '') ? 1 : 0;
}

/** The documented algorithm with a `Map`, for inputs too long for the epoch-stamped tables. */
function diceByMap(a: string, b: string): number {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const bigrams = new Map<number, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const key = x.charCodeAt(i) * 0x10000 + x.charCodeAt(i + 1);
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
  }
  let inter = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const key = y.charCodeAt(i) * 0x10000 + y.charCodeAt(i + 1);
    const count = bigrams.get(key) ?? 0;
    if (count > 0) {
      bigrams.set(key, count - 1);
      inter++;
    }
  }
  return (2.0 * inter) / (x.length + y.length - 2);
}

/**
 * Dice coefficient of the character bigrams of `a` and `b`: exactly
 * `stringSimilarity.compareTwoStrings(a, b)` (see the module comment). In [0, 1], symmetric.
 */
export function dice(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n >= MAX_TABLE_INPUT || m >= MAX_TABLE_INPUT) return diceByMap(a, b);
  if (n >= 2 && m >= 2) {
    const d = isAscii(a) && isAscii(b) ? asciiDice(a, b) : codedDice(a, b);
    if (d >= 0) return d;
    if (d === -1) return shortRule(a, b);
    // NaN: too many distinct non-ASCII units for byte codes; the loops below handle any text
  }
  const A = codeUnits(a, SLOT_A);
  const B = codeUnits(b, SLOT_B);
  const na = removeWhitespace(A, n);
  const nb = removeWhitespace(B, m);
  if (na < 2 || nb < 2) return shortRule(a, b);
  countsEpoch = nextEpoch(counts, countsEpoch);
  const base = countsEpoch << COUNT_BITS;

  // Count a's bigrams; a slot from an older epoch is < base, and max() makes it count 0.
  let hasHigh = false;
  let prev = A[0] as number;
  for (let i = 1; i < na; i++) {
    const c = A[i] as number;
    if ((prev | c) < 256) {
      const k = (prev << 8) | c;
      counts[k] = Math.max(counts[k] as number, base) + 1;
    } else {
      if (!hasHigh) {
        reserveHigh(na);
        hasHigh = true;
      }
      addHigh(high, prev * 0x10000 + c, 1);
    }
    prev = c;
  }

  // Match b's bigrams against them, taking each counted bigram at most once (multiset).
  let inter = 0;
  prev = B[0] as number;
  for (let j = 1; j < nb; j++) {
    const c = B[j] as number;
    if ((prev | c) < 256) {
      const k = (prev << 8) | c;
      const v = counts[k] as number;
      const hit = -(v - base) >>> 31; // 1 when this epoch's count is > 0
      counts[k] = v - hit;
      inter += hit;
    } else if (hasHigh) {
      const t = high;
      const s = slotOf(t, prev * 0x10000 + c);
      const v = t.counts[s] as number;
      if (v > 0) {
        t.counts[s] = v - 1;
        inter++;
      }
    }
    prev = c;
  }
  if (hasHigh) clearHigh(high);
  return (2.0 * inter) / (na + nb - 2);
}

/** A text's bigram multiset, built once by `diceProfile`, compared many times. */
export interface DiceProfile {
  /** Code units left after whitespace removal. */
  readonly length: number;
  /** The whitespace-free text when it has fewer than 2 code units (the equality rule needs it), else null. */
  readonly short: string | null;
  /** Distinct bigram keys `c1 * 65536 + c2`, ascending. */
  readonly keys: Uint32Array;
  /** `counts[i]`: occurrences of `keys[i]` (≥ 1). */
  readonly counts: Uint32Array;
}

/** The bigram profile of `text` (whitespace removed as `dice` does). */
export function diceProfile(text: string): DiceProfile {
  const n = text.length;
  const A = codeUnits(text, SLOT_A);
  countsEpoch = nextEpoch(counts, countsEpoch);
  const base = countsEpoch << COUNT_BITS;
  const len = removeWhitespace(A, n);
  const short = len < 2 ? String.fromCharCode(...A.subarray(0, len)) : null;
  let prev = A[0] as number;
  const distinct: number[] = [];
  const highCounts = new Map<number, number>();
  for (let i = 1; i < len; i++) {
    const c = A[i] as number;
    const key = prev * 0x10000 + c;
    if ((prev | c) < 256 && n < MAX_TABLE_INPUT) {
      const k = (prev << 8) | c;
      const v = Math.max(counts[k] as number, base);
      if (v === base) distinct.push(key);
      counts[k] = v + 1;
    } else {
      const v = highCounts.get(key);
      if (v === undefined) distinct.push(key);
      highCounts.set(key, (v ?? 0) + 1);
    }
    prev = c;
  }
  const keys = Uint32Array.from(distinct).sort();
  const cnts = new Uint32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    const c1 = Math.floor(key / 0x10000);
    const c2 = key & 0xffff;
    cnts[k] = (c1 | c2) < 256 && n < MAX_TABLE_INPUT ? (counts[(c1 << 8) | c2] as number) - base : (highCounts.get(key) as number);
  }
  return { length: len, short, keys, counts: cnts };
}

/** The profile currently loaded into `profileTable` / `profileHigh`. */
let loaded: DiceProfile | null = null;
/**
 * Per low bigram k: the loaded profile's count at 2k and, at 2k + 1, how many the current other
 * string has matched (epoch-stamped like `counts`), side by side so one cache line serves both.
 */
const profileTable = new Int32Array(2 * LOW_SLOTS);
let usedEpoch = 0;
let profileHigh = newHighTable(64);

function load(p: DiceProfile): void {
  if (loaded !== null) {
    const keys = loaded.keys;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const c1 = Math.floor(key / 0x10000);
      const c2 = key & 0xffff;
      if ((c1 | c2) < 256) profileTable[((c1 << 8) | c2) << 1] = 0;
    }
    clearHigh(profileHigh);
    loaded = null;
  }
  const { keys, counts: cnts } = p;
  let highKeys = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= 0x1000000 || (key & 0xff00) !== 0) highKeys++;
  }
  if (highKeys * 2 > profileHigh.keys.length) profileHigh = newHighTable(highKeys);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const c1 = Math.floor(key / 0x10000);
    const c2 = key & 0xffff;
    if ((c1 | c2) < 256) profileTable[((c1 << 8) | c2) << 1] = cnts[i] as number;
    else addHigh(profileHigh, key, cnts[i] as number);
  }
  loaded = p;
}

/**
 * `dice(profiled text, other)`, bit-identical, without recounting the profiled text. Fastest
 * when called many times in a row with the same profile.
 */
export function diceWithProfile(profile: DiceProfile, other: string): number {
  const m = other.length;
  const na = profile.length;
  if (na < 2) return profile.short === other.replace(/\s+/g, '') ? 1 : 0;
  if (m >= MAX_TABLE_INPUT) return diceProfiles(profile, diceProfile(other));
  if (isAscii(other)) return asciiDiceWithProfile(profile, other);
  const pt = profileTable;
  if (usedEpoch >= EPOCHS) {
    // The epoch wraps: the wipe clears the loaded counts too, so nothing stays loaded.
    loaded = null;
    clearHigh(profileHigh);
  }
  usedEpoch = nextEpoch(pt, usedEpoch);
  if (loaded !== profile) load(profile);
  const B = codeUnits(other, SLOT_B);
  const t = profileHigh;
  const hasHigh = t.filled > 0;
  const base = usedEpoch << COUNT_BITS;
  const nb = removeWhitespace(B, m);
  if (nb < 2) return 0; // a profile with ≥ 2 units never equals a shorter string
  let prev = B[0] as number;
  let inter = 0;
  for (let j = 1; j < nb; j++) {
    const c = B[j] as number;
    if ((prev | c) < 256) {
      const k = ((prev << 8) | c) << 1;
      const u = Math.max(pt[k + 1] as number, base);
      const hit = (u - base - (pt[k] as number)) >>> 31; // 1 when used < count
      pt[k + 1] = u + hit;
      inter += hit;
    } else if (hasHigh) {
      const s = slotOf(t, prev * 0x10000 + c);
      const u = t.used[s] as number;
      if (u < (t.counts[s] as number)) {
        t.used[s] = u + 1;
        inter++;
      }
    }
    prev = c;
  }
  if (hasHigh) for (let s = 0; s < t.filled; s++) t.used[t.slots[s] as number] = 0;
  return (2.0 * inter) / (na + nb - 2);
}

/** `dice` of the two profiled texts, bit-identical, by merging their sorted bigram lists. */
export function diceProfiles(p: DiceProfile, q: DiceProfile): number {
  if (p.length < 2 || q.length < 2) return p.short !== null && p.short === q.short ? 1 : 0;
  const { keys: ka, counts: ca } = p;
  const { keys: kb, counts: cb } = q;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < ka.length && j < kb.length) {
    const x = ka[i] as number;
    const y = kb[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      inter += Math.min(ca[i] as number, cb[j] as number);
      i++;
      j++;
    }
  }
  return (2.0 * inter) / (p.length + q.length - 2);
}

// Tiering hygiene (see `units.ts`): take every path at load — bigrams below and above 256, the
// short-string rule, whitespace-only input, the epoch wrap of both tables, profile reloads.
{
  const pairs: [string, string][] = [
    ['The quick brown fox — naïve café, 3,000 times.', 'the quick brown dog\u00a0jumps over the lazy fox'],
    ['中文中文 ab Ωμέγα', '中文 ab ωμέγα'],
    ['a', 'b'],
    [' \n', ''],
    ['plain ASCII text, as most news is', 'plain ASCII news text'],
    ['a b', 'xy'],
  ];
  for (let i = 0; i < WARM_RUNS; i++) {
    if (i % 16 === 15) {
      countsEpoch = EPOCHS;
      usedEpoch = EPOCHS;
      exhaustEpochs();
    }
    for (const [a, b] of pairs) {
      dice(a, b);
      const p = diceProfile(a);
      diceWithProfile(p, b);
      diceProfiles(p, diceProfile(b));
    }
  }
}
