/**
 * Wording shingles: containment of the candidate's word 3-grams in the source, counting only
 * 3-grams of wording — none of their words a name, a number or quoted speech, not all three stop
 * words. Names, figures and quotes are what independent reports of one event share (their 3-grams,
 * "1.5 billion euros", "Maasbank chief executive", match by chance or by quoting the same person),
 * so leaving them out makes containment measure how the text was written, not what it is about.
 *
 * Two variants: `exact` compares lemmas (inflection changes still match), `synonym` also lets each
 * content word match a WordNet synonym — the synonym-normalized shingle that survives spinning.
 * A candidate 3-gram is found when some source position matches its three words in order; it is
 * looked up through its first content word whose postings are not too common to follow (a 3-gram
 * without one is left out).
 *
 * Cost: O(Σ postings of the candidate's content words × n) through the match lists.
 */
import { CONTENT, NAME, NUMBER, STOP, type Tok } from './analysis.ts';
import { type MatchContext, tokenMatch } from './prepared.ts';

/** Words per shingle. */
export const WORDING_N = 3;

export interface WordingContainment {
  /** Share of the candidate's wording 3-grams found in the source with the same lemmas. */
  readonly exact: number;
  /** The same, synonyms allowed. */
  readonly synonym: number;
  /** Wording 3-grams of the candidate. */
  readonly shingles: number;
}

const isFact = (t: Tok) => t.kind === NAME || t.kind === NUMBER;

export function wordingContainment(ctx: MatchContext): WordingContainment {
  const ct = ctx.candidate.analysis.tokens;
  const st = ctx.source.analysis.tokens;
  let shingles = 0;
  let exact = 0;
  let synonym = 0;
  for (let i = 0; i + WORDING_N <= ct.length; i++) {
    let anchor = -1;
    let ok = true;
    for (let k = 0; k < WORDING_N; k++) {
      const t = ct[i + k] as Tok;
      if (isFact(t) || t.quoted || t.sentence !== (ct[i] as Tok).sentence) {
        ok = false;
        break;
      }
      if (t.kind === CONTENT && anchor < 0 && ctx.dense[i + k] === 0) anchor = k;
    }
    if (!ok || anchor < 0) continue;
    shingles++;
    // Source positions matching the anchor word, then the other two words around them.
    let best = 0;
    for (let e = ctx.matchStart[i + anchor] as number; e < (ctx.matchStart[i + anchor + 1] as number); e++) {
      const w = ctx.matchWeight[e] as number;
      const start = (ctx.matchPos[e] as number) - anchor;
      if (start < 0 || start + WORDING_N > st.length) continue;
      let all = w;
      let exactAll = w === 1;
      for (let k = 0; k < WORDING_N && all > 0; k++) {
        if (k === anchor) continue;
        const m = tokenMatch(ctx.candidate, i + k, ctx.source, start + k);
        const s = st[start + k] as Tok;
        if (m === 0 || (s.kind === STOP) !== ((ct[i + k] as Tok).kind === STOP)) all = 0;
        else if (m < 1) exactAll = false;
      }
      if (all === 0) continue;
      best = Math.max(best, exactAll ? 2 : 1);
      if (best === 2) break;
    }
    if (best >= 1) synonym++;
    if (best === 2) exact++;
  }
  return { exact: shingles ? exact / shingles : 0, synonym: shingles ? synonym / shingles : 0, shingles };
}
