/**
 * The document score: a logistic model over the features of {@link ./features.ts}, with the
 * weights fitted on dev cases only (`fit/fitWeights.ts` writes `weights.ts`). Returns the
 * probability and each feature's contribution to the log-odds, for the signals.
 *
 * Context features ({@link CONTEXT_FEATURES}: the share of "of") describe a style, not an
 * artifact: literal MT has it, and so do translationese and officialese, which are not MT. They
 * may raise a score but never decide alone: their contribution is squashed (tanh) below
 * {@link contextCap}, the log-odds that would lift the shortest document with no other
 * evidence just under the decision threshold. The squashing is monotonic, so rankings by them
 * survive. O(features).
 */
import { FEATURES, type Feature } from './features.ts';
import { BIAS, DECISION_THRESHOLD, WEIGHTS } from './weights.ts';

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => Math.log(p / (1 - p));

/** Features whose contribution is capped (see above). */
export const CONTEXT_FEATURES: ReadonlySet<Feature> = new Set(['ofShare']);
/** Log-odds kept between a context-only document and the decision threshold. */
const CONTEXT_MARGIN = 0.25;

/** A model: bias, weights and decision threshold (the fitted constants, or a candidate during fitting). */
export interface Model {
  readonly bias: number;
  readonly weights: Readonly<Record<Feature, number>>;
  readonly threshold: number;
}

export const FITTED: Model = { bias: BIAS, weights: WEIGHTS, threshold: DECISION_THRESHOLD };

/** The cap on a context contribution: the gap from a one-word, evidence-free document to the threshold. */
export function contextCap(m: Model = FITTED): number {
  return Math.max(0, logit(m.threshold) - m.bias - (m.weights.logWords ?? 0) * Math.log(2) - CONTEXT_MARGIN);
}

export interface Scored {
  readonly p: number;
  /** Feature → its contribution to the log-odds (after the cap), for features with a non-zero value. */
  readonly contributions: [Feature, number][];
}

export function score(x: readonly number[], m: Model = FITTED): Scored {
  let z = m.bias;
  const contributions: [Feature, number][] = [];
  const cap = contextCap(m);
  FEATURES.forEach((f, i) => {
    const v = x[i] as number;
    if (v === 0) return;
    let c = (m.weights[f] ?? 0) * v;
    if (CONTEXT_FEATURES.has(f) && c > 0) c = cap === 0 ? 0 : cap * Math.tanh(c / cap);
    z += c;
    contributions.push([f, c]);
  });
  return { p: sigmoid(z), contributions };
}
