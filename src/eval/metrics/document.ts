/**
 * Document-level classification metrics from gold labels, decisions and scores: confusion
 * counts, precision, recall, F1, accuracy, specificity, ROC-AUC and PR-AUC (average precision).
 *
 * Every function takes optional per-case weights (bootstrap multiplicities), so a resample costs
 * one O(n) pass over cases sorted once. Ratios whose denominator is zero are `null`.
 */
import type { Confusion } from '../../contracts/results.ts';

/** One evaluated case, reduced to what document metrics need. */
export interface Decision {
  gold: boolean;
  predicted: boolean;
  score: number;
}

/** Cases sorted by score, highest first — the order the ranking metrics sweep in. */
export type ScoreSorted = readonly Decision[] & { readonly __scoreSorted: true };

/** Sort by descending score (stable, so equal scores keep their order). O(n log n). */
export function sortByScore(cases: readonly Decision[]): ScoreSorted {
  return [...cases].sort((a, b) => b.score - a.score) as unknown as ScoreSorted;
}

const weightAt = (w: ArrayLike<number> | undefined, i: number): number => (w ? (w[i] as number) : 1);

/** Confusion counts (weighted). O(n). */
export function confusion(cases: readonly Decision[], weights?: ArrayLike<number>): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < cases.length; i++) {
    const d = cases[i] as Decision;
    const w = weightAt(weights, i);
    if (d.gold && d.predicted) c.tp += w;
    else if (d.gold) c.fn += w;
    else if (d.predicted) c.fp += w;
    else c.tn += w;
  }
  return c;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export const precision = (c: Confusion) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Confusion) => ratio(c.tp, c.tp + c.fn);
export const specificity = (c: Confusion) => ratio(c.tn, c.tn + c.fp);
export const accuracy = (c: Confusion) => ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);
/** F1 = 2TP / (2TP + FP + FN); null when there is nothing to find and nothing was found. */
export const f1 = (c: Confusion) => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);

/**
 * ROC-AUC and PR-AUC in one sweep over score-sorted cases, tied scores taken together.
 * ROC-AUC is the Mann–Whitney probability that a positive outscores a negative (ties count
 * one half); PR-AUC is average precision Σ ΔRecall · Precision. Null without the needed class.
 */
export function rankingStats(sorted: ScoreSorted, weights?: ArrayLike<number>): { rocAuc: number | null; prAuc: number | null } {
  let totalPos = 0;
  for (let i = 0; i < sorted.length; i++) if ((sorted[i] as Decision).gold) totalPos += weightAt(weights, i);
  let pos = 0;
  let neg = 0;
  let wins = 0;
  let ap = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = (sorted[i] as Decision).score;
    let p = 0;
    let q = 0;
    for (; i < sorted.length && (sorted[i] as Decision).score === score; i++) {
      if ((sorted[i] as Decision).gold) p += weightAt(weights, i);
      else q += weightAt(weights, i);
    }
    wins += q * pos + (q * p) / 2; // negatives here lose to every positive above, tie with p
    pos += p;
    neg += q;
    if (p > 0) ap += (p / totalPos) * (pos / (pos + neg));
  }
  return { rocAuc: pos === 0 || neg === 0 ? null : wins / (pos * neg), prAuc: totalPos === 0 ? null : ap };
}

export interface DocumentStats {
  confusion: Confusion;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  specificity: number | null;
  rocAuc: number | null;
  prAuc: number | null;
}

/** Every document metric of score-sorted cases (weighted). O(n). */
export function documentStats(sorted: ScoreSorted, weights?: ArrayLike<number>): DocumentStats {
  const c = confusion(sorted, weights);
  return {
    confusion: c,
    precision: precision(c),
    recall: recall(c),
    f1: f1(c),
    accuracy: accuracy(c),
    specificity: specificity(c),
    ...rankingStats(sorted, weights),
  };
}
