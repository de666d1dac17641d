/**
 * The per-line measurements every boilerplate signal reads: the trimmed line, its offsets, its
 * word tokens and a few counts (letters, digits, capitals, function words). Lines come from the
 * shared `lines` kernel (non-empty, trimmed); `blankBefore` says a blank line separates a line
 * from the one above it (a paragraph break in plain text).
 *
 * Cost: O(length of the text), one pass of one regex per line; no allocation beyond the tokens.
 */
import { lines } from '../../kernels/lines.ts';
import { isFunctionWord } from './signals/functionWords.ts';

/** A word: letters, marks and digits, joined across an inner apostrophe, full stop or hyphen. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export interface LineView {
  /** The trimmed line. */
  readonly text: string;
  /** `text` in lower case (same length for every character the signals look at). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Position among the text's non-empty lines. */
  readonly index: number;
  /** A blank line (or the start of the text) precedes this line. */
  readonly blankBefore: boolean;
  /** Word tokens as written. */
  readonly words: readonly string[];
  /** Words made only of letters that start with a capital. */
  readonly capitalised: number;
  /** Words made only of letters. */
  readonly alphaWords: number;
  /** Function words (articles, pronouns, auxiliaries, prepositions… of en/fr/es/de). */
  readonly functionWords: number;
  /** Letters, upper-case letters and digits in the line. */
  readonly letters: number;
  readonly upper: number;
  readonly digits: number;
}

export const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}/u;
export const DIGIT = /\p{Nd}/u;
export const ALPHA_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
export const UPPER_START = /^\p{Lu}/u;
/** A line break of any convention. */
export const LINE_BREAK = /\r\n|\r|\n/g;

function measure(text: string): Pick<LineView, 'words' | 'capitalised' | 'alphaWords' | 'functionWords' | 'letters' | 'upper' | 'digits'> {
  const words = text.match(WORD) ?? [];
  let capitalised = 0;
  let alphaWords = 0;
  let functionWords = 0;
  for (const w of words) {
    if (ALPHA_WORD.test(w)) {
      alphaWords++;
      if (UPPER_START.test(w)) capitalised++;
    }
    if (isFunctionWord(w.toLowerCase())) functionWords++;
  }
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      } else if (c >= 0x30 && c <= 0x39) digits++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    } else if (DIGIT.test(ch)) digits++;
  }
  return { words, capitalised, alphaWords, functionWords, letters, upper, digits };
}

/** Measure one line of text (used for lines and by tests). */
export function viewLine(text: string, start = 0, index = 0, blankBefore = true): LineView {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, index, blankBefore, ...measure(text) };
}

/** Every non-empty line of `text`, measured. */
export function viewLines(text: string): LineView[] {
  const out: LineView[] = [];
  let prevEnd = 0;
  for (const l of lines(text)) {
    const gap = text.slice(prevEnd, l.start);
    const breaks = (gap.match(LINE_BREAK) ?? []).length;
    out.push(viewLine(l.text, l.start, out.length, out.length === 0 || breaks >= 2));
    prevEnd = l.end;
  }
  return out;
}
