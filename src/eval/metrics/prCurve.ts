/**
 * Precision–recall curve of scored cases: thresholds swept over the distinct scores (ties taken
 * together), thinned to at most MAX_CURVE_POINTS points for drawing. O(n log n).
 */

/** Most points kept per curve: a chart shows no more. */
export const MAX_CURVE_POINTS = 200;

export interface PrPoint {
  recall: number;
  precision: number;
}

/** The curve of cases with a prediction, given their gold labels and scores (any order). */
export function precisionRecallCurve(scored: readonly { gold: boolean; score: number }[]): PrPoint[] {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((s) => s.gold).length;
  if (positives === 0) return [];
  const points: PrPoint[] = [];
  let tp = 0;
  let seen = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = (sorted[i] as { score: number }).score;
    for (; i < sorted.length && (sorted[i] as { score: number }).score === score; i++) {
      seen++;
      if ((sorted[i] as { gold: boolean }).gold) tp++;
    }
    points.push({ recall: tp / positives, precision: tp / seen });
  }
  const step = Math.max(1, Math.ceil(points.length / MAX_CURVE_POINTS));
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}
