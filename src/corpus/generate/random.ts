/**
 * Seeded randomness for corpus generators: the same seed gives the same corpus, byte for byte.
 * Each generator derives its own stream from the build seed and a label, so adding a generator
 * never changes another's output.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fmix32 } from '../../kernels/hash.ts';

export interface Random {
  /** Integer in [from, to]. */
  int(from: number, to: number): number;
  /** Float in [0, 1). */
  float(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[];
  /** A new independent stream for a sub-task. */
  fork(label: string): Random;
}

/** FNV-1a hash of a label mixed with a seed: a stable 32-bit stream id. */
export function mixSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

export function random(seed: number): Random {
  // xoroshiro128+ seeded with small raw integers gives correlated first draws: murmur3's finalizer
  // spreads nearby seeds far apart
  const rng = xoroshiro128plus(fmix32(seed) | 0);
  const r: Random = {
    int: (from, to) => uniformInt(rng, from, to),
    float: () => uniformInt(rng, 0, 2 ** 30 - 1) / 2 ** 30,
    chance: (p) => r.float() < p,
    pick: (xs) => {
      if (xs.length === 0) throw new Error('pick from an empty list');
      return xs[r.int(0, xs.length - 1)] as never;
    },
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [out[i], out[j]] = [out[j] as never, out[i] as never];
      }
      return out;
    },
    fork: (label) => random(mixSeed(seed, label)),
  };
  return r;
}
