/**
 * Levenshtein (edit) distance: the least number of single-symbol insertions, deletions and
 * substitutions turning one string into the other; its normalized similarity; and a bounded
 * variant that stops as soon as the distance is known to exceed a maximum.
 *
 * Units: by default symbols are UTF-16 code units, exactly as fastest-levenshtein's `distance`
 * counts (an emoji or any astral character is 2 units, so replacing 😀 by 😁 costs 1 but
 * replacing 😀 by "a" costs 2). `{ unit: 'codepoint' }` counts code points instead (😀 → "a"
 * costs 1; a lone surrogate is one symbol). Neither mode normalizes: é precomposed and e + ◌́
 * differ (run `normalize` first).
 *
 * How: common prefix and suffix are stripped first (near-duplicates often differ in a small
 * middle). If the shorter remainder has ≤ 32 symbols, Myers' bit-parallel algorithm runs in one
 * machine word over the longer one: O(n). Otherwise Hyyrö's blocked formulation of Myers runs
 * column by column over 32-row blocks with a diagonal band (Ukkonen): only blocks that a path of
 * cost ≤ k can cross are computed, and the run stops early once every cell of the band exceeds k.
 * Both variants first try a narrow band when that is cheap (near-duplicates finish there), widen
 * once guided by where the narrow try stopped, and otherwise run the full matrix (unbounded) or
 * the band of the caller's bound.
 *
 * Cost: O(⌈m/32⌉·n) for the full matrix (m ≤ n the stripped lengths); O(⌈k/32⌉·n) bounded by k.
 * Scratch memory O(m + σ·m/32) for σ distinct symbols, reused between calls (not reentrant; the
 * functions never call out).
 */

import { WARM_RUNS } from './units.ts';

/** What a symbol is: a UTF-16 code unit (fastest-levenshtein's unit, default) or a code point. */
export type LevenshteinUnit = 'utf16' | 'codepoint';

export interface LevenshteinOptions {
  readonly unit?: LevenshteinUnit;
}

/**
 * A first narrow band is tried when, should the strings be unrelated, its wasted work is at most
 * this fraction of the run it precedes (the full matrix, or the band of the caller's bound). Unrelated text gains distance at ≥ 1/3 per column, so a try
 * with bound k stops within ≈ 3(k + 32) columns.
 */
const BAND_TRIAL_MAX_WASTE = 0.1;
/** Columns per unit of distance before an unrelated pair's band exceeds its bound (see above). */
const COLUMNS_PER_EDIT_UNRELATED = 3;
/** A retry with a wider band is made only when it costs at most this fraction of that run. */
const BAND_RETRY_MAX_FRACTION = 0.75;
/** Slack of the first narrow band: distances up to n − m + 2·BAND_MARGIN finish there. */
const BAND_MARGIN = 16;

/** Pattern-symbol bitmasks for the single-word case, indexed by code unit (zero between calls). */
const peq32 = new Int32Array(0x10000);
/** Masks of the pattern's rows 33–64 for the two-word case (zero between calls). */
const peq64 = new Int32Array(0x10000);
/** Dense symbol ids of the pattern's code units (zero between calls; 0 = not in the pattern). */
const symbolId = new Uint16Array(0x10000);

let peqBlocks = new Int32Array(1024);
let pvBlocks = new Int32Array(64);
let mvBlocks = new Int32Array(64);
let scoreBlocks = new Int32Array(64);
let patternSymbols = new Uint16Array(64);

/** Myers' single-word algorithm: distance between `p[ps, ps+m)` (1 ≤ m ≤ 32) and `t[ts, ts+n)`. */
function myers32(p: string, ps: number, m: number, t: string, ts: number, n: number): number {
  for (let i = 0; i < m; i++) {
    const c = p.charCodeAt(ps + i);
    peq32[c] = (peq32[c] as number) | (1 << i);
  }
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < n; j++) {
    let eq = peq32[t.charCodeAt(ts + j)] as number;
    const xv = eq | mv;
    eq |= ((eq & pv) + pv) ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    score += ((mv & last) !== 0 ? 1 : 0) - ((pv & last) !== 0 ? 1 : 0);
    mv = (mv << 1) | 1;
    pv = (pv << 1) | ~(xv | mv);
    mv &= xv;
  }
  for (let i = 0; i < m; i++) peq32[p.charCodeAt(ps + i)] = 0;
  return score;
}

