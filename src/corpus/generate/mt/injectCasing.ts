/**
 * Injector: a proper noun left lowercase, as MT does with names it does not know
 * ("Kharkiv" → "kharkiv") and with French/Spanish day and month names ("Friday" → "friday").
 * Picks one capitalised word in mid-sentence that is a name (its lowercase form is no common
 * English word) or a day or month, and lowercases that one occurrence. Span type `casing`.
 * Cost: O(text).
 */
import { isCommonEnglishWord } from './englishLexicon.ts';
import { type Injector, isFree } from './injection.ts';

/** Day and month names (not "May" and "March", which lowercase into other English words). */
export const DAYS_AND_MONTHS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);
/** Shortest name lowercased: two-letter capitals are mostly initials or units. */
const MIN_NAME_LENGTH = 3;
/** A capitalised word after a lowercase letter, digit or comma and a space: mid-sentence. */
const MID_SENTENCE_CAPITALISED = /(?<=[\p{Ll}\p{N},;] )\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-])/gu;

/** Capitalised words of `text` that are names, days or months, sitting mid-sentence. */
export function casingSites(text: string): { start: number; end: number; word: string }[] {
  return [...text.matchAll(MID_SENTENCE_CAPITALISED)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }))
    .filter((s) => s.word.length >= MIN_NAME_LENGTH && (DAYS_AND_MONTHS.has(s.word) || !isCommonEnglishWord(s.word)));
}

export const injectCasing: Injector = (doc, random) => {
  const sites = casingSites(doc.text).filter((s) => isFree(doc, s.start, s.end));
  if (sites.length === 0) return undefined;
  const s = random.pick(sites);
  const lower = s.word.toLowerCase();
  return {
    edits: [{ start: s.start, end: s.end, insert: lower, marks: [{ from: 0, to: lower.length, type: 'casing' }] }],
    detail: { kind: 'casing', from: s.word, to: lower },
  };
};
