/**
 * Paired statistics for comparing two detector versions on the same cases: an exact McNemar
 * test on their document decisions, and paired bootstrap intervals of metric differences (the
 * same resample of cases drives both versions, so case difficulty cancels out).
 */
import { bootstrapIntervals, type Interval } from './bootstrap.ts';
import { type Decision, documentStats, sortByScore } from './document.ts';

/**
 * Exact two-sided McNemar test: under H0 the discordant pairs split 50/50, so
 * p = min(1, 2 · P[X ≤ min(b, c)]) with X ~ Binomial(b + c, 1/2). Summed in log space so large
 * counts do not overflow. O(min(b, c)).
 *
 * @param b cases A got right and B got wrong
 * @param c cases A got wrong and B got right
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let logTerm = -n * Math.LN2; // log C(n,0) · 0.5^n
  let tail = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}

export type PairedMetric = 'f1' | 'precision' | 'recall' | 'accuracy' | 'specificity' | 'rocAuc';
export const PAIRED_METRICS: readonly PairedMetric[] = ['f1', 'precision', 'recall', 'accuracy', 'specificity', 'rocAuc'];

export interface PairedDelta {
  metric: PairedMetric;
  a: number | null;
  b: number | null;
  delta: number | null;
  lo: number | null;
  hi: number | null;
}

/**
 * Metric values of A and B and the 95% paired bootstrap interval of B − A, for cases given in
 * the same order in both lists. O(resamples · n log n) for ROC-AUC, O(resamples · n) otherwise.
 */
export function pairedDeltas(a: readonly Decision[], b: readonly Decision[], seed: number, resamples: number): PairedDelta[] {
  if (a.length !== b.length) throw new Error('paired metrics need the same cases in both runs');
  // sort each once by score and remember where every case went, so weights follow the case
  const order = (xs: readonly Decision[]) => xs.map((d, i) => ({ d, i })).sort((x, y) => y.d.score - x.d.score);
  const oa = order(a);
  const ob = order(b);
  const sa = sortByScore(oa.map((o) => o.d));
  const sb = sortByScore(ob.map((o) => o.d));
  const permuted = (w: ArrayLike<number>, o: { i: number }[]) => Float64Array.from(o, (x) => w[x.i] as number);
  const stats = (w?: ArrayLike<number>) => {
    const x = documentStats(sa, w && permuted(w, oa));
    const y = documentStats(sb, w && permuted(w, ob));
    const out = {} as Record<PairedMetric, number | null>;
    for (const m of PAIRED_METRICS) {
      const va = x[m];
      const vb = y[m];
      out[m] = va === null || vb === null ? null : vb - va;
    }
    return { x, y, out };
  };
  const point = stats();
  const ci: Record<PairedMetric, Interval> = bootstrapIntervals(a.length, (w) => stats(w).out, seed, resamples);
  return PAIRED_METRICS.map((metric) => ({
    metric,
    a: point.x[metric],
    b: point.y[metric],
    delta: point.out[metric],
    lo: ci[metric]?.lo ?? null,
    hi: ci[metric]?.hi ?? null,
  }));
}