/**
 * Two-word Myers (the blocked algorithm unrolled for 32 < m ≤ 64, masks indexed directly by code
 * unit): distance between `p[ps, ps+m)` and `t[ts, ts+n)`.
 */
function myers64(p: string, ps: number, m: number, t: string, ts: number, n: number): number {
  for (let i = 0; i < 32; i++) {
    const c = p.charCodeAt(ps + i);
    peq32[c] = (peq32[c] as number) | (1 << i);
  }
  for (let i = 32; i < m; i++) {
    const c = p.charCodeAt(ps + i);
    peq64[c] = (peq64[c] as number) | (1 << (i - 32));
  }
  const shift = m - 33;
  let pv0 = -1;
  let mv0 = 0;
  let pv1 = -1;
  let mv1 = 0;
  let score = m;
  for (let j = 0; j < n; j++) {
    const c = t.charCodeAt(ts + j);
    // Block 0 (rows 1–32), horizontal input +1 from row 0.
    let eq = peq32[c] as number;
    let xv = eq | mv0;
    let xh = (((eq & pv0) + pv0) ^ pv0) | eq;
    let ph = mv0 | ~(xh | pv0);
    let mh = pv0 & xh;
    const hp = ph >>> 31;
    const hn = mh >>> 31;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv0 = mh | ~(xv | ph);
    mv0 = ph & xv;
    // Block 1 (rows 33–m), horizontal input from block 0.
    eq = peq64[c] as number;
    xv = eq | mv1;
    eq |= hn;
    xh = (((eq & pv1) + pv1) ^ pv1) | eq;
    ph = mv1 | ~(xh | pv1);
    mh = pv1 & xh;
    score += ((ph >>> shift) & 1) - ((mh >>> shift) & 1);
    ph = (ph << 1) | hp;
    mh = (mh << 1) | hn;
    pv1 = mh | ~(xv | ph);
    mv1 = ph & xv;
  }
  for (let i = 0; i < 32; i++) peq32[p.charCodeAt(ps + i)] = 0;
  for (let i = 32; i < m; i++) peq64[p.charCodeAt(ps + i)] = 0;
  return score;
}

/** Half-width of the band of diagonals for bound k (see `banded`). */
function bandSlack(m: number, n: number, k: number): number {
  return (k - (n - m)) >> 1; // k ≥ n − m, so this is ⌊(k − (n − m)) / 2⌋
}

/** Blocks of 32 rows per column that bound k computes. */
function bandBlocks(m: number, n: number, k: number): number {
  return Math.min(Math.ceil(m / 32), Math.ceil((n - m + 2 * bandSlack(m, n, k) + 1) / 32) + 1);
}

/** Result of a banded run: the distance if ≤ k, else k + 1 and the column where it stopped. */
interface BandResult {
  distance: number;
  stoppedAt: number;
}

const bandResult: BandResult = { distance: 0, stoppedAt: 0 };

/**
 * Numbers the distinct code units of `p[ps, ps+m)` (in `symbolId`) and fills `peqBlocks` with
 * their match masks, `nb` 32-bit blocks per symbol, symbol-major (id 0: no match). Sizes the
 * per-block state. Returns the alphabet size for `releasePattern`.
 */
function preparePattern(p: string, ps: number, m: number, nb: number): number {
  let alphabet = 0;
  if (patternSymbols.length < m) patternSymbols = new Uint16Array(m * 2);
  for (let i = 0; i < m; i++) {
    const c = p.charCodeAt(ps + i);
    if (symbolId[c] === 0) {
      symbolId[c] = ++alphabet;
      patternSymbols[alphabet - 1] = c;
    }
  }
  const peqSize = (alphabet + 1) * nb;
  if (peqBlocks.length < peqSize) peqBlocks = new Int32Array(peqSize * 2);
  const peq = peqBlocks;
  peq.fill(0, 0, peqSize);
  for (let i = 0; i < m; i++) {
    const at = (symbolId[p.charCodeAt(ps + i)] as number) * nb + (i >>> 5);
    peq[at] = (peq[at] as number) | (1 << (i & 31));
  }
  if (pvBlocks.length < nb) {
    pvBlocks = new Int32Array(nb * 2);
    mvBlocks = new Int32Array(nb * 2);
    scoreBlocks = new Int32Array(nb * 2);
  }
  return alphabet;
}

