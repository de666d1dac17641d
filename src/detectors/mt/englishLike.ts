/**
 * English the word lists lack: derived forms ("installable", "decarbonisation"), misspellings
 * one edit away from a word ("definitley", "childrens"), and closed compounds of two or three
 * common English words ("chipmaker", "warfighters", "runnerup"). Signals use it to keep such words from
 * counting as foreign, glued or lowercased names. Cost: O(26·L) lexicon lookups for the typo
 * check, O(L²) for the compound split; callers use it only on words no list holds.
 */
import { commonEnglish, englishWords, isEnglish } from './lexicon.ts';

/** English suffixes that derive words the lists may lack. */
const ENGLISH_SUFFIXES = ['able', 'ible', 'ness', 'less', 'ly', 'er', 'ers', 'ing', 'ed', 'ment', 'ments', 'ism', 'ist', 'ists', 'ize', 'ise', 'ized', 'ised', 'ation', 'ations', 'ity', 'ful', 'ship', 'hood', 'wise', 'like', 's'];
/** Shortest stem that counts. */
const MIN_PART = 3;
/** Shortest compound part ("runner" + "up"); one part must be {@link MIN_LONG_PART} long. */
const MIN_COMPOUND_PART = 2;
const MIN_LONG_PART = 4;
/** Most parts a compound is split into. */
const MAX_PARTS = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_WORD = /^\p{Ll}+$/u;
/** Longest word examined: the checks are quadratic in length, and no English word is longer. */
const MAX_LETTERS = 40;

/** An English stem (or stem + "e") with a derivational suffix. */
export function derivedEnglish(lower: string): boolean {
  for (const suffix of ENGLISH_SUFFIXES) {
    if (!lower.endsWith(suffix) || lower.length - suffix.length < MIN_PART) continue;
    const stem = lower.slice(0, -suffix.length);
    if (isEnglish(stem) || isEnglish(`${stem}e`)) return true;
  }
  return false;
}

/** One deletion, insertion, substitution or transposition away from an English word. */
export function nearEnglish(lower: string): boolean {
  if (lower.length > MAX_LETTERS) return false;
  const en = englishWords();
  for (let i = 0; i < lower.length; i++) {
    if (en.has(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (i + 1 < lower.length && en.has(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
    for (const c of LETTERS) if (en.has(lower.slice(0, i) + c + lower.slice(i + 1))) return true;
  }
  for (let i = 0; i <= lower.length; i++) for (const c of LETTERS) if (en.has(lower.slice(0, i) + c + lower.slice(i))) return true;
  return false;
}

/** Two or three common English words run together ("chipmaker", "runnerup"), one of them ≥ 4 letters. */
export function englishCompound(lower: string): boolean {
  if (lower.length > MAX_LETTERS) return false;
  const common = commonEnglish();
  const n = lower.length;
  // best[i]: the split of lower[0, i) with the fewest parts, and whether it has a long part
  const best: ({ parts: number; long: boolean } | undefined)[] = new Array(n + 1).fill(undefined);
  best[0] = { parts: 0, long: false };
  for (let i = MIN_COMPOUND_PART; i <= n; i++)
    for (let j = 0; j + MIN_COMPOUND_PART <= i; j++) {
      const prev = best[j];
      if (!prev || prev.parts >= MAX_PARTS || !common.has(lower.slice(j, i))) continue;
      const cand = { parts: prev.parts + 1, long: prev.long || i - j >= MIN_LONG_PART };
      const cur = best[i];
      if (!cur || cand.parts < cur.parts || (cand.parts === cur.parts && cand.long && !cur.long)) best[i] = cand;
    }
  const end = best[n];
  return end !== undefined && end.parts >= 2 && end.long;
}

/** Any of the three: an English word the lists lack. Only letters, and at most {@link MAX_LETTERS} of them, are examined. */
export function englishLike(lower: string): boolean {
  return lower.length <= MAX_LETTERS && LOWER_WORD.test(lower) && (derivedEnglish(lower) || englishCompound(lower) || nearEnglish(lower));
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [LOWER_WORD];
