/**
 * Decide which words Apertium marked are real untranslated-word artifacts. A mark only says
 * that one step of the pipeline did not know the word; in an en→es→en round trip most marked
 * words are English words or names passed through unchanged and read correctly. A marked word
 * is labeled `untranslated` only when it is not English (English word lists and WordNet), is
 * not a name copied from the source (a capitalised source word), is not an English source
 * word (round trip), and is not a number, clock time or unit (those are typography).
 * Cost: O(1) per word after the lexicon is loaded.
 */
import { isEnglishWord } from './englishLexicon.ts';

/** Shortest marked word that is labeled: one letter is too ambiguous ("s" from a lost "'s"). */
export const MIN_UNTRANSLATED_LENGTH = 2;

export type Verdict = 'untranslated' | 'english' | 'name' | 'source-word' | 'not-a-word' | 'too-short';

/** The words of a text (maximal letter/digit runs), for "was this copied from the source". */
export function sourceWords(text: string): Set<string> {
  return new Set(text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
}

export interface JudgeContext {
  /** The language of the source the output was translated from. */
  sourceLang: 'en' | 'fr';
  /** Words of the source document. */
  source: ReadonlySet<string>;
}

/** The verdict on one marked word (the word without its marks). */
export function judgeMarkedWord(word: string, ctx: JudgeContext): Verdict {
  if (!/\p{L}/u.test(word) || /^\d{1,2}h\d*$/u.test(word) || /^(?:km|m|cm)2$/u.test(word)) return 'not-a-word';
  if ([...word].length < MIN_UNTRANSLATED_LENGTH) return 'too-short';
  if (isEnglishWord(word)) return 'english';
  if (ctx.source.has(word)) {
    if (/^\p{Lu}/u.test(word)) return 'name';
    if (ctx.sourceLang === 'en') return 'source-word';
  }
  return 'untranslated';
}