/** Clears the `symbolId` entries set by `preparePattern`. */
function releasePattern(alphabet: number): void {
  for (let a = 0; a < alphabet; a++) symbolId[patternSymbols[a] as number] = 0;
}

/**
 * Blocked Myers/Hyyrö over pattern `p[ps, ps+m)` (m > 0) and text `t[ts, ts+n)` (n ≥ m), computing
 * only the blocks that intersect the diagonals a path of cost ≤ k can use (k ≥ n − m). Values
 * outside the band are replaced by achievable upper bounds, so cells on any path of cost ≤ k are
 * exact. Stops early once every band cell exceeds k.
 */
function banded(p: string, ps: number, m: number, t: string, ts: number, n: number, k: number): BandResult {
  const nb = (m + 31) >>> 5;
  const alphabet = preparePattern(p, ps, m, nb);
  const peq = peqBlocks;
  const PV = pvBlocks;
  const MV = mvBlocks;
  const SC = scoreBlocks;
  for (let b = 0; b < nb; b++) {
    PV[b] = -1;
    MV[b] = 0;
  }

  const slack = bandSlack(m, n, k);
  const dlo = m - n - slack; // lowest diagonal i − j of the band
  const dhi = slack; // highest
  const lastBlock = nb - 1;
  const lastShift = (m - 1) & 31;
  let last = Math.min(lastBlock, (Math.min(m, 1 + dhi) - 1) >>> 5);
  for (let b = 0; b <= last; b++) SC[b] = Math.min(32 * (b + 1), m);
  const result = bandResult;
  result.stoppedAt = n;
  for (let j = 1; j <= n; j++) {
    const lo = j + dlo;
    const hi = j + dhi;
    const fb = lo <= 1 ? 0 : (lo - 1) >>> 5;
    const lb = hi >= m ? lastBlock : (hi - 1) >>> 5;
    while (last < lb) {
      last++;
      PV[last] = -1;
      MV[last] = 0;
      SC[last] = (SC[last - 1] as number) + Math.min(32, m - 32 * last);
    }
    const base = (symbolId[t.charCodeAt(ts + j - 1)] as number) * nb;
    let hp = 1;
    let hn = 0;
    let minScore = 0x7fffffff;
    for (let b = fb; b <= lb; b++) {
      let eq = peq[base + b] as number;
      const pv = PV[b] as number;
      const mv = MV[b] as number;
      const xv = eq | mv;
      eq |= hn;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const shift = b === lastBlock ? lastShift : 31;
      const op = (ph >>> shift) & 1;
      const on = (mh >>> shift) & 1;
      ph = (ph << 1) | hp;
      mh = (mh << 1) | hn;
      PV[b] = mh | ~(xv | ph);
      MV[b] = ph & xv;
      const sc = (SC[b] as number) + op - on;
      SC[b] = sc;
      if (sc < minScore) minScore = sc;
      hp = op;
      hn = on;
    }
    // Every cell of a block is within 31 of its bottom row, so the band's minimum is ≥ min − 31.
    if (minScore - 31 > k) {
      result.distance = k + 1;
      result.stoppedAt = j;
      break;
    }
    if (j === n) {
      const d = SC[lastBlock] as number;
      result.distance = d <= k ? d : k + 1;
    }
  }
  releasePattern(alphabet);
  return result;
}

