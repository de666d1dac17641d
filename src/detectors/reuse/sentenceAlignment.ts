/**
 * Sentence alignment: for every candidate sentence, the source passage (one sentence, or two
 * adjacent ones when the candidate merged them) it most probably restates, scored by the pair
 * model. Candidates are found through the inverted index, not by comparing all pairs: the
 * `CANDIDATE_SENTENCES` source sentences whose words (exact or synonym, weighted by how
 * informative they are) the candidate sentence shares most (stopping at a sure match), then the
 * best one merged with either neighbour when it leaves candidate content unexplained.
 *
 * Cost: O(candidate tokens × postings) to rank source sentences, then `CANDIDATE_SENTENCES` + 2
 * pair-feature computations (each O(|c| · |s|)) per candidate sentence.
 */
import type { Sentence } from './analysis.ts';
import { type PairFeatures, pairFeatures } from './pairFeatures.ts';
import { pairLogit } from './pairModel.ts';
import type { MatchContext } from './prepared.ts';

/** Source sentences examined per candidate sentence (the best-overlapping ones). */
export const CANDIDATE_SENTENCES = 3;
/** Least shared informative weight for a source sentence to be examined at all. */
const MIN_SHARED = 1;
/** Candidate sentences a gap may span for its sentences to be tried at their expected source place. */
const GAP_REACH = 2;
/** Pair probability from which a link anchors the expected place of its neighbours. */
const ANCHOR_P = 0.5;
/**
 * Largest token-count ratio of a linked pair: the pair model was fitted on sentence pairs, and a
 * sentence "restating" something four times longer or shorter is a coincidence of words.
 */
export const MAX_LENGTH_RATIO = 4;
/**
 * Shares of a candidate sentence's content words found in its best source sentence between which
 * merges are tried: above, the sentence is explained; below, it restates neither sentence.
 */
const MERGE_BELOW = 0.9;
const MERGE_ABOVE = 0.3;
/** Log-odds of a wordless line that recurs verbatim at its expected place (probability 0.5: linked, not proof). */
const WORDLESS_LOGIT = 0;
/** Pair probability from which lower-ranked source sentences are not examined. */
const SURE_P = 0.95;
/**
 * A source passage longer than this many times the candidate sentence is also compared through
 * its window of `WINDOW_RATIO` × the candidate's length holding the most matched words: a heavy
 * revision often restates one clause of a long sentence (splitting or summarising it), which the
 * whole sentence dilutes.
 */
const WINDOW_RATIO = 1.5;
/** Fewest tokens a candidate sentence needs for a window to be tried (a short line of topic words fits any clause). */
const WINDOW_MIN_TOKENS = 15;

export interface SentenceLink {
  /** Candidate sentence index. */
  readonly cand: number;
  /** Source sentences `[sFrom, sTo)` (one or two). */
  readonly sFrom: number;
  readonly sTo: number;
  /** Pair-model log-odds and probability. */
  readonly logit: number;
  readonly p: number;
  readonly features: PairFeatures;
}

/** Source sentences ranked by the informative weight they share with candidate sentence `c`. */
function rankSources(ctx: MatchContext, c: Sentence): number[] {
  const stoks = ctx.source.analysis.tokens;
  const shared = new Map<number, number>();
  for (let i = c.from; i < c.to; i++) {
    const end = ctx.matchStart[i + 1] as number;
    const w = ctx.candidate.info[i] as number;
    // Best match per source sentence for this token (positions ascend, so sentences do too).
    let lastSentence = -1;
    let best = 0;
    for (let e = ctx.matchStart[i] as number; e <= end; e++) {
      const s = e < end ? (stoks[ctx.matchPos[e] as number] as { sentence: number }).sentence : -2;
      if (s !== lastSentence) {
        if (lastSentence >= 0) shared.set(lastSentence, (shared.get(lastSentence) ?? 0) + w * best);
        lastSentence = s;
        best = 0;
      }
      if (e < end && (ctx.matchWeight[e] as number) > best) best = ctx.matchWeight[e] as number;
    }
  }
  return [...shared]
    .filter(([, v]) => v >= MIN_SHARED)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATE_SENTENCES)
    .map(([s]) => s);
}

/**
 * Start of the `len`-token window of source tokens `[from, to)` (longer than `len`) holding the
 * most distinct source tokens matched by candidate sentence `c` (the first such window, starting
 * at a matched token where it fits); undefined when none is matched. Works on the sparse match
 * positions, so a huge source sentence costs nothing extra: O(k log k) for k matches in range.
 */
function densestWindow(ctx: MatchContext, c: Sentence, from: number, to: number, len: number): number | undefined {
  const hits: number[] = [];
  for (let i = c.from; i < c.to; i++)
    for (let e = ctx.matchStart[i] as number; e < (ctx.matchStart[i + 1] as number); e++) {
      const j = ctx.matchPos[e] as number;
      if (j >= from && j < to) hits.push(j);
    }
  if (hits.length === 0) return undefined;
  hits.sort((x, y) => x - y);
  let distinct = 0;
  for (const j of hits) if (distinct === 0 || j !== hits[distinct - 1]) hits[distinct++] = j;
  let best = 0;
  let start = hits[0] as number;
  for (let lo = 0, hi = 0; lo < distinct; lo++) {
    while (hi < distinct && (hits[hi] as number) < (hits[lo] as number) + len) hi++;
    if (hi - lo > best) {
      best = hi - lo;
      start = hits[lo] as number;
    }
  }
  return Math.min(start, to - len);
}

