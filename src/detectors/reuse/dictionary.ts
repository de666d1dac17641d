/**
 * The English dictionary used to tell a capitalised common word ("Shares", "Barriers") from a
 * name ("Poland", "Sejm"): the `an-array-of-english-words` list (≈ 275,000 lowercase words with
 * their inflections and almost no proper nouns — unlike WordNet, which lists countries and cities).
 *
 * Cost: the first call parses the list (≈ 60 ms, ≈ 15 MB), cached for the process; a lookup is
 * one set access.
 */
import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/** Whether a lowercase word is a common English word. */
export function isEnglishWord(lower: string): boolean {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words.has(lower);
}
