/**
 * Options for `evaluate()` in tests: the corpora and detectors a test names, everything else a
 * small deterministic default (seed 1, test split, in-process, 20 resamples) it may override.
 */
import type { EvalOptions } from '../../src/eval/evaluate.ts';

export function evalOptions(over: Pick<EvalOptions, 'corpora' | 'detectors'> & Partial<EvalOptions>): EvalOptions {
  return { split: 'test', seed: 1, timeoutMs: 10_000, workers: 0, skipInvalid: false, resamples: 20, runId: 'test', rehashVersion: '0', gitCommit: null, ...over };
}