/** Blocked Myers/Hyyrö over the whole matrix (no band bookkeeping): distance of `p[ps, ps+m)` (m > 32) and `t[ts, ts+n)`. */
function fullMatrix(p: string, ps: number, m: number, t: string, ts: number, n: number): number {
  const nb = (m + 31) >>> 5;
  const alphabet = preparePattern(p, ps, m, nb);
  const peq = peqBlocks;
  const PV = pvBlocks;
  const MV = mvBlocks;
  for (let b = 0; b < nb; b++) {
    PV[b] = -1;
    MV[b] = 0;
  }
  const lastBlock = nb - 1;
  const lastShift = (m - 1) & 31;
  let score = m;
  for (let j = 0; j < n; j++) {
    const base = (symbolId[t.charCodeAt(ts + j)] as number) * nb;
    let hp = 1;
    let hn = 0;
    for (let b = 0; b < lastBlock; b++) {
      let eq = peq[base + b] as number;
      const pv = PV[b] as number;
      const mv = MV[b] as number;
      const xv = eq | mv;
      eq |= hn;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const op = ph >>> 31;
      const on = mh >>> 31;
      ph = (ph << 1) | hp;
      mh = (mh << 1) | hn;
      PV[b] = mh | ~(xv | ph);
      MV[b] = ph & xv;
      hp = op;
      hn = on;
    }
    let eq = peq[base + lastBlock] as number;
    const pv = PV[lastBlock] as number;
    const mv = MV[lastBlock] as number;
    const xv = eq | mv;
    eq |= hn;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ((ph >>> lastShift) & 1) - ((mh >>> lastShift) & 1);
    ph = (ph << 1) | hp;
    mh = (mh << 1) | hn;
    PV[lastBlock] = mh | ~(xv | ph);
    MV[lastBlock] = ph & xv;
  }
  releasePattern(alphabet);
  return score;
}

/** Length of the common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a[from..]` and `b[from..]`. */
function commonSuffix(a: string, b: string, from: number): number {
  let i = a.length;
  let j = b.length;
  while (i > from && j > from && a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
    i--;
    j--;
  }
  return a.length - i;
}

/** Distance in code units, capped: returns d if d ≤ max, else max + 1 (`max` = Infinity: exact). */
function distanceUnits(a: string, b: string, max: number): number {
  if (a.length > b.length) {
    const swap = a;
    a = b;
    b = swap;
  }
  const pre = commonPrefix(a, b);
  const suf = commonSuffix(a, b, pre);
  const m = a.length - pre - suf;
  const n = b.length - pre - suf;
  if (n - m > max) return max + 1;
  if (m === 0) return n;
  if (m <= 32) {
    const d = myers32(a, pre, m, b, pre, n);
    return d <= max ? d : max + 1;
  }
  if (m <= 64) {
    const d = myers64(a, pre, m, b, pre, n);
    return d <= max ? d : max + 1;
  }
  // d ≤ n always, so a bound of n or more is no bound: the full matrix, no band bookkeeping.
  const limit = Math.min(max, n);
  const limitBlocks = limit >= n ? Math.ceil(m / 32) : bandBlocks(m, n, limit);
  // Try a narrow band first if, should the strings be unrelated, it wastes little; widen once if
  // where it stopped suggests a near-duplicate; else run with the limit itself.
  let k = n - m + 2 * BAND_MARGIN;
  const waste = bandBlocks(m, n, k) * COLUMNS_PER_EDIT_UNRELATED * (k + 32);
  if (k < limit && waste <= limitBlocks * n * BAND_TRIAL_MAX_WASTE) {
    const r = banded(a, pre, m, b, pre, n, k);
    if (r.distance <= k) return r.distance;
    const projected = Math.ceil(((k + 32) * n) / r.stoppedAt);
    k = n - m + 2 * projected + 2 * BAND_MARGIN;
    if (k < limit && bandBlocks(m, n, k) <= limitBlocks * BAND_RETRY_MAX_FRACTION) {
      const r2 = banded(a, pre, m, b, pre, n, k);
      if (r2.distance <= k) return r2.distance;
    }
  }
  if (limit < n) return banded(a, pre, m, b, pre, n, limit).distance;
  return fullMatrix(a, pre, m, b, pre, n);
}

/** Code units reserved for renumbering astral code points (the surrogate range: never a BMP character). */
const SURROGATE_IDS = 0x800;

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `a` and `b` rewritten with one code unit per code point, so the code-unit algorithms count code
 * points: BMP characters stay, astral code points and lone surrogates get ids in the surrogate
 * range (≤ 2048 distinct), or, beyond that, every code point gets a dense id.
 */
