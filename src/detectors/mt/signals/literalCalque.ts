/**
 * Word-for-word renderings of Romance constructions that English grammar does not allow:
 * - an article before a weekday used as a date ("announced the Wednesday," ← "el miércoles",
 *   "le mercredi"), where English writes "on Wednesday"; "the Wednesday meeting" is fine, so
 *   the weekday must be followed by punctuation, a figure, a time adverb or a reporting verb
 *   (not a function word: "the Friday before the vote" is English); likewise an article before a day and month ("the 6 August" ← "le 6 août");
 * - a plural multiplier before a noun ("2.3 billions euros" ← "2,3 mil millones de euros");
 * - the same word twice in a row ("had to to turn"), which edited prose does not print
 *   ("had had" and "that that" excepted).
 * Document-level evidence. Cost: O(n), one pass per pattern, no nested quantifiers.
 */
import type { Found } from './capitalisedFunctionWord.ts';

export const SIGNAL = 'literalCalque';

const WEEKDAY = /\b[Tt]he (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[,.;:]| \d| \p{Ll})/gu;
/** Words after which "the Wednesday" is a date: adverbs of time and reporting verbs. */
const DATE_FOLLOWERS = new Set(['late', 'early', 'said', 'says', 'announced', 'told', 'reported']);
/** An article before a day-and-month date ("the 6 August" ← "le 6 août"); English writes "6 August" or "the 6th of August". */
const DAY_MONTH = /\b[Tt]he \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const PLURAL_MULTIPLIER = /(?<![\w.,])\d[\d.,]{0,20} (?:billions|millions|thousands|hundreds) (?!of\b)[a-z]+/g;
const DOUBLED = /(?<!\p{L})(\p{Ll}{2,30}) \1(?!\p{L})/gu;
/** Doubled words English grammar allows. */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'very', 'bye', 'no', 'so', 'far', 'ha', 'knock', 'again', 'more', 'over', 'round', 'on', 'by', 'out', 'down', 'around', 'through', 'many', 'much', 'really', 'long', 'big']);

export interface Calques {
  /** "the Wednesday," and "the 6 August". */
  readonly date: Found[];
  readonly pluralMultiplier: Found[];
  readonly doubled: Found[];
}

/** The word after a match ("" when punctuation or a figure follows). */
const nextWord = (text: string, m: RegExpMatchArray): string => /^ (\p{Ll}+)/u.exec(text.slice((m.index as number) + m[0].length, (m.index as number) + m[0].length + 32))?.[1] ?? '';

function found(text: string, re: RegExp, keep: (m: RegExpMatchArray) => boolean = () => true): Found[] {
  return [...text.matchAll(re)].filter(keep).map((m) => ({ start: m.index as number, end: (m.index as number) + m[0].length, quote: m[0] }));
}

export function literalCalques(text: string): Calques {
  return {
    // a weekday followed by punctuation, a figure, a time adverb or a reporting verb is a date, not a modifier ("the Wednesday hearing")
    date: [
      ...found(text, WEEKDAY, (m) => {
        const next = nextWord(text, m);
        return next === '' || DATE_FOLLOWERS.has(next);
      }),
      ...found(text, DAY_MONTH),
    ].sort((a, b) => a.start - b.start),
    pluralMultiplier: found(text, PLURAL_MULTIPLIER),
    doubled: found(text, DOUBLED, (m) => !GRAMMATICAL_DOUBLES.has(m[1] as string)),
  };
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [WEEKDAY, DAY_MONTH, PLURAL_MULTIPLIER, DOUBLED];
