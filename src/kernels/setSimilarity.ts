/**
 * Set measures on shingle sets: Jaccard |A∩B| / |A∪B|, containment |A∩B| / |A| (how much of A is
 * in B; asymmetric), and the overlap coefficient |A∩B| / min(|A|, |B|).
 *
 * Sets are either `SortedSet`s — ascending, duplicate-free `Uint32Array`s made by `toSortedSet`,
 * the compact form for millions of documents — or `ReadonlySet<number>`s. Empty sets: a measure
 * is 1 when both sets are empty (identical) and 0 when only one is.
 *
 * Cost: two sorted sets intersect by merging, O(|A| + |B|), or by galloping when one is more
 * than `GALLOP_RATIO` times the other, O(small · log(large)); with a `Set`, O(smaller) lookups.
 * `toSortedSet` is O(n log n) (typed-array sort) and allocates the result.
 */

declare const SORTED_UNIQUE: unique symbol;

/** An ascending, duplicate-free `Uint32Array` (only `toSortedSet` and `asSortedSet` make one). */
export type SortedSet = Uint32Array & { readonly [SORTED_UNIQUE]: true };

/** A shingle set in either representation. */
export type ShingleSet = SortedSet | ReadonlySet<number>;

/** Above this size ratio, intersection gallops through the larger sorted set instead of merging. */
const GALLOP_RATIO = 16;

/** The distinct values (as uint32) of `values`, ascending. */
export function toSortedSet(values: ArrayLike<number> | Iterable<number>): SortedSet {
  const a =
    values instanceof Uint32Array ? values.slice() : Uint32Array.from(values as ArrayLike<number>);
  a.sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (i === 0 || a[i] !== a[n - 1]) a[n++] = a[i] as number;
  }
  return (n === a.length ? a : a.slice(0, n)) as SortedSet;
}

/** `values` itself as a `SortedSet` if it is ascending and duplicate-free; throws otherwise. */
export function asSortedSet(values: Uint32Array): SortedSet {
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) <= (values[i - 1] as number)) {
      throw new RangeError(`asSortedSet: not strictly ascending at index ${i}`);
    }
  }
  return values as SortedSet;
}

function sizeOf(s: ShingleSet): number {
  return s instanceof Uint32Array ? s.length : s.size;
}

/** Whether `x` is in sorted set `a`, searching `a[from..]`; returns the insertion index (gallop then bisect). */
function gallop(a: Uint32Array, x: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < a.length && (a[hi] as number) < x) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, a.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if ((a[mid] as number) < x) from = mid + 1;
    else hi = mid;
  }
  return from;
}

function intersectSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length > b.length) return intersectSorted(b, a);
  if (a.length === 0) return 0;
  let count = 0;
  if (b.length > a.length * GALLOP_RATIO) {
    let j = 0;
    for (let i = 0; i < a.length && j < b.length; i++) {
      const x = a[i] as number;
      j = gallop(b, x, j);
      if (j < b.length && b[j] === x) {
        count++;
        j++;
      }
    }
    return count;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

function has(s: ShingleSet, x: number): boolean {
  if (!(s instanceof Uint32Array)) return s.has(x);
  const i = gallop(s, x, 0);
  return i < s.length && s[i] === x;
}

/** |A ∩ B|. */
export function intersectionSize(a: ShingleSet, b: ShingleSet): number {
  if (a instanceof Uint32Array && b instanceof Uint32Array) return intersectSorted(a, b);
  const [small, large] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  let count = 0;
  for (const x of small) if (has(large, x)) count++;
  return count;
}

/** Jaccard similarity |A∩B| / |A∪B| in [0, 1]; 1 for two empty sets. */
export function jaccard(a: ShingleSet, b: ShingleSet): number {
  const na = sizeOf(a);
  const nb = sizeOf(b);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  const inter = intersectionSize(a, b);
  return inter / (na + nb - inter);
}

/** Containment of A in B, |A∩B| / |A| in [0, 1] (asymmetric); 1 when both are empty, 0 when only one is. */
export function containment(a: ShingleSet, b: ShingleSet): number {
  const na = sizeOf(a);
  const nb = sizeOf(b);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  return intersectionSize(a, b) / na;
}

/** Overlap (Szymkiewicz–Simpson) coefficient |A∩B| / min(|A|, |B|) in [0, 1]; 1 for two empty sets. */
export function overlap(a: ShingleSet, b: ShingleSet): number {
  const na = sizeOf(a);
  const nb = sizeOf(b);
  if (na === 0 || nb === 0) return na === nb ? 1 : 0;
  return intersectionSize(a, b) / Math.min(na, nb);
}
