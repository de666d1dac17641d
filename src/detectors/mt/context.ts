/**
 * The per-document view every signal shares, built once per `detect` call: the word tokens, the
 * ranges of URLs, e-mail addresses, handles and hashtags (never judged as words), and the lines.
 * Cost: O(n).
 */
import { type Line, lines } from '../../kernels/lines.ts';
import { type WordToken, wordTokens } from './tokens.ts';

/**
 * Is token `i` glued by an apostrophe or hyphen to a capitalised word before it ("Presqu'île",
 * "Saint-priest")? Then it is part of that name, not a word of its own.
 */
export function attachedToName(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  const prev = view.tokens[i - 1];
  if (!t || !prev || prev.end !== t.start - 1) return false;
  const joint = view.text[prev.end] as string;
  return "'’-".includes(joint) && (prev.shape === 'title' || prev.shape === 'upper' || prev.shape === 'mixed');
}

/** Is token `i` one part of a hyphenated compound ("sci-fi", "tumba-yumba")? */
export function inCompound(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  return (prev !== undefined && prev.end === t.start - 1 && view.text[prev.end] === '-') || (next !== undefined && next.start === t.end + 1 && view.text[t.end] === '-');
}

export interface DocView {
  readonly text: string;
  readonly tokens: readonly WordToken[];
  readonly lines: readonly Line[];
  /** `inLink[i]`: token i lies inside a URL, e-mail address, handle or hashtag. */
  readonly inLink: readonly boolean[];
}

/** Top-level domains that make a bare "name.tld" chunk a link. */
const TLDS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'info', 'io', 'co', 'uk', 'ru', 'ua', 'fr', 'es', 'de', 'cn', 'jp', 'eu', 'us', 'ca', 'au', 'in', 'it', 'pl', 'рф']);

const HASHTAG = /^[(«"“']?#[\p{L}\p{N}_]/u;
const DOMAIN = /^[\p{L}\p{N}.-]+$/u;
const CHUNK = /\S+/g;
/** Punctuation that may close a chunk after a link. */
const CLOSING = ')»"”\'.,;:!?';

/** Is a white-space-delimited chunk a link-like thing (URL, address, handle, hashtag, domain)? */
function isLinkChunk(chunk: string): boolean {
  if (chunk.includes('://') || chunk.startsWith('www.') || chunk.includes('@')) return true;
  if (HASHTAG.test(chunk)) return true;
  let end = chunk.length;
  while (end > 0 && CLOSING.includes(chunk[end - 1] as string)) end--;
  const bare = chunk.slice(0, end);
  const dot = bare.lastIndexOf('.');
  if (dot <= 0 || bare.includes(' ')) return false;
  return TLDS.has(bare.slice(dot + 1).toLowerCase()) && DOMAIN.test(bare);
}

/** Ranges of link-like chunks. One pass over the white-space-separated chunks. */
function linkRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(CHUNK.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (isLinkChunk(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function docView(text: string): DocView {
  const tokens = wordTokens(text);
  const links = linkRanges(text);
  const inLink: boolean[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < links.length && (links[k] as { end: number }).end <= t.start) k++;
    const r = links[k];
    inLink.push(r !== undefined && r.start <= t.start && t.end <= r.end);
  }
  return { text, tokens, lines: lines(text), inLink };
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [HASHTAG, DOMAIN, CHUNK];
