/**
 * Article spinning as content farms do it, composed from the pieces of this folder, per
 * paragraph: clause reordering (clauseReorder.ts), for heavy spin sentence merges and drops
 * (sentenceMergeDrop.ts) and "X's Y" → "the Y of X" (possessiveSwap.ts), then WordNet synonym
 * swaps (synonymSwap.ts), "&" and stock paraphrases (phraseSwap.ts), and for heavy spin
 * filler openers (fillerInsert.ts) and swaps of neighbouring paragraphs (paragraphReorder.ts).
 * Names and figures always survive, quoted speech survives light spin (heavy spin, like crude
 * spinners, rewords it too); the result is still a copy of the same text, only harder to match.
 *
 * `spin` is the stable entry point other generators import. Cost: O(length of text) plus one
 * WordNet lookup per content word (WordNet is loaded once per process, ~0.5 s).
 */
import type { Random } from '../random.ts';
import { lowercaseVocabulary, type Vocabulary } from './casing.ts';
import { reorderClauses } from './clauseReorder.ts';
import { addFiller } from './fillerInsert.ts';
import { reorderParagraphs } from './paragraphReorder.ts';
import { swapPhrases } from './phraseSwap.ts';
import { swapPossessives } from './possessiveSwap.ts';
import { mergeAndDrop } from './sentenceMergeDrop.ts';
import { splitSentences } from './sentences.ts';
import { swapSynonyms } from './synonymSwap.ts';
import { quotedRanges } from './tokens.ts';

/** How hard to spin: light ≈ 15–25% of content words swapped, heavy ≈ 45–60% plus structural changes. */
export type SpinLevel = 'light' | 'heavy';

export interface SpinProfile {
  /** Range the text's synonym-swap rate is drawn from (share of the content words it may touch). */
  rate: readonly [number, number];
  /** Per sense that may supply synonyms, the synonym's minimum SemCor tag count (synonymSwap.ts). */
  minTags: readonly number[];
  /** Refuse words of unclear part of speech; admit multi-word synonyms (synonymSwap.ts). */
  strictPos: boolean;
  multiword: boolean;
  /** Swap synonyms inside quoted speech too. */
  quotes: boolean;
  /** Per-sentence chance of a clause reordering. */
  reorder: number;
  /** Per-sentence chances of merging into the previous sentence and of being dropped. */
  merge: number;
  drop: number;
  /** Per-sentence chance of a filler opener ("Notably, …"); never the text's first sentence. */
  filler: number;
  /** Per-occurrence chance of "X's Y" → "the Y of X" (possessiveSwap.ts). */
  possessive: number;
  /** Per-occurrence chances of "and" → "&" and of a stock paraphrase. */
  ampersand: number;
  paraphrase: number;
  /** Chance that a paragraph after the first `keepParagraphs` trades places with the next. */
  paragraphSwap: number;
  keepParagraphs: number;
}

export const SPIN_PROFILES: Readonly<Record<SpinLevel, SpinProfile>> = {
  // Light: word-level edits a reader barely notices; the structure is untouched.
  light: { rate: [0.15, 0.25], minTags: [1], strictPos: true, multiword: false, quotes: false, reorder: 0.15, merge: 0, drop: 0, filler: 0, possessive: 0, ampersand: 0.3, paraphrase: 0.15, paragraphSwap: 0, keepParagraphs: 0 },
  // Heavy: rarer synonyms and second senses admitted, clauses moved, sentences merged and dropped.
  heavy: { rate: [0.45, 0.6], minTags: [0, 0, 1], strictPos: false, multiword: true, quotes: true, reorder: 0.8, merge: 0.25, drop: 0.1, filler: 0.5, possessive: 0.7, ampersand: 0.8, paraphrase: 0.9, paragraphSwap: 0.35, keepParagraphs: 2 },
};

export interface SpinStats {
  level: SpinLevel;
  /** Target share of content words swapped, and what was achieved. */
  targetRate: number;
  swapped: number;
  contentWords: number;
  eligible: number;
  reorders: number;
  fillers: number;
  possessives: number;
  merges: number;
  drops: number;
  ampersands: number;
  paraphrases: number;
}

export interface SpunParagraphs {
  paragraphs: string[];
  /** For each output paragraph, the index of the input paragraph it came from. */
  order: number[];
  stats: SpinStats;
}

