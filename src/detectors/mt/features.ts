/**
 * Runs every signal on one document and turns what they found into (1) the typed spans, with
 * overlaps resolved by signal precedence, and (2) the document's feature vector for the model:
 * log(1 + count) per kind of evidence, the share of words that are "of" (a density, as is), and
 * the log of the length in words (longer texts give weak signals more chances to fire by accident). Cost: the sum of the signals' costs, O(n)
 * overall, plus the lexicon's one-time load.
 */
import { docView } from './context.ts';
import { byPosition, type Hit } from './hit.ts';
import { agreementErrors } from './signals/agreementError.ts';
import { bracketedWords } from './signals/bracketedWord.ts';
import { capitalisedFunctionWords, type Found } from './signals/capitalisedFunctionWord.ts';
import { foreignScriptWords } from './signals/foreignScript.ts';
import { foreignSentences } from './signals/foreignSentence.ts';
import { foreignTypography } from './signals/foreignTypography.ts';
import { foreignWords } from './signals/foreignWord.ts';
import { genitiveChains } from './signals/genitiveChain.ts';
import { gluedWords } from './signals/gluedWords.ts';
import { literalCalques } from './signals/literalCalque.ts';
import { lowercaseProperNouns } from './signals/lowercaseProperNoun.ts';
import { oneWordSentences } from './signals/oneWordSentence.ts';
import { repetitionLoops } from './signals/repetitionLoop.ts';
import { unbalancedQuotes } from './signals/unbalancedQuotes.ts';
import { unknownWordMarks } from './signals/unknownWordMark.ts';

/** The model's features, in weight order. */
export const FEATURES = [
  'unknownWordMark',
  'otherMark',
  'typographyPunctuation',
  'typographyNumber',
  'foreignWord',
  'gluedWords',
  'bracketedWord',
  'casingName',
  'casingNextToName',
  'oneWordSentence',
  'foreignScript',
  'foreignSentence',
  'repetitionLoop',
  'capitalisedFunctionWord',
  'dateCalque',
  'pluralMultiplier',
  'doubledWord',
  'agreementError',
  'genitiveChain',
  'unbalancedQuotes',
  'ofShare',
  'logWords',
] as const;
export type Feature = (typeof FEATURES)[number];

/** Typography kinds of French punctuation (the others are number formats). */
const PUNCTUATION_TYPOGRAPHY = new Set(['guillemet', 'space before punctuation']);

/** Located signals in precedence order: a hit overlapping an earlier signal's hit is dropped. */
const PRECEDENCE = ['unknownWordMark', 'foreignTypography', 'bracketedWord', 'foreignScript', 'lowercaseProperNoun', 'gluedWords', 'foreignWord', 'oneWordSentence', 'repetitionLoop', 'foreignSentence'];

export interface Analysis {
  /** Kept hits, sorted by position. */
  readonly hits: Hit[];
  /** Document-level evidence without spans, by feature. */
  readonly found: Partial<Record<Feature, Found[]>>;
  /** Raw counts per feature (words for `logWords`). */
  readonly counts: Record<Feature, number>;
  /** Model inputs, in {@link FEATURES} order. */
  readonly x: number[];
}

/**
 * Keep hits by precedence, dropping any that overlaps a kept one. Kept characters are painted
 * in a bitmap, so each hit costs its length: O(n + total hit length).
 */
function resolve(all: Hit[], length: number): Hit[] {
  const rank = (h: Hit) => PRECEDENCE.indexOf(h.signal);
  const ordered = [...all].sort((a, b) => rank(a) - rank(b) || byPosition(a, b));
  const taken = new Uint8Array(length);
  const kept: Hit[] = [];
  for (const h of ordered) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort(byPosition);
}

export function analyse(text: string): Analysis {
  const view = docView(text);
  const hits = resolve([
    ...unknownWordMarks(text),
    ...foreignTypography(text),
    ...bracketedWords(text),
    ...foreignScriptWords(view),
    ...gluedWords(view),
    ...lowercaseProperNouns(view),
    ...foreignWords(view),
    ...oneWordSentences(text),
    ...repetitionLoops(view),
    ...foreignSentences(view),
  ], text.length);
  const calques = literalCalques(text);
  const found: Partial<Record<Feature, Found[]>> = {
    capitalisedFunctionWord: capitalisedFunctionWords(view),
    dateCalque: calques.date,
    pluralMultiplier: calques.pluralMultiplier,
    doubledWord: calques.doubled,
    agreementError: agreementErrors(text),
    unbalancedQuotes: unbalancedQuotes(view),
  };
  const genitives = genitiveChains(view);
  found.genitiveChain = genitives.links;
  const counts = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
  const foreign = new Set<string>();
  for (const h of hits) {
    switch (h.signal) {
      case 'unknownWordMark':
        counts[h.type === 'untranslated' ? 'unknownWordMark' : 'otherMark']++;
        break;
      case 'foreignTypography':
        counts[PUNCTUATION_TYPOGRAPHY.has(h.why ?? '') ? 'typographyPunctuation' : 'typographyNumber']++;
        break;
      case 'foreignWord':
        foreign.add(text.slice(h.start, h.end).toLowerCase());
        break;
      case 'lowercaseProperNoun':
        counts[h.why === 'next to a name' ? 'casingNextToName' : 'casingName']++;
        break;
      default:
        counts[h.signal as Feature]++;
    }
  }
  counts.foreignWord = foreign.size;
  for (const [f, xs] of Object.entries(found)) counts[f as Feature] = xs.length;
  counts.logWords = view.tokens.length;
  counts.ofShare = genitives.ofShare;
  const x = FEATURES.map((f) => (f === 'logWords' ? Math.log(1 + counts.logWords) : f === 'ofShare' ? counts.ofShare : Math.log1p(counts[f])));
  return { hits, found, counts, x };
}
