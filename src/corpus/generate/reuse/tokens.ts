/**
 * Word tokens of a text with their offsets and what the spinner may do with them: quoted
 * speech (between double quotes), parts of compounds, contractions, numbers and capitalised
 * words (proper nouns) are marked so synonym swaps leave them alone. O(length of text).
 */
import { FUNCTION_WORDS } from './functionWords.ts';

export interface WordToken {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** The previous word, lowercased ('' at the start of the text). */
  previous: string;
  /** True when the word opens a sentence (so a capital letter says nothing about it). */
  sentenceStart: boolean;
  /** True when the word lies inside double quotes. */
  quoted: boolean;
  /** True when a hyphen, digit, apostrophe or placeholder touches the word. */
  bound: boolean;
}

/** Letters, with internal apostrophes left to the boundary test. */
const WORD = /\p{L}+/gu;
/** Characters that glue a word to its neighbour (compounds, contractions, figures, placeholders). */
const GLUE = /[-\u2010\u2011\u2013'\u2019\p{N}\uE000-\uF8FF/@_&]/u;
const DOUBLE_QUOTES = /["\u201C\u201D]/g;

/** `[start, end)` ranges of text inside double quotes (an unclosed quote runs to the end). */
export function quotedRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  for (const m of text.matchAll(DOUBLE_QUOTES)) {
    const ch = m[0];
    const closes = ch === '\u201D' || (ch === '"' && open !== -1);
    if (open === -1 && !closes) open = m.index;
    else if (open !== -1 && closes) {
      out.push({ start: open, end: m.index + 1 });
      open = -1;
    }
  }
  if (open !== -1) out.push({ start: open, end: text.length });
  return out;
}

/** True when the characters before `at` end a sentence (or nothing precedes). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  if (/^\s*$/.test(text.slice(0, at))) return true;
  return /[.!?:]["'\u201D)]?\s+["\u201C(]?$/.test(before) || /\n\s*$/.test(before);
}

/** Every word of `text` with its flags. */
export function wordTokens(text: string): WordToken[] {
  const quotes = quotedRanges(text);
  const out: WordToken[] = [];
  let previous = '';
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    const contraction = after === "'" || after === '\u2019';
    const bound =
      (before !== undefined && GLUE.test(before)) ||
      (after !== undefined && GLUE.test(after) && !(contraction && /^['\u2019]s\b/.test(text.slice(end, end + 3))));
    out.push({
      text: m[0],
      start,
      end,
      previous,
      sentenceStart: opensSentence(text, start),
      quoted: quotes.some((q) => q.start < start && end <= q.end),
      bound,
    });
    previous = m[0].toLowerCase();
  }
  return out;
}

/** A capitalised word inside a sentence, or an all-capitals word: a name, place or acronym. */
export function isProperLike(t: WordToken): boolean {
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return true;
  return !t.sentenceStart && t.text[0] !== (t.text[0] as string).toLowerCase();
}

/**
 * A content word: a lowercase (or sentence-initial) word that is not a function word, not a
 * name, not a figure and not glued into a compound. The denominator of the swap rate.
 */
export function isContentWord(t: WordToken): boolean {
  if (t.bound || isProperLike(t)) return false;
  const lower = t.text.toLowerCase();
  return lower.length > 1 && !FUNCTION_WORDS.has(lower);
}