/** Round a rate for meta (4 decimals keep files readable and stable). */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Spin one paragraph with the text-wide rate (`opening`: the text's first paragraph); adds to `stats`. */
function spinParagraph(p: string, opening: boolean, random: Random, profile: SpinProfile, stats: SpinStats, vocabulary: Vocabulary): string {
  let text = p;
  const prose = !p.includes('\n'); // a "• " list keeps its lines
  if (prose) {
    const quotes = quotedRanges(p);
    const ranges = splitSentences(p);
    const locked = ranges.map((r) => quotes.some((q) => q.start < r.end && r.start < q.end));
    const sentences = ranges.map((r) => {
      const s = p.slice(r.start, r.end);
      const moved = random.chance(profile.reorder) ? reorderClauses(s, random, vocabulary) : undefined;
      if (moved !== undefined) stats.reorders++;
      return moved ?? s;
    });
    const md = mergeAndDrop(sentences, random, { merge: profile.merge, drop: profile.drop, keepFirst: 1 }, vocabulary, locked);
    stats.merges += md.merges;
    stats.drops += md.drops;
    text = md.sentences.join(' ');
  }
  const possessives = swapPossessives(text, random, profile.possessive);
  stats.possessives += possessives.count;
  text = possessives.text;
  const swap = swapSynonyms(text, random, { ...profile, rate: stats.targetRate });
  stats.swapped += swap.swapped;
  stats.contentWords += swap.contentWords;
  stats.eligible += swap.eligible;
  const phrases = swapPhrases(swap.text, random, profile);
  stats.ampersands += phrases.ampersands;
  stats.paraphrases += phrases.paraphrases;
  return prose && profile.filler > 0 ? addFillers(phrases.text, opening, random, profile, stats, vocabulary) : phrases.text;
}

/** Filler openers on sentences outside quoted speech (last, so the fillers are not spun). */
function addFillers(p: string, opening: boolean, random: Random, profile: SpinProfile, stats: SpinStats, vocabulary: Vocabulary): string {
  const quotes = quotedRanges(p);
  return splitSentences(p)
    .map((r, i) => {
      const s = p.slice(r.start, r.end);
      if ((opening && i === 0) || quotes.some((q) => q.start < r.start && r.start < q.end) || !random.chance(profile.filler)) return s;
      const f = addFiller(s, random, vocabulary);
      if (f !== undefined) stats.fillers++;
      return f ?? s;
    })
    .join(' ');
}

/**
 * Spin paragraphs. Light spin keeps paragraph i at position i (so callers can align them);
 * heavy spin may swap neighbours after the opening ones unless `keepOrder` is set.
 */
export function spinParagraphs(
  paragraphs: readonly string[],
  random: Random,
  level: SpinLevel,
  options: { keepOrder?: boolean } = {},
): SpunParagraphs {
  const profile = SPIN_PROFILES[level];
  const [lo, hi] = profile.rate;
  const stats: SpinStats = {
    level,
    targetRate: round4(lo + random.float() * (hi - lo)),
    swapped: 0,
    contentWords: 0,
    eligible: 0,
    reorders: 0,
    fillers: 0,
    possessives: 0,
    merges: 0,
    drops: 0,
    ampersands: 0,
    paraphrases: 0,
  };
  const vocabulary = lowercaseVocabulary(paragraphs.join('\n'));
  const spun = paragraphs.map((p, i) => spinParagraph(p, i === 0, random, profile, stats, vocabulary));
  const order =
    options.keepOrder || profile.paragraphSwap === 0
      ? spun.map((_, i) => i)
      : reorderParagraphs(spun.length, random, { keep: profile.keepParagraphs, swapRate: profile.paragraphSwap });
  return { paragraphs: order.map((i) => spun[i] as string), order, stats };
}

/** Split a text into paragraphs at blank lines. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Spin `text` and report what was done. */
export function spinDetailed(text: string, random: Random, level: SpinLevel): { text: string; stats: SpinStats } {
  const r = spinParagraphs(paragraphsOf(text), random, level);
  return { text: r.paragraphs.join('\n\n'), stats: r.stats };
}

/** Spin `text` (paragraphs separated by blank lines); deterministic given the random stream. */
export function spin(text: string, random: Random, level: SpinLevel): string {
  return spinDetailed(text, random, level).text;
}
