/**
 * 32-bit hashing for shingles, signatures and buckets.
 *
 * Built from MurmurHash3's pieces (Austin Appleby, public domain): `mix32` is the x86_32 body
 * step that folds one 32-bit word into a running state, `fmix32` the finalizer, a bijection on
 * uint32 with full avalanche (every input bit flips each output bit with probability ≈ ½).
 * `hashString` is MurmurHash3_x86_32 over UTF-16 code units taken two per 32-bit block (so it
 * agrees with no byte-oriented murmur; it is stable across runs, engines and platforms).
 *
 * Cost: `fmix32`, `mix32` O(1), a handful of `Math.imul`s; `hashString` O(length), about one
 * mix step per two code units. No allocation.
 */

/** MurmurHash3 body constants. */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3 finalizer: a uint32 → uint32 bijection with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 body step: folds the 32-bit word `k` into running state `h` (result int32). */
export function mix32(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Finishes a `mix32` chain over `count` items (the length is folded in, as MurmurHash3 does). */
export function finish32(h: number, count: number): number {
  return fmix32(h ^ count);
}

/**
 * MurmurHash3_x86_32 of the UTF-16 code units `text[start, end)`, two units per block.
 * Code units, not code points: equal strings hash equally, whatever they contain.
 */
export function hashString(text: string, seed = 0, start = 0, end = text.length): number {
  let h = seed | 0;
  let i = start;
  for (; i + 1 < end; i += 2) {
    h = mix32(h, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  }
  if (i < end) {
    let k = Math.imul(text.charCodeAt(i), C1);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, C2);
  }
  return fmix32(h ^ ((end - start) << 1));
}

/** Hash of an ordered sequence of 32-bit values `values[start, end)` (shingles of hashes). */
export function hashSequence(values: ArrayLike<number>, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = mix32(h, values[i]);
  return finish32(h, end - start);
}
