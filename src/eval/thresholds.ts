/**
 * Decision thresholds, chosen on `dev` and applied to `test`.
 *
 * The threshold maximising F1 on the dev cases (ties: the higher accuracy, then the higher
 * threshold), placed midway between adjacent distinct scores so it generalises. Without dev
 * cases holding both classes, the detector's own labels are used. O(n log n).
 */
import type { CaseResult, Threshold } from '../contracts/results.ts';

/** Fewest dev cases (with both classes present) worth fitting a threshold on. */
export const MIN_DEV_CASES = 10;
/** Margin placing a threshold above every score, so that nothing is positive. */
const ABOVE_ALL = 1e-9;

export function fitThreshold(detector: string, dev: readonly CaseResult[]): Threshold {
  const scored = dev.filter((c) => c.prediction !== undefined);
  const pos = scored.filter((c) => c.label).length;
  if (scored.length < MIN_DEV_CASES || pos === 0 || pos === scored.length)
    return { detector, value: null, source: 'detector', devCases: scored.length };
  // Sweep thresholds from above the highest score down: every case at or above is positive.
  const sorted = scored.map((c) => ({ gold: c.label, score: c.prediction?.score as number })).sort((a, b) => b.score - a.score);
  const n = sorted.length;
  let best = { t: (sorted[0]?.score ?? 0) + ABOVE_ALL, f1: 0, acc: (n - pos) / n };
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n; ) {
    const score = (sorted[i] as { score: number }).score;
    while (i < n && (sorted[i] as { score: number }).score === score) (sorted[i++] as { gold: boolean }).gold ? tp++ : fp++;
    const next = i < n ? (sorted[i] as { score: number }).score : score - ABOVE_ALL;
    const f = (2 * tp) / (2 * tp + fp + (pos - tp));
    const acc = (tp + (n - pos - fp)) / n;
    // the threshold sits midway to the next lower score, so it generalises
    if (f > best.f1 || (f === best.f1 && acc > best.acc)) best = { t: i < n ? (score + next) / 2 : score, f1: f, acc };
  }
  return { detector, value: best.t, source: 'dev', devCases: n };
}

/** The decision for one case under a fitted threshold (or the detector's label). */
export function decide(c: CaseResult, threshold: Threshold | undefined): boolean {
  if (c.prediction === undefined) return false;
  if (threshold === undefined || threshold.value === null) return c.prediction.label;
  return c.prediction.score >= threshold.value;
}

