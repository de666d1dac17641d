/**
 * Passages: runs of consecutive candidate sentences whose aligned source passages lie close
 * together in the source, merged into one source range ↔ one candidate range (what PAN's
 * granularity rewards: one detection per reused passage, however many sentences it has).
 *
 * A run starts at a sentence whose link is strong (`STRONG_P`); it goes on through sentences
 * whose link is at least weak (`WEAK_P`) and points within `SOURCE_GAP` sentences of the source
 * hull so far (so swapped neighbouring paragraphs and dropped sentences stay one passage), and
 * across at most `BRIDGE` consecutive unlinked short sentences (subheadings, a one-word line) when
 * a linked sentence follows. Weak sentences at the end of a run are trimmed.
 *
 * Cost: O(candidate sentences).
 */
import type { Sentence } from './analysis.ts';
import type { SentenceLink } from './sentenceAlignment.ts';

/** Pair probability from which a link starts a passage. */
export const STRONG_P = 0.5;
/** Pair probability from which a link may continue a passage. */
export const WEAK_P = 0.2;
/** Source sentences a continuing link may point beyond the passage's source hull. */
const SOURCE_GAP = 2;
/** Unlinked short sentences a passage may bridge. */
const BRIDGE = 1;
/** Tokens from which an unlinked sentence is not bridged (real content, e.g. an inserted line). */
const BRIDGE_MAX_TOKENS = 4;

export interface Passage {
  /** Candidate sentences `[cFrom, cTo)`. */
  readonly cFrom: number;
  readonly cTo: number;
  /** Source sentence hull `[sFrom, sTo)`. */
  readonly sFrom: number;
  readonly sTo: number;
  /** The linked candidate sentences of the passage. */
  readonly links: readonly SentenceLink[];
}

/** Group linked candidate sentences into passages (see the module comment). */
export function buildPassages(links: readonly (SentenceLink | undefined)[], candidateSentences: readonly Sentence[]): Passage[] {
  const out: Passage[] = [];
  let current: { cFrom: number; cTo: number; sFrom: number; sTo: number; links: SentenceLink[]; pending: number } | undefined;
  const close = () => {
    if (current === undefined) return;
    // Trim trailing weak links.
    while (current.links.length > 0 && (current.links[current.links.length - 1] as SentenceLink).p < STRONG_P) current.links.pop();
    if (current.links.length > 0) {
      const last = current.links[current.links.length - 1] as SentenceLink;
      const linked = current.links;
      let sFrom = last.sFrom;
      let sTo = last.sTo;
      for (const l of linked) {
        sFrom = Math.min(sFrom, l.sFrom);
        sTo = Math.max(sTo, l.sTo);
      }
      out.push({ cFrom: current.cFrom, cTo: last.cand + 1, sFrom, sTo, links: linked });
    }
    current = undefined;
  };
  links.forEach((link, i) => {
    if (link === undefined || link.p < WEAK_P) {
      const tokens = (candidateSentences[i] as Sentence).to - (candidateSentences[i] as Sentence).from;
      if (current !== undefined && current.pending < BRIDGE && tokens <= BRIDGE_MAX_TOKENS) current.pending++;
      else close();
      return;
    }
    const near = current !== undefined && link.sFrom <= current.sTo + SOURCE_GAP && link.sTo >= current.sFrom - SOURCE_GAP;
    if (current !== undefined && near) {
      current.links.push(link);
      current.sFrom = Math.min(current.sFrom, link.sFrom);
      current.sTo = Math.max(current.sTo, link.sTo);
      current.cTo = i + 1;
      current.pending = 0;
      return;
    }
    close();
    if (link.p >= STRONG_P) current = { cFrom: i, cTo: i + 1, sFrom: link.sFrom, sTo: link.sTo, links: [link], pending: 0 };
  });
  close();
  return out;
}
