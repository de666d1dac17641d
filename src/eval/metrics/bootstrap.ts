/**
 * Percentile bootstrap confidence intervals, resampling cases with replacement from a seeded
 * generator, so the same inputs always give the same interval.
 * Cost: O(resamples × cost of the statistic).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Resamples per interval: enough for stable 2.5% / 97.5% percentiles. */
export const DEFAULT_RESAMPLES = 1000;
/** Two-sided coverage of the interval. */
export const CONFIDENCE = 0.95;

export interface Interval {
  lo: number | null;
  hi: number | null;
}

/**
 * Seeded resampler: `draw(n)` resamples n cases with replacement and returns how many times
 * each case was drawn (its weight in the resample), so statistics stay one pass over cases.
 */
export function resampler(seed: number): (n: number) => Uint32Array {
  const rng = xoroshiro128plus(seed);
  return (n) => {
    const weights = new Uint32Array(n);
    for (let i = 0; i < n; i++) weights[uniformInt(rng, 0, n - 1) as number]++;
    return weights;
  };
}

/** Quantile of sorted numbers with linear interpolation (type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * 95% percentile intervals of several statistics over `resamples` resamples of n cases,
 * computed together so each resample is drawn once. `statistic` receives per-case weights
 * (multiplicities). Resamples where a statistic is undefined (null) are left out for it; its
 * bounds are null when all are.
 */
export function bootstrapIntervals<K extends string>(
  n: number,
  statistic: (weights: Uint32Array) => Record<K, number | null>,
  seed: number,
  resamples = DEFAULT_RESAMPLES,
): Record<K, Interval> {
  const samples = new Map<K, number[]>();
  if (n > 0) {
    const draw = resampler(seed);
    for (let b = 0; b < resamples; b++) {
      const values = statistic(draw(n));
      for (const k in values) {
        const v = values[k];
        if (!samples.has(k)) samples.set(k, []);
        if (v !== null && Number.isFinite(v)) samples.get(k)?.push(v);
      }
    }
  }
  const out = {} as Record<K, Interval>;
  const tail = (1 - CONFIDENCE) / 2;
  for (const [k, values] of samples) {
    values.sort((a, b) => a - b);
    out[k] = values.length === 0 ? { lo: null, hi: null } : { lo: quantile(values, tail), hi: quantile(values, 1 - tail) };
  }
  return out;
}
