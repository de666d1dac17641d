/**
 * Foreign typography in English text, as MT from French (and other European languages) passes
 * it through: guillemets « » and low quotes „, a (no-break) space before `: ; ? !` or `%`,
 * a decimal comma ("11,4"), thousands grouped with spaces ("5 300"), "km2"/"m2" for km²/m²,
 * clock times like "10h30", and the full-width punctuation of Chinese and Japanese (。，：【】《》)
 * that MT from those languages leaves in English. Each match is one `typography` span. English
 * news copy writes none of these (the thousands and decimal patterns exclude the English 1,000
 * and 3.5).
 * Cost: O(n) per pattern; every pattern is a single pass without nested quantifiers.
 */
import type { Hit } from '../hit.ts';

export const SIGNAL = 'foreignTypography';

/** Each pattern with its name (the `why` of its hits). A match is one span. */
export const TYPOGRAPHY_PATTERNS: readonly { name: string; re: RegExp }[] = [
  { name: 'guillemet', re: /[«»„]/gu },
  // a no-break space is typographic intent; a plain one only counts inside prose (before a space and a letter)
  { name: 'space before punctuation', re: /(?<=[\p{L}\p{N}»"”)])(?:[\u00A0\u202F][:;?!](?=\s|$|[»"”])|[ ][:;?!](?= \p{L}))/gu },
  { name: 'space before percent', re: /(?<=\d)[ \u00A0\u202F]%/gu },
  { name: 'decimal comma', re: /(?<![\p{L}\p{N},.])\d+,\d{1,2}(?![\p{L}\p{N}]|,\d)/gu },
  // no-break spaces anywhere; plain spaces only before a word ("5 300 hectares"), since tables put figures side by side ("74 100%")
  { name: 'space-grouped thousands', re: /(?<![\p{L}\p{N},.])(?<!\d[ \u00A0\u202F])\d{1,3}(?:(?:[\u00A0\u202F]\d{3})+(?![\p{L}\p{N}])|(?: \d{3})+(?= \p{Ll}))/gu },
  { name: 'km2', re: /(?<![\p{L}\p{N}])(?:km|m|cm)2(?![\p{L}\p{N}])/gu },
  { name: 'clock time', re: /(?<![\p{L}\p{N}:])\d{1,2}h\d{2}(?![\p{L}\p{N}])/gu },
  // ideographic comma and full stop, CJK brackets 〈〉《》「」『』【】〔〕〖〗〘〙〚〛, full-width ! ( ) , : ; ?
  { name: 'full-width punctuation', re: /[\u3001\u3002\u3008-\u3011\u3014-\u301B\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F]/gu },
];

/** Every foreign-typography span of `text`, sorted, without overlaps (earlier pattern wins). */
export function foreignTypography(text: string): Hit[] {
  const found: Hit[] = [];
  for (const { name, re } of TYPOGRAPHY_PATTERNS)
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, type: 'typography', signal: SIGNAL, why: name });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of found) if (out.length === 0 || h.start >= (out[out.length - 1] as Hit).end) out.push(h);
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = TYPOGRAPHY_PATTERNS.map((p) => p.re);
