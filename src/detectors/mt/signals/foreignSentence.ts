/**
 * Untranslated sentences in a Latin-script language: a sentence (at least
 * {@link MIN_SENTENCE_CHARS} characters) whose lowercase words are mostly not English (names,
 * capitalised, are left out of the count: a cast list is not French) is handed to franc,
 * restricted with `only` to English and the languages news MT most often translates from; when
 * franc names another language, the sentence is one `untranslated` span. franc is unreliable on
 * short strings (see the README's accuracy-by-length table: on single words it is at chance on
 * English, and at 40 characters it still calls 14% of English runs foreign), so single words are
 * judged by the word lists instead, never by franc, and the lexicon gate keeps franc away from
 * ordinary English. Non-Latin scripts are
 * {@link ./foreignScript.ts}'s. Cost: O(n) to split and gate; franc (≈ O(length) trigrams) only
 * on gated sentences.
 */
import { franc } from 'franc';
import type { DocView } from '../context.ts';
import type { Hit } from '../hit.ts';
import { isEnglish } from '../lexicon.ts';
import type { WordToken } from '../tokens.ts';

export const SIGNAL = 'foreignSentence';

/** Shortest sentence franc judges: from 60 characters on it names French and English runs right ≥ 94% of the time (README table). */
export const MIN_SENTENCE_CHARS = 60;
/** Fewest lowercase letter words in a judged sentence. */
const MIN_WORDS = 5;
/** Least share of a sentence's lowercase words that are no English word for franc to be asked. */
const MIN_FOREIGN_SHARE = 0.5;
/** English and the Latin-script source languages franc may choose from. */
export const FRANC_LANGUAGES = ['eng', 'fra', 'spa', 'por', 'ita', 'deu', 'nld', 'pol', 'ces', 'ron', 'cat', 'tur', 'ind', 'vie', 'swe', 'hrv'];

const SENTENCE_GAP = /[.!?…]\s|\n/u;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’]+$/u;

/** Sentences as token ranges: a sentence ends at . ! ? … followed by white space, or at a line end. */
function sentenceRanges(view: DocView): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let first = 0;
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as WordToken;
    const next = tokens[i + 1];
    const gap = next ? view.text.slice(t.end, next.start) : '';
    if (!next || SENTENCE_GAP.test(gap)) {
      out.push({ first, last: i });
      first = i + 1;
    }
  }
  return out;
}

export function foreignSentences(view: DocView): Hit[] {
  const out: Hit[] = [];
  for (const { first, last } of sentenceRanges(view)) {
    // lowercase words only: capitalised ones are mostly names, which no word list holds
    const ts = view.tokens.slice(first, last + 1).filter((t) => t.shape === 'lower' && LATIN_WORD.test(t.text) && !view.inLink[t.index]);
    if (ts.length < MIN_WORDS) continue;
    const start = (view.tokens[first] as WordToken).start;
    const end = (view.tokens[last] as WordToken).end;
    if (end - start < MIN_SENTENCE_CHARS) continue;
    const foreign = ts.filter((t) => !isEnglish(t.lower)).length;
    if (foreign < MIN_FOREIGN_SHARE * ts.length) continue;
    const lang = franc(view.text.slice(start, end), { only: FRANC_LANGUAGES });
    if (lang !== 'eng' && lang !== 'und') out.push({ start, end, type: 'untranslated', signal: SIGNAL, why: `franc: ${lang}` });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [SENTENCE_GAP, LATIN_WORD];
