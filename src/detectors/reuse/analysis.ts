/**
 * Text analysis shared by every reuse signal: sentences (kernel `sentences`), words (kernel
 * `scanWords`) and, per word, a normalized form and a kind — stop word, content word, name,
 * number. Normalization undoes the surface rewrites spinners and house styles apply without
 * changing meaning: case, Unicode form (NFKC), curly apostrophes, contractions ("didn't" → did not), possessive 's,
 * "&" → and, "%" / "per cent" / "pct" → percent, thousands separators ("1,150" → 1150), month
 * abbreviations ("Sept." → september).
 *
 * Names are capitalised words that are not sentence-initial dictionary words (`dictionary.ts`),
 * all-caps words, and, in title-case lines (headlines), capitalised non-dictionary words; months
 * and weekdays count as names too (they are facts, not wording). Names and numbers are what
 * independent reports of one event share, so the signals weigh them apart from the wording. Tokens
 * inside double quotation marks are marked `quoted`, for the same reason.
 *
 * Before segmenting, hard-wrapped line breaks are read as spaces (`unwrapLines`), and a sentence
 * break the kernel puts after a month abbreviation before a day ("Oct. | 16") is undone.
 *
 * Cost: O(length) plus one dictionary lookup per capitalised sentence-initial word.
 */
import { scanWords, sentences } from '../../kernels/segment.ts';
import { STOP_WORDS } from '../../kernels/stopwords.ts';
import { isEnglishWord } from './dictionary.ts';

export const STOP = 0;
export const CONTENT = 1;
export const NAME = 2;
export const NUMBER = 3;
export type Kind = typeof STOP | typeof CONTENT | typeof NAME | typeof NUMBER;

/** One normalized word; `start`/`end` index the analysed text (a contraction's parts share them). */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  readonly kind: Kind;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** Inside quotation marks (quoted speech is what independent reports legitimately share). */
  readonly quoted: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Tokens `[from, to)` of the analysis. */
  readonly from: number;
  readonly to: number;
  /** Paragraph index (a blank line or a line break starts a new one). */
  readonly paragraph: number;
}

export interface Analysis {
  readonly text: string;
  readonly tokens: readonly Tok[];
  readonly sentences: readonly Sentence[];
}

/** Pronouns and adverbs after which 's is "is", not a possessive. */
const S_IS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'how']);
/** Contracted endings and what they stand for ("we've" → we have). */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([['re', 'are'], ['ve', 'have'], ['m', 'am'], ['ll', 'will'], ['d', 'would']]);
/** Stems of negated contractions that are not the verb itself ("can't", "won't", "shan't"). */
const NEGATED: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);
/** Capitalised month abbreviations and their month, so "Sept. 3" and "September 3" read the same. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);
/** Month and weekday names: facts (dates), kept apart from the wording. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Share of capitalised words from which a line reads as title case (a headline). */
const TITLE_CASE_SHARE = 0.7;
/** Fewest words a line needs before its capitalisation is judged. */
const TITLE_CASE_MIN_WORDS = 3;

/** One letter (tested on single characters only). */
export const LETTER = /\p{L}/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};
const isUpper = (s: string) => s !== s.toLowerCase() && s === s.toUpperCase();
const startsUpper = (s: string) => {
  const first = String.fromCodePoint(s.codePointAt(0) as number);
  return first !== first.toLowerCase();
};

/** Whether a lowercase word is an English dictionary or function word. */
export function isDictionaryWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || isEnglishWord(lower);
}

interface RawWord {
  start: number;
  end: number;
  parts: string[];
  raw: string;
  /** Follows a period typed without a space ("tool.categorization"): reads as a sentence start. */
  afterPeriod?: boolean;
}

/** Two words of at least two letters glued by a period typed without the space after it. */
const GLUED_PERIOD = /^(\p{L}{2,})\.(\p{L}{2,})$/u;

/**
 * `raw` split at a period typed without the following space ("tool.categorization",
 * "language.It") when both sides are dictionary words, so neither word is lost inside an unknown
 * token; domain names ("ask.com", "bbc.co") and abbreviations ("e.g", "U.S") stay whole.
 */
