/**
 * Fitted constants of the MT document model — written by `fit/fitWeights.ts --write`; do not edit.
 *
 * Logistic regression (IRLS, L2 = 1 on standardised features, classes weighted equally,
 * artifact weights ≥ 0) on the dev split only: 596 cases (218 positive, 378 negative):
 *   mt/apertium-en-roundtrip: 84
 *   mt/apertium-fr: 43
 *   mt/apertium-marked: 35
 *   mt/hand: 2
 *   mt/human: 84
 *   mt/injected: 55
 *   mt/spun-human: 56
 *   wmt/english-original: 96
 *   wmt/reference: 141
 * Dev ROC-AUC 0.9882. Features are log(1 + count) (`logWords`: log(1 + words)).
 * foreignScript (← foreignWord), foreignSentence (← foreignWord), repetitionLoop (← gluedWords) never fire on a dev
 * positive: each takes the fitted weight of its kin (a prior, not a fit; see PRIOR_WEIGHTS).
 * The dev ROC-AUC above is the detector's, with the context cap of model.ts applied.
 */
import type { Feature } from './features.ts';

export const BIAS = -1.1726;
export const WEIGHTS: Readonly<Record<Feature, number>> = {
  unknownWordMark: 2.4621,
  otherMark: 1.2148,
  typographyPunctuation: 4.3892,
  typographyNumber: 1.4752,
  foreignWord: 2.3869,
  gluedWords: 5.979,
  bracketedWord: 8.682,
  casingName: 1.4905,
  casingNextToName: 5.9675,
  oneWordSentence: 7.5238,
  foreignScript: 2.3869,
  foreignSentence: 2.3869,
  repetitionLoop: 5.979,
  capitalisedFunctionWord: 4.3546,
  dateCalque: 5.414,
  pluralMultiplier: 6.6617,
  doubledWord: 3.8495,
  agreementError: 4.6329,
  genitiveChain: 1.1793,
  unbalancedQuotes: 0,
  ofShare: 59.78,
  logWords: -0.6989,
};
/** Probability at and above which the detector's own label is true (the balanced decision). */
export const DECISION_THRESHOLD = 0.5;
