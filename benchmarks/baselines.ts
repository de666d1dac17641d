/**
 * Straightforward implementations the kernels are measured against where npm offers no reference:
 *
 * - `minhashKPermutations`: the textbook MinHash, k seeded hash functions, each applied to every
 *   shingle (k hash evaluations per shingle).
 * - `minOfShingleHashes`: the cost floor of any MinHash: one hash evaluation per shingle, one slot.
 * - `naiveWordShingles`: lowercase, regex word split, join n words, hash the joined string.
 * - `naiveJaccard`: intersection of two JavaScript `Set`s by lookup.
 *
 * Cost: `minhashKPermutations` O(n·k); the others O(n).
 */
import { fmix32, hashString } from '../src/kernels/hash.ts';

/** k independent seeded hash functions (fmix32 of the shingle xor a per-function seed), min each. */
export function minhashKPermutations(shingles: Uint32Array, k: number, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i] as number;
    for (let p = 0; p < k; p++) {
      const v = fmix32((h ^ (seeds[p] as number)) >>> 0);
      if (v < (sig[p] as number)) sig[p] = v;
    }
  }
  return sig;
}

/** Seeds for `minhashKPermutations`. */
export function permutationSeeds(k: number): Uint32Array {
  const seeds = new Uint32Array(k);
  for (let p = 0; p < k; p++) seeds[p] = fmix32((p + 1) * 0x9e3779b1);
  return seeds;
}

/** One hash per shingle and the minimum: what any MinHash must at least do. */
export function minOfShingleHashes(shingles: Uint32Array): number {
  let min = 0xffffffff;
  for (let i = 0; i < shingles.length; i++) {
    const v = fmix32((shingles[i] as number) ^ 0x5bd1e995);
    if (v < min) min = v;
  }
  return min;
}

const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Word n-gram hashes the obvious way: lowercase, split with a regex, join n words, hash the string. */
export function naiveWordShingles(text: string, n: number): Uint32Array {
  const ws = text.toLowerCase().match(WORD) ?? [];
  if (ws.length === 0) return new Uint32Array(0);
  const count = Math.max(1, ws.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = hashString(ws.slice(i, i + n).join(' '));
  return out;
}

/** Jaccard of two JavaScript Sets by iterating the smaller and looking up in the larger. */
export function naiveJaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