function gluedWords(raw: string, start: number): RawWord[] | undefined {
  const m = GLUED_PERIOD.exec(raw);
  if (m === null) return undefined;
  const [, left, right] = m as unknown as [string, string, string];
  if (!isDictionaryWord(left.toLowerCase()) || !isDictionaryWord(right.toLowerCase())) return undefined;
  const rightStart = start + left.length + 1;
  return [
    { start, end: start + left.length, parts: wordParts(left), raw: left },
    { start: rightStart, end: rightStart + right.length, parts: wordParts(right), raw: right, afterPeriod: true },
  ];
}

/** Lowercase parts of a word: contractions split, possessive 's dropped, numbers without separators. */
function wordParts(raw: string): string[] {
  if (isDigit(raw.charCodeAt(0))) return [raw.includes(',') ? raw.replaceAll(',', '') : raw.toLowerCase()];
  let lower = raw.toLowerCase();
  // Composed and decomposed accents, ligatures and fullwidth letters read the same (NFKC).
  if (!isAscii(lower)) lower = lower.normalize('NFKC');
  if (lower.includes('\u2019')) lower = lower.replaceAll('\u2019', "'");
  const apostrophe = lower.lastIndexOf("'");
  if (apostrophe <= 0) {
    const month = MONTH_ABBREVIATIONS.get(lower);
    return [month !== undefined && startsUpper(raw) ? month : lower];
  }
  const base = lower.slice(0, apostrophe);
  const suffix = lower.slice(apostrophe + 1);
  if (suffix === 't' && base.endsWith('n')) {
    const stem = base.slice(0, -1);
    return [NEGATED.get(stem) ?? stem, 'not'];
  }
  if (suffix === 's') return S_IS.has(base) ? [base, 'is'] : [base];
  const expanded = CONTRACTIONS.get(suffix);
  return expanded !== undefined ? [base, expanded] : [lower];
}

/**
 * Whether each code unit of `text` lies inside double quotation marks: straight quotes toggle,
 * “ « „ open, ” » close; every line starts outside (an unclosed quote ends with its paragraph).
 * O(length).
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) inside = false;
    else if (c === 0x22) inside = !inside;
    else if (c === 0x201c || c === 0xab || c === 0x201e) inside = true;
    else if (c === 0x201d || c === 0xbb) inside = false;
    else if (inside) mask[i] = 1;
  }
  return mask;
}

/**
 * `text` with hard-wrapped line breaks turned into spaces (same length, so offsets still hold): a
 * single line break is a wrap when the line before does not end a sentence (`.`, `!`, `?`, `:`,
 * closing quote or bracket after one) and the next line goes on in lowercase, possibly after an
 * opening bracket or quote. Plain-text answers and e-mail are wrapped this way; news paragraphs are
 * not. O(length).
 */
export function unwrapLines(text: string): string {
  let out: string[] | undefined;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    let b = i - 1;
    while (b >= 0 && (text[b] === ' ' || text[b] === '\t' || text[b] === '\r')) b--;
    while (b >= 0 && CLOSING.has(text.charCodeAt(b))) b--;
    if (b < 0 || SENTENCE_END.has(text.charCodeAt(b))) continue;
    let a = i + 1;
    while (a < text.length && (text[a] === ' ' || text[a] === '\t' || OPENING.has(text.charCodeAt(a)))) a++;
    const next = text[a];
    if (next === undefined || next === next.toUpperCase() || next.toLowerCase() === next.toUpperCase()) continue;
    out ??= text.split('');
    out[i] = ' ';
    if (i > 0 && text[i - 1] === '\r') out[i - 1] = ' ';
  }
  return out === undefined ? text : out.join('');
}
/** Characters that end a line that ends a sentence: . ! ? : … */
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x2026]);
/** Closing quotes and brackets, skipped before looking for the sentence end. */
const CLOSING = new Set([0x22, 0x27, 0x29, 0x5d, 0x201d, 0x2019, 0xbb]);
/** Opening quotes and brackets, skipped before looking at the next line's first letter. */
const OPENING = new Set([0x22, 0x27, 0x28, 0x5b, 0x201c, 0x2018, 0xab]);

/**
 * Sentence spans with breaks after a month abbreviation before a day number joined again
 * ("starting Oct. | 16, …"): the kernel's segmenter takes "Oct." for the end of a sentence.
 */
