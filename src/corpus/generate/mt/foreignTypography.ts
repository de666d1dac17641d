/**
 * Find French typography in English text: guillemets, a space before `: ; ? !`, a space
 * before `%`, decimal commas ("11,4"), space-grouped thousands ("5 300"), "km2"/"m2" and
 * French clock times ("10h30"). In English news copy each of these is an artifact, so the
 * Apertium slices label every match as a `typography` span (the English sources contain none;
 * a test checks that). Cost: O(n) per pattern.
 */
import type { MtSpan } from '../../../contracts/case.ts';

/** Any space French typography uses: ASCII, no-break, narrow no-break. */
const SPACE = '[ \\u00A0\\u202F]';

/** Each pattern with a name (kept in meta counts); a match is one span. */
export const TYPOGRAPHY_PATTERNS: readonly { name: string; re: RegExp }[] = [
  { name: 'guillemet', re: /[«»]/gu },
  { name: 'space-before-punctuation', re: new RegExp(`(?<=[\\p{L}\\p{N}\\p{P}])${SPACE}[:;?!](?=\\s|$|[»"”])`, 'gu') },
  { name: 'space-before-percent', re: new RegExp(`(?<=\\d)${SPACE}%`, 'gu') },
  { name: 'decimal-comma', re: /(?<![\p{N},.])\d+,\d{1,2}(?![\p{N}]|,\d)/gu },
  { name: 'space-grouped-thousands', re: new RegExp(`(?<![\\p{N},.])\\d{1,3}(?:${SPACE}\\d{3})+(?![\\p{N}])`, 'gu') },
  { name: 'km2', re: /(?<![\p{L}\p{N}])(?:km|m|cm)2(?![\p{L}\p{N}])/gu },
  { name: 'french-clock-time', re: /(?<![\p{L}\p{N}])\d{1,2}h(?:\d{2})?(?![\p{L}\p{N}])/gu },
];

/** Every foreign-typography span of `text`, sorted, without overlaps (first pattern wins). */
export function foreignTypography(text: string): MtSpan[] {
  const spans: MtSpan[] = [];
  for (const { re } of TYPOGRAPHY_PATTERNS)
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, type: 'typography', quote: m[0] });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MtSpan[] = [];
  for (const s of spans) if (out.length === 0 || s.start >= (out[out.length - 1] as MtSpan).end) out.push(s);
  return out;
}

/** Count of matches per pattern name (for a case's meta). */
export function typographyCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name, re } of TYPOGRAPHY_PATTERNS) {
    const n = [...text.matchAll(re)].length;
    if (n > 0) counts[name] = n;
  }
  return counts;
}
