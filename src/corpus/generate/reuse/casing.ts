/**
 * Capitalisation when clauses move: the clause that now opens a sentence gets a capital, the
 * one that no longer does loses it unless its first word is a name. A capitalised word is
 * taken for a common word when it appears in lowercase in the text, is a function word, or is
 * an English dictionary word (an-array-of-english-words) never capitalised mid-sentence in the
 * text. Building a vocabulary is O(length of text) after the dictionary's one-time load.
 */
import { createRequire } from 'node:module';
import { FUNCTION_WORDS } from './functionWords.ts';

/** Answers whether a lowercased word is a common word in the text at hand. */
export interface Vocabulary {
  has(word: string): boolean;
}

let dictionary: ReadonlySet<string> | undefined;
function englishWords(): ReadonlySet<string> {
  dictionary ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return dictionary;
}

/** The common-word test for `text`. */
export function lowercaseVocabulary(text: string): Vocabulary {
  const lower = new Set(text.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu) ?? []);
  const names = new Set(
    [...text.matchAll(/(?<=[\p{L}\p{N},;)] )\p{Lu}\p{Ll}+(?!\p{L})/gu)].map((m) => m[0].toLowerCase()),
  );
  const words = englishWords();
  return { has: (w) => lower.has(w) || FUNCTION_WORDS.has(w) || (words.has(w) && !names.has(w)) };
}

/** Upper-case the first letter of `s` when `s` starts with a word (not with a figure). */
export function capitalize(s: string): string {
  const m = /^(\P{L}*?)(\p{L})/u.exec(s);
  if (!m || /\p{N}/u.test(m[1] as string)) return s;
  return m[1] + (m[2] as string).toUpperCase() + s.slice(m[0].length);
}

/** Lower-case the first word of `s` when it is a common word (not a name, not "I"). */
export function decapitalize(s: string, vocabulary: Vocabulary): string {
  const m = /^(\P{L}*)(\p{Lu})(\p{Ll}*)(?!\p{L})/u.exec(s);
  if (!m || /\p{N}/u.test(m[1] as string)) return s;
  const word = (m[2] as string).toLowerCase() + m[3];
  if (word === 'i' || !vocabulary.has(word)) return s;
  return m[1] + word + s.slice(m[0].length);
}
