/**
 * The reference reuse detector (`reuse`): does the candidate derive from the source — copied,
 * spun or partly lifted — or was it written independently, even about the same event?
 *
 * 1. Both texts are analysed (`analysis.ts`: sentences, normalized words, kinds) and every
 *    content word gets its lemmas and WordNet synsets (`concepts.ts`), so synonym swaps and
 *    inflection changes still match.
 * 2. Each candidate sentence is aligned to the source sentence (or two merged sentences) it most
 *    probably restates (`sentenceAlignment.ts`), scored by the pair model (`pairModel.ts`) over
 *    wording, stop-word skeleton, order, facts and length features (`pairFeatures.ts`).
 * 3. Linked sentences that follow each other in both texts become passages (`passages.ts`),
 *    reported as `alignments`; facts changed inside them are reported as `drift` (`drift.ts`)
 *    when the detector's own label says reuse.
 * 4. The document model (`documentModel.ts`) turns coverage, passage closeness, order and
 *    whole-text fingerprints (`documentFeatures.ts`) into the score. Shared names and numbers alone
 *    never make reuse: independent reports share them too, so closeness is measured on wording
 *    and skeleton.
 *
 * Two short texts (at most `PAIR_MODE_TOKENS` tokens each, e.g. sentence pairs) are one passage
 * pair: the score is the pair model's probability for the whole texts.
 *
 * Cost: O(n) analysis plus O(sentences × `CANDIDATE_SENTENCES` × sentence length²) alignment;
 * ≈ 2–4 ms for two 3,000-character articles. Pure and deterministic.
 */
import type { PredictedAlignment, PredictedDrift, Signal } from '../../contracts/detection.ts';
import type { Detector } from '../../contracts/detector.ts';
import type { Sentence } from './analysis.ts';
import { DOCUMENT_INPUTS, documentFeatures, documentVector } from './documentFeatures.ts';
import { documentLogit } from './documentModel.ts';
import { passageDrift } from './drift.ts';
import { buildPassages, type Passage, STRONG_P, WEAK_P } from './passages.ts';
import { pairFeatures } from './pairFeatures.ts';
import { PAIR_INPUTS, pairLogit, pairVector } from './pairModel.ts';
import { type MatchContext, matchContext, prepare } from './prepared.ts';
import { alignSentences, CANDIDATE_SENTENCES } from './sentenceAlignment.ts';

/** Texts of at most this many tokens each are compared as one passage pair. */
export const PAIR_MODE_TOKENS = 80;
/** Probability from which the detector's own label is "reuse". */
const LABEL_THRESHOLD = 0.5;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Character range of sentences `[from, to)`. */
function sentenceRange(sentences: readonly Sentence[], from: number, to: number): { start: number; end: number } {
  return { start: (sentences[from] as Sentence).start, end: (sentences[to - 1] as Sentence).end };
}

/** Drift inside every strongly linked sentence of every passage. */
function driftOf(ctx: MatchContext, passages: readonly Passage[]): PredictedDrift[] {
  const cs = ctx.candidate.analysis.sentences;
  const ss = ctx.source.analysis.sentences;
  const out: PredictedDrift[] = [];
  for (const p of passages)
    for (const l of p.links) {
      if (l.p < STRONG_P) continue;
      const c = cs[l.cand] as Sentence;
      out.push(...passageDrift(ctx.candidate, c.from, c.to, ctx.source, (ss[l.sFrom] as Sentence).from, (ss[l.sTo - 1] as Sentence).to));
    }
  return out;
}

