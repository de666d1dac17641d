/**
 * The two-pass line model: a logistic regression over the first-pass line features, then a
 * second logistic regression that also sees the neighbours' first-pass probabilities. Both are
 * fitted on dev cases only (`test/detectors/boilerplate/refit.ts`); the weights live in
 * `weights.ts`. Also returns each feature's contribution (weight × value) so predictions can
 * say what fired. Cost: O(lines × features).
 */
import { CONTEXT_FEATURES, contextFeatures, LINE_FEATURES, lineFeatures, type PageFeatures } from './features.ts';
import type { LineView } from './lineView.ts';
import { REGION_PARAMS, type RegionParams } from './signals/bodyRegion.ts';
import { PASS1, PASS2 } from './weights.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Weight vector in the order of `names` (missing names weigh 0). */
export const weightVector = (names: readonly string[], weights: Readonly<Record<string, number>>): number[] => names.map((n) => weights[n] ?? 0);

const W1 = weightVector(LINE_FEATURES, PASS1);
const PASS2_NAMES = [...LINE_FEATURES, ...CONTEXT_FEATURES];
const W2 = weightVector(PASS2_NAMES, PASS2);

const dot = (w: readonly number[], x: readonly number[]): number => {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += (w[i] as number) * (x[i] as number);
  return z;
};

export interface LineScores {
  page: PageFeatures;
  /** First-pass probabilities. */
  p1: number[];
  /** Second-pass feature rows (first-pass features then context). */
  rows2: number[][];
  /** Final probabilities. */
  p: number[];
}

/** Score every line of a page. Weights default to the fitted ones (the refit script passes its own). */
export function scoreLines(lines: readonly LineView[], w1: readonly number[] = W1, w2: readonly number[] = W2, region: RegionParams = REGION_PARAMS): LineScores {
  const page = lineFeatures(lines, region);
  const p1 = page.rows.map((x) => sigmoid(dot(w1, x)));
  const ctx = contextFeatures(lines, p1, page);
  const rows2 = page.rows.map((x, i) => [...x, ...(ctx[i] as number[])]);
  const p = rows2.map((x) => sigmoid(dot(w2, x)));
  return { page, p1, rows2, p };
}

/** The features that pushed line `i` most towards boilerplate: [name, weight × value], largest first. */
export function topContributions(scores: LineScores, i: number, k = 3, w2: readonly number[] = W2): [string, number][] {
  const x = scores.rows2[i] as number[];
  return PASS2_NAMES.map((n, j) => [n, (w2[j] as number) * (x[j] as number)] as [string, number])
    .filter(([n, c]) => n !== 'bias' && c > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, k);
}

export { PASS2_NAMES };
