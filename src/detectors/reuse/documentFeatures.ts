/**
 * Document features: what the sentence links, the passages and the whole-text fingerprints say
 * about the candidate as a whole. The document model (`documentModel.ts`) reads `DOCUMENT_INPUTS`;
 * the other features are reported as signals only.
 *
 * - coverage: the share of the candidate linked at least weakly (`WEAK_P`), strongly (`STRONG_P`),
 *   probability-weighted, inside passages, inside passages of two or more sentences, and closely
 *   restated (exact bigrams and stop-word skeleton kept); quoted speech counts `1 − QUOTE_DISCOUNT`
 *   (independent reports carry the same quotes verbatim);
 * - closeness: the passages' mean pair log-odds, shrunk towards 0 by `PRIOR_TOKENS` so one short
 *   shared sentence is weak evidence;
 * - order: consecutive strong links whose source does not go backwards;
 * - fingerprints: containment of the candidate's wording 3-grams (`wordingShingles.ts`; exact
 *   lemmas and synonym-normalized, plain and as log, since evidence grows with the ratio to chance
 *   overlap) and of its stop-word 8-grams (Stamatatos 2011);
 * - facts: the share of the candidate's names and numbers found in the source — high for copies and
 *   for independent reports of one event alike, so it tells the model how much of the rest shared
 *   facts explain — and of its content words.
 *
 * Cost: O(candidate sentences) plus shingle passes over both texts (O(length)).
 */
import { ngramHashes } from '../../kernels/shingle.ts';
import { CONTENT, NAME, NUMBER, STOP } from './analysis.ts';
import { type Passage, STRONG_P, WEAK_P } from './passages.ts';
import { hasMatch, type MatchContext } from './prepared.ts';
import type { SentenceLink } from './sentenceAlignment.ts';
import { wordingContainment } from './wordingShingles.ts';

/**
 * Share of a quoted token's weight discounted as evidence: independent reports of one event carry
 * the same quotes verbatim, so a shared quote says little about how the rest was written.
 */
const QUOTE_DISCOUNT = 0.7;
/** Log-odds range a link contributes to passage means (one extreme pair says little more). */
const LOGIT_CLIP = 6;
/**
 * Pseudo-tokens of "no evidence" added to passage means: a mean over one short shared sentence is
 * shrunk towards 0, a mean over paragraphs hardly moves.
 */
const PRIOR_TOKENS = 20;
/** Added to containments before the log (about the chance overlap of two unrelated texts). */
const LOG_FLOOR = 0.01;
/** Stop words per stop-word shingle (Stamatatos 2011). */
const STOPWORD_N = 8;

export interface DocumentFeatures {
  linkedShare: number;
  weakShare: number;
  softShare: number;
  passageShare: number;
  multiPassageShare: number;
  closeShare: number;
  longestPassage: number;
  passageLogit: number;
  order: number;
  stopwordContainment: number;
  wordingExact: number;
  wordingSynonym: number;
  logWordingExact: number;
  logWordingSynonym: number;
  factsFound: number;
  contentFound: number;
}

/** Inputs of the document model, in weight order. */
export const DOCUMENT_INPUTS = [
  'weakShare',
  'softShare',
  'multiPassageShare',
  'closeShare',
  'passageLogit',
  'order',
  'stopwordContainment',
  'wordingExact',
  'wordingSynonym',
  'logWordingExact',
  'logWordingSynonym',
  'factsFound',
  'contentFound',
] as const satisfies readonly (keyof DocumentFeatures)[];

export function documentFeatures(ctx: MatchContext, links: readonly (SentenceLink | undefined)[], passages: readonly Passage[]): DocumentFeatures {
  const cand = ctx.candidate.analysis;
  // Evidence weight of each candidate sentence: its tokens, quoted ones discounted.
  const sizes = cand.sentences.map((s) => {
    let w = 0;
    for (let i = s.from; i < s.to; i++) w += cand.tokens[i]?.quoted ? 1 - QUOTE_DISCOUNT : 1;
    return w;
  });
  const total = sizes.reduce((a, b) => a + b, 0) || 1;
  let linked = 0;
  let weak = 0;
  let soft = 0;
  links.forEach((l, i) => {
    if (l === undefined) return;
    const size = sizes[i] as number;
    soft += l.p * size;
    if (l.p >= STRONG_P) linked += size;
    if (l.p >= WEAK_P) weak += size;
  });
  let inPassages = 0;
  let inMulti = 0;
  let longest = 0;
  let weight = 0;
  let logit = 0;
  let close = 0;
  for (const p of passages) {
    let size = 0;
    for (const l of p.links) {
      const s = sizes[l.cand] as number;
      size += s;
      logit += s * Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, l.logit));
      close += (s * (l.features.exactBigramC + l.features.stopLcs)) / 2;
    }
    weight += size;
    inPassages += size;
    if (p.links.length >= 2) inMulti += size;
    longest = Math.max(longest, size);
  }
  const strong = links.filter((l): l is SentenceLink => l !== undefined && l.p >= STRONG_P);
  let forward = 0;
  for (let k = 1; k < strong.length; k++) if ((strong[k] as SentenceLink).sFrom >= (strong[k - 1] as SentenceLink).sFrom) forward++;

  const wording = wordingContainment(ctx);

  let facts = 0;
  let factsFound = 0;
  let content = 0;
  let contentFound = 0;
  cand.tokens.forEach((t, i) => {
    const hit = hasMatch(ctx, i);
    if (t.kind === CONTENT) {
      content++;
      if (hit) contentFound++;
    } else if (t.kind === NAME || t.kind === NUMBER) {
      facts++;
      if (hit) factsFound++;
    }
  });

  return {
    linkedShare: linked / total,
    weakShare: weak / total,
    softShare: soft / total,
    passageShare: inPassages / total,
    multiPassageShare: inMulti / total,
    closeShare: close / total,
    longestPassage: longest,
    passageLogit: logit / (weight + PRIOR_TOKENS),
    order: strong.length > 1 ? forward / (strong.length - 1) : 0,
    stopwordContainment: stopwordContainment(ctx),
    wordingExact: wording.exact,
    wordingSynonym: wording.synonym,
    logWordingExact: Math.log(wording.exact + LOG_FLOOR),
    logWordingSynonym: Math.log(wording.synonym + LOG_FLOOR),
    factsFound: facts ? factsFound / facts : 0,
    contentFound: content ? contentFound / content : 0,
  };
}

/** Hashes of the stop-word `STOPWORD_N`-grams of a prepared text (contractions expanded, so "didn't" is "did not"). */
function stopwordGrams(p: MatchContext['source']): Uint32Array {
  const keys: number[] = [];
  p.analysis.tokens.forEach((t, i) => {
    if (t.kind === STOP) keys.push((p.exact[i] as readonly number[])[0] as number);
  });
  return ngramHashes(keys, STOPWORD_N);
}

/** Share of the candidate's stop-word 8-grams found in the source. */
function stopwordContainment(ctx: MatchContext): number {
  const c = stopwordGrams(ctx.candidate);
  if (c.length === 0) return 0;
  const s = new Set(stopwordGrams(ctx.source));
  let found = 0;
  for (const h of c) if (s.has(h)) found++;
  return found / c.length;
}

/** The model inputs in `DOCUMENT_INPUTS` order. */
export function documentVector(f: DocumentFeatures): number[] {
  return DOCUMENT_INPUTS.map((k) => f[k]);
}
