/**
 * Word and sentence segmentation with UTF-16 offsets into the text given.
 *
 * Words (`words`, `scanWords`): a word is a maximal run of letters, marks and numbers, joined
 * across one apostrophe or full stop between two letters or two digits (`don't`, `U.S.A`,
 * `3.14`), across a comma between digits (`3,000`) and a middle dot between letters — a
 * lightweight take on Unicode's UAX #29 word rules. Hyphens split (`state-of-the-art` is four
 * words), as in UAX #29. Runs containing a script written without spaces (Han, kana, Thai, Lao,
 * Khmer, Myanmar) are handed to `Intl.Segmenter`, whose dictionaries find the words there, in
 * pieces of at most `MAX_SEGMENTER_RUN` code units: V8's segment iterator (Node 20) is
 * quadratic in the text length (a 600 kB text takes minutes), so it never sees whole texts.
 * Code-point aware: astral letters are letters, surrogate pairs are never split.
 *
 * Sentences (`sentences`): rule-based, not `Intl.Segmenter` (quadratic, and it breaks after
 * "Mr."). A sentence ends at a line break, or after terminal punctuation (`.`, `!`, `?`, `…`,
 * and CJK, Arabic, Devanagari… full stops) plus any closing quotes or brackets, when what follows
 * is the end of the text or whitespace then something other than a lowercase letter; CJK full
 * stops end a sentence without the space. A full stop after a title (`Mr.`, `Dr.`, `Sen.`…) or a
 * single capital initial (`J. K. Rowling`) does not. Sentences are trimmed of surrounding
 * whitespace.
 *
 * Cost: O(length) with one table lookup per code unit; O(1) allocation per token. Runs of
 * no-space scripts cost whatever ICU costs (≈ 1 MB/s).
 */
import {
  astralWordClass,
  COMPLEX,
  DIGIT,
  LETTER,
  MID_DOT,
  MID_LETTER,
  MID_NUM,
  MID_QUOTE,
  wordClassTable,
} from './chars.ts';

/** Longest run given to `Intl.Segmenter` at once; its iterator is quadratic in the input length. */
export const MAX_SEGMENTER_RUN = 512;

/** A word or sentence: its text and its UTF-16 span `[start, end)` in the segmented text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

let segmenter: Intl.Segmenter | undefined;

/** Emits the word-like segments ICU finds in `text[start, end)`, in pieces of bounded length. */
function segmentComplexRun(
  text: string,
  start: number,
  end: number,
  emit: (start: number, end: number) => void,
): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + MAX_SEGMENTER_RUN);
    const last = text.charCodeAt(to - 1);
    if (to < end && last >= 0xd800 && last <= 0xdbff) to++;
    const piece = text.slice(from, to);
    let resume = to;
    let lastSeg: { index: number; segment: string; isWordLike?: boolean | undefined } | undefined;
    let count = 0;
    for (const seg of segmenter.segment(piece)) {
      if (lastSeg?.isWordLike) emit(from + lastSeg.index, from + lastSeg.index + lastSeg.segment.length);
      lastSeg = seg;
      count++;
    }
    if (lastSeg === undefined) break;
    if (to < end && count > 1) {
      // The last segment may have been cut by the piece boundary: segment it again next round.
      resume = from + lastSeg.index;
    } else if (lastSeg.isWordLike) {
      emit(from + lastSeg.index, from + lastSeg.index + lastSeg.segment.length);
    }
    from = resume;
  }
}

/** Whether a joiner of class `joiner` may join a word ending in `before` to one starting `after`. */
export function joins(before: number, joiner: number, after: number): boolean {
  const b = before === DIGIT ? DIGIT : LETTER;
  const a = after === DIGIT ? DIGIT : LETTER;
  switch (joiner) {
    case MID_QUOTE:
    case MID_DOT:
      return a === b;
    case MID_NUM:
      return a === DIGIT && b === DIGIT;
    case MID_LETTER:
      return a === LETTER && b === LETTER;
    default:
      return false;
  }
}

/**
 * Calls `emit(start, end)` for every word of `text`, in order, with UTF-16 offsets. The
 * allocation-free core of `words` and of the word shingles, so both see the same words.
 */
export function scanWords(text: string, emit: (start: number, end: number) => void): void {
  const table = wordClassTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cls = astralWordClass(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        width = 2;
      } else cls = 0;
    } else cls = table[c] as number;
    if (cls < LETTER || cls > COMPLEX) {
      i += width;
      continue;
    }
    const start = i;
    let complex = cls === COMPLEX;
    let last = cls;
    i += width;
    while (i < n) {
      c = text.charCodeAt(i);
      width = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cls = astralWordClass(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
          width = 2;
        } else cls = 0;
      } else cls = table[c] as number;
      if (cls >= LETTER && cls <= COMPLEX) {
        if (cls === COMPLEX) complex = true;
        last = cls;
        i += width;
        continue;
      }
      if (cls > COMPLEX && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        let next: number;
        if (d >= 0xd800 && d <= 0xdbff && i + 2 < n) {
          const lo = text.charCodeAt(i + 2);
          next = lo >= 0xdc00 && lo <= 0xdfff ? astralWordClass(((d - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) : 0;
        } else next = table[d] as number;
        if (next >= LETTER && next <= COMPLEX && joins(last, cls, next)) {
          i++;
          continue;
        }
      }
      break;
    }
    if (complex) segmentComplexRun(text, start, i, emit);
    else emit(start, i);
  }
}