/** Score two short texts as one passage pair. */
function detectPair(ctx: MatchContext) {
  const { source, candidate } = ctx;
  const nc = candidate.analysis.tokens.length;
  const ns = source.analysis.tokens.length;
  const features = pairFeatures(ctx, 0, nc, 0, ns);
  // Wording must be shared: two lines of names and figures alone ("1.", "Kenya 2:06") say nothing.
  const wordless = features.cContent === 0 || features.sContent === 0;
  const logit = wordless ? Number.NEGATIVE_INFINITY : pairLogit(features);
  const score = wordless ? 0 : sigmoid(logit);
  const alignments: PredictedAlignment[] = [];
  let drift: PredictedDrift[] = [];
  if (score >= LABEL_THRESHOLD) {
    const cs = candidate.analysis.sentences;
    const ss = source.analysis.sentences;
    alignments.push({ source: sentenceRange(ss, 0, ss.length), candidate: sentenceRange(cs, 0, cs.length), score: round(score) });
    drift = passageDrift(candidate, 0, nc, source, 0, ns);
  }
  const x = pairVector(features);
  const signals: Signal[] = [
    { name: 'mode', value: 0, detail: 'pair: both texts are short, scored as one passage pair' },
    ...(wordless ? [{ name: 'wordless', value: 1, detail: 'a text has no content words' }] : [{ name: 'pairLogit', value: round(logit) }]),
    ...PAIR_INPUTS.map((name, j) => ({ name: `pair.${name}`, value: round(x[j] as number) })),
    { name: 'drift', value: drift.length },
  ];
  return { score, alignments, drift, signals };
}

/** Score two documents through sentence alignment and passages. */
function detectDocument(ctx: MatchContext) {
  const links = alignSentences(ctx);
  const cs = ctx.candidate.analysis.sentences;
  const ss = ctx.source.analysis.sentences;
  const passages = buildPassages(links, cs);
  const features = documentFeatures(ctx, links, passages);
  const logit = documentLogit(features);
  const score = sigmoid(logit);
  const alignments: PredictedAlignment[] = passages.map((p) => ({
    source: sentenceRange(ss, p.sFrom, p.sTo),
    candidate: sentenceRange(cs, p.cFrom, p.cTo),
    score: round(p.links.reduce((a, l) => a + l.p, 0) / p.links.length),
  }));
  // Drift is a change made while reusing: between independent texts there is nothing to drift from.
  const drift = score >= LABEL_THRESHOLD ? driftOf(ctx, passages) : [];
  const x = documentVector(features);
  const longest = passages.reduce<Passage | undefined>((a, p) => (a === undefined || p.links.length > a.links.length ? p : a), undefined);
  const signals: Signal[] = [
    { name: 'mode', value: 1, detail: 'document: sentence alignment and passages' },
    { name: 'documentLogit', value: round(logit) },
    ...DOCUMENT_INPUTS.map((name, j) => ({ name: `doc.${name}`, value: round(x[j] as number) })),
    { name: 'linkedShare', value: round(features.linkedShare), detail: 'share of the candidate in strongly linked sentences' },
    { name: 'passageShare', value: round(features.passageShare) },
    { name: 'longestPassage', value: round(features.longestPassage), detail: 'tokens (quotes discounted)' },
    { name: 'sentences', value: cs.length, detail: `candidate sentences (source: ${ss.length})` },
    { name: 'strongLinks', value: links.filter((l) => l !== undefined && l.p >= STRONG_P).length },
    {
      name: 'passages',
      value: passages.length,
      ...(longest && {
        detail: `largest: candidate sentences ${longest.cFrom}–${longest.cTo - 1} ↔ source sentences ${longest.sFrom}–${longest.sTo - 1}`,
      }),
    },
    { name: 'drift', value: drift.length },
  ];
  return { score, alignments, drift, signals };
}

export const reuseDetector: Detector<'reuse'> = {
  id: 'reuse',
  version: '1.1.0',
  task: 'reuse',
  description:
    'Sentence alignment with a synonym-aware pair model (wording, stop-word skeleton, order, facts), passages and a document model; alignments and drift',
  config: { pairModeTokens: PAIR_MODE_TOKENS, candidateSentences: CANDIDATE_SENTENCES, strongP: STRONG_P, weakP: WEAK_P, labelThreshold: LABEL_THRESHOLD },
  detect({ source, candidate }) {
    const s = prepare(source);
    const c = prepare(candidate);
    if (s.analysis.tokens.length === 0 || c.analysis.tokens.length === 0) {
      return { score: 0, label: false, alignments: [], drift: [], signals: [{ name: 'empty', value: 1, detail: 'a text has no words' }] };
    }
    const ctx = matchContext(s, c);
    const short = s.analysis.tokens.length <= PAIR_MODE_TOKENS && c.analysis.tokens.length <= PAIR_MODE_TOKENS;
    const r = short ? detectPair(ctx) : detectDocument(ctx);
    return { score: r.score, label: r.score >= LABEL_THRESHOLD, alignments: r.alignments, drift: r.drift, signals: r.signals };
  },
};
