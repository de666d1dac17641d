/**
 * Similarity kernels: the public API. Pure functions over strings and typed arrays (plus the
 * stateful `LshIndex`), each module documenting its semantics and cost.
 */
export { dice, diceProfile, diceProfiles, diceWithProfile } from './dice.ts';
export type { DiceProfile } from './dice.ts';
export { finish32, fmix32, hashSequence, hashString, mix32 } from './hash.ts';
export { levenshtein, levenshteinBounded, levenshteinSimilarity, symbolLength } from './levenshtein.ts';
export type { LevenshteinOptions, LevenshteinUnit } from './levenshtein.ts';
export { LshIndex, lshCollisionProbability, lshParams } from './lsh.ts';
export type { LshIndexOptions, LshParamOptions, LshParams } from './lsh.ts';
export { DEFAULT_NUM_PERM, estimateJaccard, MAX_NUM_PERM, minhash, minhashStandardError } from './minhash.ts';
export type { MinHashSignature } from './minhash.ts';
export { normalize, normalizedSpan, sourceSpan } from './normalize.ts';
export type { Normalized, NormalizeOptions, Span } from './normalize.ts';
export { MAX_SEGMENTER_RUN, NON_TERMINAL_ABBREVIATIONS, scanWords, sentences, words } from './segment.ts';
export type { SentenceOptions, Token } from './segment.ts';
export { asSortedSet, containment, intersectionSize, jaccard, overlap, toSortedSet } from './setSimilarity.ts';
export type { ShingleSet, SortedSet } from './setSimilarity.ts';
export {
  charShingles,
  codePoints,
  DEFAULT_CHAR_N,
  DEFAULT_STOPWORD_N,
  DEFAULT_WORD_N,
  isStopwordHash,
  ngramHashes,
  stopwordShingles,
  WORD_SEED,
  wordHash,
  wordHashes,
  wordShingles,
} from './shingle.ts';
export type { StopwordShingles, WordHashOptions } from './shingle.ts';
export { hammingDistance, simhash, simhashSimilarity } from './simhash.ts';
export type { SimHash64 } from './simhash.ts';
export { STOP_WORDS } from './stopwords.ts';
