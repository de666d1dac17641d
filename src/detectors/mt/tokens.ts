/**
 * Word tokens with UTF-16 offsets and the context the MT signals need: a token is a maximal run
 * of letters, marks and digits, joined across an apostrophe only before an English ending
 * ("doesn't", "minister's") or in "O'Brien"; French elisions split ("presqu'île" → "presqu",
 * "île"). Hyphens and every other character split. Each token knows whether it starts a sentence (or a
 * line, a quotation, a parenthesis or a clause after a colon or dash), so casing signals can look
 * at mid-sentence words only. Cost: O(n), one pass; O(1) work per character.
 */

export type Shape = 'lower' | 'title' | 'upper' | 'mixed' | 'other';

export interface WordToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly shape: Shape;
  /** No earlier word in the same sentence (or line, quotation, parenthesis, clause after a colon or dash). */
  readonly initial: boolean;
  /** Index in the token array. */
  readonly index: number;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const APOSTROPHES = "'’";
/** English endings after an apostrophe ("n't" is "n" + "'t"), then no more letters. */
const ENGLISH_ENDING = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{M}])/u;
/** The one-letter name prefixes joined by an apostrophe ("O'Brien", "D'Souza"). */
const IRISH = /^[OD]$/;
/** Characters that end a sentence or open a new unit, so the next word is not mid-sentence. */
const BOUNDARY = new Set(['.', '!', '?', '…', ':', ';', '"', '“', '”', '«', '»', '(', ')', '[', ']', '—', '–', '•', '|', '\n', '\r', '\t', '·', '/', '*', '#', '@']);

/** Letter, mark or digit; ASCII by code range, the rest by Unicode property. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD.test(c);
}

/** Titles and abbreviations whose full stop does not end a sentence ("Dr. Olena Savchuk"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cpl', 'rev', 'hon', 'jr', 'sr', 'no', 'nos', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'ltd', 'dept', 'univ', 'approx', 'est', 'fig', 'vol', 'op', 'pp']);

/** A word after which a full stop abbreviates: a listed title, or a single capital initial. */
const INITIAL = /^\p{Lu}$/u;
const isAbbreviation = (t: { text: string; lower: string }): boolean => ABBREVIATIONS.has(t.lower) || INITIAL.test(t.text);

function shapeOf(word: string): Shape {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  let i = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        upper++;
        if (i === 0) firstUpper = true;
      } else if (code >= 97 && code <= 122) lower++;
    } else if (UPPER.test(ch)) {
      upper++;
      if (i === 0) firstUpper = true;
    } else if (LOWER.test(ch)) lower++;
    i++;
  }
  if (upper === 0 && lower === 0) return 'other';
  if (upper === 0) return 'lower';
  if (lower === 0) return upper > 1 ? 'upper' : 'title';
  if (firstUpper && upper === 1) return 'title';
  return 'mixed';
}

/** Every word token of `text`, in order. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let boundary = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (!isWordChar(c) && !(isHighSurrogate(c) && i + 1 < n && isWordChar(text.slice(i, i + 2)))) {
      if (c === '.' && out.length > 0 && (out[out.length - 1] as WordToken).end === i && isAbbreviation(out[out.length - 1] as WordToken)) {
        i++;
        continue;
      }
      if (BOUNDARY.has(c) || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) boundary = true;
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const ch = text[i] as string;
      if (isWordChar(ch)) {
        i++;
        continue;
      }
      if (isHighSurrogate(ch) && i + 1 < n && isWordChar(text.slice(i, i + 2))) {
        i += 2;
        continue;
      }
      // an apostrophe joins an English ending ("doesn't", "minister's") or an Irish name ("O'Brien")
      if (APOSTROPHES.includes(ch) && i > start && LETTER.test(text[i - 1] as string)) {
        const ending = ENGLISH_ENDING.exec(text.slice(i + 1, i + 4));
        if (ending || (i - start === 1 && IRISH.test(text[start] as string) && UPPER.test(text[i + 1] ?? ''))) {
          i += ending ? 1 + (ending[0] as string).length : 1;
          continue;
        }
      }
      break;
    }
    const word = text.slice(start, i);
    out.push({ text: word, lower: word.toLowerCase(), start, end: i, shape: shapeOf(word), initial: boundary, index: out.length });
    boundary = false;
  }
  return out;
}

function isHighSurrogate(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [WORD, LETTER, UPPER, LOWER, ENGLISH_ENDING, IRISH, INITIAL];