/** Scores candidate sentence `ci` against source passages, keeping the best. */
class Best {
  link: SentenceLink | undefined;
  private readonly tried = new Set<number>();
  constructor(
    private readonly ctx: MatchContext,
    private readonly ci: number,
  ) {}

  /** `positional`: tried at the place its anchored neighbours imply (see `alignSentences`). */
  consider(sFrom: number, sTo: number, positional = false): void {
    const sSentences = this.ctx.source.analysis.sentences;
    if (sFrom < 0 || sTo > sSentences.length || sFrom >= sTo || this.tried.has(sFrom * 65536 + sTo)) return;
    this.tried.add(sFrom * 65536 + sTo);
    const c = this.ctx.candidate.analysis.sentences[this.ci] as Sentence;
    const from = (sSentences[sFrom] as Sentence).from;
    const to = (sSentences[sTo - 1] as Sentence).to;
    const n = c.to - c.from;
    const m = to - from;
    if (n > MAX_LENGTH_RATIO * m) return;
    const windowLength = Math.ceil(WINDOW_RATIO * n);
    const window = m > windowLength && n >= WINDOW_MIN_TOKENS ? densestWindow(this.ctx, c, from, to, windowLength) : undefined;
    let features: PairFeatures | undefined = m <= MAX_LENGTH_RATIO * n ? pairFeatures(this.ctx, c.from, c.to, from, to) : undefined;
    if (window !== undefined) {
      const clause = pairFeatures(this.ctx, c.from, c.to, window, window + windowLength);
      if (clause.cContent > 0 && clause.sContent > 0 && (features === undefined || pairLogit(clause) > pairLogit(features))) features = clause;
    }
    if (features === undefined) return;
    let logit: number;
    if (features.cContent === 0 || features.sContent === 0) {
      // Wording must be shared: a list number or a lone name matching is no restatement — unless
      // a line of names and figures (a results table, a bullet) recurs verbatim at its place.
      if (!positional || features.orderC < 1 || features.orderS < 1) return;
      logit = WORDLESS_LOGIT;
    } else logit = pairLogit(features);
    if (this.link === undefined || logit > this.link.logit) this.link = { cand: this.ci, sFrom, sTo, logit, p: 1 / (1 + Math.exp(-logit)), features };
  }

  /**
   * The best single source sentence merged with either neighbour, when that sentence explains part
   * of the candidate sentence (between `MERGE_ABOVE` and `MERGE_BELOW` of its content words).
   */
  considerMerges(): void {
    const single = this.link;
    if (single === undefined || single.features.contentC >= MERGE_BELOW || single.features.contentC < MERGE_ABOVE) return;
    this.consider(single.sFrom, single.sFrom + 2);
    this.consider(single.sFrom - 1, single.sFrom + 1);
  }
}

/**
 * The best source passage for every candidate sentence (undefined when nothing is shared).
 * A link needs content words on both sides (or, at its expected place, a verbatim line of names
 * and figures) and lengths within `MAX_LENGTH_RATIO` of each other.
 * A sentence left without a strong link between strongly linked neighbours (at most `GAP_REACH`
 * sentences away) is also tried at the source place its neighbours imply, give or take one: short
 * sentences made of common words ("The union's demands are:") share too little to be found by the
 * index.
 */
export function alignSentences(ctx: MatchContext): (SentenceLink | undefined)[] {
  const cSentences = ctx.candidate.analysis.sentences;
  const out: (SentenceLink | undefined)[] = cSentences.map((c, ci) => {
    const best = new Best(ctx, ci);
    for (const s of rankSources(ctx, c)) {
      best.consider(s, s + 1);
      if (best.link !== undefined && best.link.p >= SURE_P) break;
    }
    best.considerMerges();
    return best.link;
  });
  const anchored = (l: SentenceLink | undefined): l is SentenceLink => l !== undefined && l.p >= ANCHOR_P;
  for (let ci = 0; ci < out.length; ci++) {
    if (anchored(out[ci])) continue;
    const best = new Best(ctx, ci);
    if (out[ci] !== undefined) best.link = out[ci];
    for (let d = 1; d <= GAP_REACH; d++) {
      const before = out[ci - d];
      const after = out[ci + d];
      // The expected place, then a sentence either side (the texts may be segmented differently).
      for (const shift of [0, -1, 1]) {
        if (shift !== 0 && anchored(best.link)) break;
        if (anchored(before)) best.consider(before.sTo + d - 1 + shift, before.sTo + d + shift, true);
        if (anchored(after)) best.consider(after.sFrom - d + shift, after.sFrom - d + 1 + shift, true);
      }
    }
    best.considerMerges();
    out[ci] = best.link;
  }
  return out;
}