function joinDateBreaks(text: string, spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && isDigit(text.charCodeAt(span.start)) && text.charCodeAt(last.end - 1) === 0x2e) {
      let w = last.end - 1;
      while (w > last.start && LETTER.test(text[w - 1] as string)) w--;
      const word = text.slice(w, last.end - 1);
      if (word.length > 0 && startsUpper(word) && MONTH_ABBREVIATIONS.has(word.toLowerCase()) && !text.slice(last.end, span.start).includes('\n')) {
        out[out.length - 1] = { start: last.start, end: span.end };
        continue;
      }
    }
    out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** Analyse `text` (see the module comment). */
export function analyse(text: string): Analysis {
  const words: RawWord[] = [];
  let previousEnd = 0;
  const symbols = (from: number, to: number) => {
    // "&" and "%" between words are words of their own.
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x26) words.push({ start: i, end: i + 1, parts: ['and'], raw: '&' });
      else if (c === 0x25) words.push({ start: i, end: i + 1, parts: ['percent'], raw: '%' });
    }
  };
  scanWords(text, (start, end) => {
    symbols(previousEnd, start);
    const raw = text.slice(start, end);
    const glued = raw.includes('.') ? gluedWords(raw, start) : undefined;
    if (glued !== undefined) words.push(...glued);
    else words.push({ start, end, parts: wordParts(raw), raw });
    previousEnd = end;
  });
  symbols(previousEnd, text.length);

  const flowing = unwrapLines(text);
  const spans = joinDateBreaks(flowing, sentences(flowing));
  const quotes = quotedMask(flowing);
  const tokens: Tok[] = [];
  const out: Sentence[] = [];
  let w = 0;
  let paragraph = 0;
  let lastEnd = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as { start: number; end: number };
    if (s > 0 && flowing.slice(lastEnd, span.start).includes('\n')) paragraph++;
    lastEnd = span.end;
    while (w < words.length && (words[w] as RawWord).end <= span.start) w++;
    const first = w;
    while (w < words.length && (words[w] as RawWord).start < span.end) w++;
    const sentenceWords = words.slice(first, w);
    const from = tokens.length;
    pushTokens(sentenceWords, s, tokens, quotes);
    out.push({ start: span.start, end: span.end, from, to: tokens.length, paragraph });
  }
  return { text, tokens, sentences: out };
}

/** Tokens of one sentence's words, with kinds decided in sentence context. */
function pushTokens(sentenceWords: readonly RawWord[], sentence: number, tokens: Tok[], quotes: Uint8Array): void {
  const letters = sentenceWords.filter((x) => !isDigit(x.raw.charCodeAt(0)) && LETTER.test(x.raw[0] as string));
  const capitalised = letters.filter((x) => startsUpper(x.raw) && !STOP_WORDS.has(x.parts[0] as string)).length;
  const content = letters.filter((x) => !STOP_WORDS.has(x.parts[0] as string)).length;
  const titleCase = content >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * content;
  let perAt = -1;
  sentenceWords.forEach((word, i) => {
    const initial = i === 0 || word.afterPeriod === true;
    for (const norm of word.parts) {
      // "per cent" → percent
      if (norm === 'cent' && perAt === tokens.length - 1 && perAt >= 0) {
        const per = tokens[perAt] as Tok;
        tokens[perAt] = { ...per, end: word.end, norm: 'percent', kind: CONTENT };
        continue;
      }
      const n = norm === 'pct' ? 'percent' : norm;
      const kind = kindOf(word.raw, n, initial, titleCase);
      if (n === 'per') perAt = tokens.length;
      tokens.push({ start: word.start, end: word.end, norm: n, kind, sentence, quoted: quotes[word.start] === 1 });
    }
  });
}

function kindOf(raw: string, norm: string, initial: boolean, titleCase: boolean): Kind {
  if (isDigit(raw.charCodeAt(0))) return NUMBER;
  if (MONTHS.has(norm) || WEEKDAYS.has(norm)) return NAME;
  if (STOP_WORDS.has(norm)) return STOP;
  if (!startsUpper(raw)) return CONTENT;
  if (raw.length > 1 && isUpper(raw)) return titleCase ? (isDictionaryWord(norm) ? CONTENT : NAME) : NAME;
  if (initial || titleCase) return isDictionaryWord(norm) ? CONTENT : NAME;
  return NAME;
}