function oneUnitPerCodePoint(a: string, b: string): [string, string] {
  if (!HAS_SURROGATE.test(a) && !HAS_SURROGATE.test(b)) return [a, b];
  const ids = new Map<number, number>();
  let overflow = false;
  const remap = (s: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      if (cp >= 0xd800 && (cp <= 0xdfff || cp > 0xffff)) {
        let id = ids.get(cp);
        if (id === undefined) {
          if (ids.size === SURROGATE_IDS) overflow = true;
          id = 0xd800 + (ids.size % SURROGATE_IDS);
          ids.set(cp, id);
        }
        out.push(id);
      } else out.push(cp);
    }
    return out;
  };
  let ua = remap(a);
  let ub = remap(b);
  if (overflow) {
    // More than 2048 distinct astral symbols: number every code point densely instead.
    const dense = new Map<number, number>();
    const renumber = (s: string): number[] => {
      const out: number[] = [];
      for (const ch of s) {
        const cp = ch.codePointAt(0) as number;
        let id = dense.get(cp);
        if (id === undefined) {
          id = dense.size;
          if (id > 0xffff) throw new RangeError('levenshtein: more than 65,536 distinct code points');
          dense.set(cp, id);
        }
        out.push(id);
      }
      return out;
    };
    ua = renumber(a);
    ub = renumber(b);
  }
  return [fromUnits(ua), fromUnits(ub)];
}

function fromUnits(units: number[]): string {
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
  return s;
}

/**
 * Levenshtein distance between `a` and `b`, in UTF-16 code units (equal to fastest-levenshtein's
 * `distance`) or, with `{ unit: 'codepoint' }`, in code points.
 */
export function levenshtein(a: string, b: string, options?: LevenshteinOptions): number {
  if (options?.unit === 'codepoint') [a, b] = oneUnitPerCodePoint(a, b);
  return distanceUnits(a, b, Number.POSITIVE_INFINITY);
}

/**
 * Bounded Levenshtein distance: the distance if it is ≤ `max`, otherwise `max + 1` (computed only
 * as far as needed to know that). `max` is a non-negative integer.
 */
export function levenshteinBounded(a: string, b: string, max: number, options?: LevenshteinOptions): number {
  if (!(max >= 0) || !Number.isInteger(max)) throw new RangeError(`levenshteinBounded: max must be a non-negative integer, got ${max}`);
  if (options?.unit === 'codepoint') [a, b] = oneUnitPerCodePoint(a, b);
  return distanceUnits(a, b, max);
}

/** Number of symbols of `s` in the given unit. */
export function symbolLength(s: string, unit: LevenshteinUnit = 'utf16'): number {
  if (unit === 'utf16' || !HAS_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Normalized Levenshtein similarity `1 − d / max(|a|, |b|)` in [0, 1] (lengths in the same unit
 * as the distance); 1 for two empty strings.
 */
export function levenshteinSimilarity(a: string, b: string, options?: LevenshteinOptions): number {
  const unit = options?.unit ?? 'utf16';
  const longest = Math.max(symbolLength(a, unit), symbolLength(b, unit));
  if (longest === 0) return 1;
  return 1 - levenshtein(a, b, options) / longest;
}

// Tiering hygiene (see `units.ts`): take every path at load — scratch growth, one and two words,
// the full matrix, a narrow band that succeeds, one that stops early and is retried, the bounded
// exit, code points with and without surrogates.
{
  const base = 'the minister said on monday that the council would review the budget again. ';
  const long = base.repeat(8);
  const near = `${long.slice(0, 200)}x${long.slice(201, 400)}yy${long.slice(400)}`;
  const other = 'weather storm flooding across the border region, officials reported friday. '.repeat(8);
  for (let i = 0; i < WARM_RUNS; i++) {
    if (i % 16 === 15) {
      peqBlocks = new Int32Array(16);
      pvBlocks = new Int32Array(2);
      mvBlocks = new Int32Array(2);
      scoreBlocks = new Int32Array(2);
      patternSymbols = new Uint16Array(2);
    }
    levenshtein('kitten', 'sitting');
    levenshtein(base, other.slice(0, 70));
    levenshtein(long.slice(0, 160), other.slice(0, 150));
    levenshteinBounded(long.slice(0, 160), other.slice(0, 150), 20);
    levenshtein('a😀b', 'ab', { unit: 'codepoint' });
    levenshteinSimilarity(base, other, { unit: 'codepoint' });
    if (i % 32 === 31) {
      // Long pairs: a band that succeeds, one stopped early then retried or abandoned.
      levenshtein(long, near);
      levenshtein(long, other);
      levenshtein(long.slice(0, 300), `${long.slice(0, 150)}${other.slice(0, 150)}`);
      levenshteinBounded(long, near, 2);
    }
  }
}
