/**
 * Sentence-pair training data for the pair model: the dev split of MRPC (`mrpc` adapter; MRPC
 * train is mapped to dev), one example per pair, label = paraphrase. Development tooling only.
 */
import type { ReuseCase } from '../../../contracts/case.ts';
import { pairFeatures } from '../pairFeatures.ts';
import { pairVector } from '../pairModel.ts';
import { matchContext, prepare } from '../prepared.ts';

/** The pair-model inputs of a whole-text pair (both texts taken as one passage each). */
export function wholePairVector(source: string, candidate: string): number[] {
  const s = prepare(source);
  const c = prepare(candidate);
  const ctx = matchContext(s, c);
  return pairVector(pairFeatures(ctx, 0, c.analysis.tokens.length, 0, s.analysis.tokens.length));
}

export function pairExamples(cases: readonly ReuseCase[]): { X: number[][]; y: number[] } {
  return {
    X: cases.map((c) => wholePairVector(c.source.text, c.candidate.text)),
    y: cases.map((c) => (c.label ? 1 : 0)),
  };
}
