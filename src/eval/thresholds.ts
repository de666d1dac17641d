/**
 * Decision thresholds, chosen on `dev` and applied to `test`.
 *
 * The threshold maximising the chosen objective on the dev cases, placed midway between
 * adjacent distinct scores so it generalises (ties: the higher threshold). The default objective
 * is balanced accuracy (Youden's J = TPR + TNR − 1), which does not depend on the class mix of
 * the dev split — an F1-optimal threshold on a positive-heavy dev set can call everything
 * positive. Without dev cases holding both classes, the detector's own labels are used.
 * O(n log n).
 */
import type { CaseResult, Threshold, ThresholdObjective } from '../contracts/results.ts';

/** Fewest dev cases (with both classes present) worth fitting a threshold on. */
export const MIN_DEV_CASES = 10;
/** Margin placing a threshold above every score, so that nothing is positive. */
const ABOVE_ALL = 1e-9;

/** The objective's value for a confusion at one cut (pos, neg: class sizes). */
function objectiveValue(objective: ThresholdObjective, tp: number, fp: number, pos: number, neg: number): number {
  if (objective === 'f1') return (2 * tp) / (2 * tp + fp + (pos - tp));
  if (objective === 'accuracy') return (tp + neg - fp) / (pos + neg);
  return tp / pos + (neg - fp) / neg - 1;
}

export function fitThreshold(detector: string, dev: readonly CaseResult[], objective: ThresholdObjective = 'balanced'): Threshold {
  const scored = dev.filter((c) => c.prediction !== undefined).map((c) => ({ gold: c.label, score: c.prediction?.score as number }));
  return fitThresholdToScores(detector, scored, objective);
}

/** `fitThreshold` on the gold labels and scores of the dev cases that have a prediction. */
export function fitThresholdToScores(detector: string, scored: readonly { gold: boolean; score: number }[], objective: ThresholdObjective = 'balanced'): Threshold {
  const pos = scored.filter((c) => c.gold).length;
  const neg = scored.length - pos;
  if (scored.length < MIN_DEV_CASES || pos === 0 || neg === 0)
    return { detector, value: null, source: 'detector', objective, devCases: scored.length };
  // Sweep thresholds from above the highest score down: every case at or above is positive.
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const n = sorted.length;
  let best = { t: (sorted[0]?.score ?? 0) + ABOVE_ALL, value: objectiveValue(objective, 0, 0, pos, neg) };
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n; ) {
    const score = (sorted[i] as { score: number }).score;
    for (; i < n && (sorted[i] as { score: number }).score === score; i++) {
      if ((sorted[i] as { gold: boolean }).gold) tp++;
      else fp++;
    }
    const value = objectiveValue(objective, tp, fp, pos, neg);
    // the threshold sits midway to the next lower score, so it generalises
    const next = i < n ? (sorted[i] as { score: number }).score : score;
    if (value > best.value) best = { t: i < n ? (score + next) / 2 : score, value };
  }
  return { detector, value: best.t, source: 'dev', objective, devCases: n };
}

/** The decision for one case under a fitted threshold (or the detector's label). */
export function decide(c: CaseResult, threshold: Threshold | undefined): boolean {
  return decidePrediction(c.prediction, threshold);
}

/** `decide` on a prediction's score and label alone (undefined: the case failed). */
export function decidePrediction(prediction: { score: number; label: boolean } | undefined, threshold: Threshold | undefined): boolean {
  if (prediction === undefined) return false;
  if (threshold === undefined || threshold.value === null) return prediction.label;
  return prediction.score >= threshold.value;
}