/** The words of `text` with their UTF-16 spans (see the module comment for what a word is). */
export function words(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end) => {
    out.push({ text: text.slice(start, end), start, end });
  });
  return out;
}

/** Sentence terminators: ASCII, ellipsis, interrobangs, CJK/fullwidth, Arabic, Urdu, Devanagari, Ethiopic, Myanmar, Khmer. */
const TERMINATORS = new Set([
  0x2e, 0x21, 0x3f, 0x2026, 0x203c, 0x203d, 0x2047, 0x2048, 0x2049, 0x3002, 0xff01, 0xff1f, 0xff61,
  0xff0e, 0x061f, 0x06d4, 0x0964, 0x0965, 0x1362, 0x104b, 0x17d4,
]);
/** Terminators that end a sentence with no following space (CJK and fullwidth). */
const TIGHT_TERMINATORS = new Set([0x3002, 0xff01, 0xff1f, 0xff61]);
/** Closing punctuation that stays with the sentence it ends. */
const CLOSERS = new Set([
  0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0x2019, 0x201d, 0x203a, 0x300d, 0x300f, 0x3011, 0xff09, 0xff3d,
]);
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);
/** Titles and abbreviations that are followed by a full stop but almost never end a sentence. */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'sen', 'rep', 'gov', 'gen',
  'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp',
  'vs', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'e.g', 'i.e', 'cf', 'al',
]);

const LOWERCASE = /\p{Ll}/u;
const UPPER = /^\p{Lu}$/u;

/** Whether the full stop at `dot` follows a title or a single capital initial. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    // letters and inner dots (e.g, i.e)
    if (c === 0x2e || /[\p{L}]/u.test(text[s - 1] as string)) s--;
    else break;
    if (dot - s > 12) return false;
  }
  if (s === dot) return false;
  const word = text.slice(s, dot);
  if (word.length === 1 && UPPER.test(word)) return true;
  return NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase());
}

/** Horizontal JavaScript whitespace (`\s` minus line terminators). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Options for `sentences`. */
export interface SentenceOptions {
  /** Treat a single line break as a space (wrapped text); a blank line still ends a sentence. Default false. */
  readonly softWrap?: boolean;
}

/** The sentences of `text`, trimmed, with UTF-16 spans (rules in the module comment). */
export function sentences(text: string, options: SentenceOptions = {}): Token[] {
  const softWrap = options.softWrap ?? false;
  const out: Token[] = [];
  const n = text.length;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && (isSpace(text.charCodeAt(start)) || LINE_BREAKS.has(text.charCodeAt(start)))) start++;
    while (end > start && (isSpace(text.charCodeAt(end - 1)) || LINE_BREAKS.has(text.charCodeAt(end - 1)))) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (LINE_BREAKS.has(c)) {
      let j = i + 1;
      if (c === 0x0d && text.charCodeAt(j) === 0x0a) j++;
      if (softWrap) {
        // Only a blank line (another break after optional spaces) ends the sentence.
        let k = j;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        if (k < n && !LINE_BREAKS.has(text.charCodeAt(k))) {
          i = j;
          continue;
        }
      }
      push(from, i);
      from = j;
      i = j;
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    let j = i;
    let tight = false;
    let onlyDot = true;
    while (j < n && TERMINATORS.has(text.charCodeAt(j))) {
      const t = text.charCodeAt(j);
      if (TIGHT_TERMINATORS.has(t)) tight = true;
      if (t !== 0x2e) onlyDot = false;
      j++;
    }
    const singleDot = onlyDot && j === i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    let boundary: boolean;
    if (j >= n || tight) boundary = true;
    else if (!isSpace(text.charCodeAt(j)) && !LINE_BREAKS.has(text.charCodeAt(j))) boundary = false;
    else if (LINE_BREAKS.has(text.charCodeAt(j))) boundary = true;
    else {
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      const next = k < n ? String.fromCodePoint(text.codePointAt(k) as number) : '';
      boundary = k >= n || !LOWERCASE.test(next);
      if (boundary && singleDot && isAbbreviation(text, i)) boundary = false;
    }
    if (boundary) {
      push(from, j);
      from = j;
    }
    i = j;
  }
  push(from, n);
  return out;
}
