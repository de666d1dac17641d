import { describe, expect, it } from 'vitest';
import { confusion, type Decision, documentStats, rankingStats, sortByScore } from '../../../src/eval/metrics/document.ts';

const d = (gold: boolean, score: number, predicted = score >= 0.5): Decision => ({ gold, score, predicted });

describe('document metrics', () => {
  // 3 TP, 1 FP, 1 FN, 2 TN — computed by hand
  const cases = [d(true, 0.9), d(true, 0.8), d(false, 0.7), d(true, 0.6), d(true, 0.4), d(false, 0.3), d(false, 0.1)];

  it('counts the confusion matrix and derives the ratios', () => {
    const s = documentStats(sortByScore(cases));
    expect(s.confusion).toEqual({ tp: 3, fp: 1, tn: 2, fn: 1 });
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.f1).toBeCloseTo(3 / 4);
    expect(s.accuracy).toBeCloseTo(5 / 7);
    expect(s.specificity).toBeCloseTo(2 / 3);
  });

  it('computes ROC-AUC as the share of correctly ordered positive/negative pairs', () => {
    // pairs (pos, neg): 4 × 3 = 12; misordered: 0.6<0.7, 0.4<0.7 → 10/12
    expect(rankingStats(sortByScore(cases)).rocAuc).toBeCloseTo(10 / 12);
    expect(rankingStats(sortByScore([d(true, 0.5), d(false, 0.5)])).rocAuc).toBe(0.5);
    expect(rankingStats(sortByScore([d(true, 0.5)])).rocAuc).toBeNull();
  });

  it('computes PR-AUC as average precision', () => {
    // ranks: P P N P P N N → AP = (1/1 + 2/2 + 3/4 + 4/5) / 4
    expect(rankingStats(sortByScore(cases)).prAuc).toBeCloseTo((1 + 1 + 3 / 4 + 4 / 5) / 4);
    expect(rankingStats(sortByScore([d(false, 0.2)])).prAuc).toBeNull();
  });

  it('returns null, not 0 or NaN, for undefined ratios', () => {
    const s = documentStats(sortByScore([d(false, 0.1), d(false, 0.2)]));
    expect(s.precision).toBeNull();
    expect(s.recall).toBeNull();
    expect(s.f1).toBeNull();
    expect(s.specificity).toBe(1);
  });

  it('treats weights as multiplicities', () => {
    const w = [2, 0, 1, 0, 0, 0, 3];
    const expanded = [cases[0], cases[0], cases[2], cases[6], cases[6], cases[6]] as Decision[];
    expect(confusion(cases, w)).toEqual(confusion(expanded));
    expect(rankingStats(sortByScore(cases), w)).toEqual(rankingStats(sortByScore(expanded)));
  });
});
