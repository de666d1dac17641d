/**
 * The passage-pair model: the probability that a candidate passage restates a source passage,
 * `sigmoid(w · pairVector + b)`, with weights fitted on sentence pairs of the dev split
 * (`fit/refit.ts`, constants in `fitted.ts`). It scores every sentence alignment, and is the
 * document score when both texts are a single sentence.
 *
 * Cost: O(1) on top of the pair features.
 */
import { PAIR_MODEL } from './fitted.ts';
import type { PairFeatures } from './pairFeatures.ts';

/** Names of the pair-model inputs, in vector order (reported in signals and by the fit script). */
export const PAIR_INPUTS = [
  'charDice',
  'contentMin',
  'infoMin',
  'infoMax',
  'missingMax',
  'missingSum',
  'factsMin',
  'numberMismatch',
  'stopLcs',
  'orderMin',
  'exactBigramMin',
  'bigramMin',
  'lengthGap',
] as const;

/** Largest number mismatch counted (more says nothing new). */
const MAX_NUMBER_MISMATCH = 3;

/** The model inputs of a passage pair, in `PAIR_INPUTS` order. */
export function pairVector(f: PairFeatures): number[] {
  return [
    f.charDice,
    Math.min(f.contentC, f.contentS),
    Math.min(f.infoC, f.infoS),
    Math.max(f.infoC, f.infoS),
    Math.log1p(Math.max(f.missingC, f.missingS)),
    Math.log1p(f.missingC + f.missingS),
    Math.min(f.factsC, f.factsS),
    Math.min(f.numberMismatch, MAX_NUMBER_MISMATCH),
    f.stopLcs,
    Math.min(f.orderC, f.orderS),
    Math.min(f.exactBigramC, f.exactBigramS),
    Math.min(f.bigramC, f.bigramS),
    Math.abs(Math.log((f.cTokens + 1) / (f.sTokens + 1))),
  ];
}

/** Linear score (log-odds) of a passage pair. */
export function pairLogit(f: PairFeatures): number {
  const x = pairVector(f);
  let z = PAIR_MODEL.bias;
  for (let j = 0; j < x.length; j++) z += (PAIR_MODEL.weights[j] ?? 0) * (x[j] as number);
  return z;
}

/** Probability that the candidate passage restates the source passage. */
export function pairProbability(f: PairFeatures): number {
  return 1 / (1 + Math.exp(-pairLogit(f)));
}
