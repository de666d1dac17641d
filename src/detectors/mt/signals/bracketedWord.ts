/**
 * A bracketed foreign word ("[leurs]", "[sobre]"): MT systems and careless post-editors leave a
 * source word they could not render in brackets. The word must be a French or Spanish word form
 * and either not English or not an English function word, so editorial insertions ("[the]",
 * "[in]", "[sic]") do not count. Cost: O(n), one regex pass without nested quantifiers.
 */
import { STOP_WORDS } from '../../../kernels/stopwords.ts';
import type { Hit } from '../hit.ts';
import { isEnglish, isFrenchOrSpanish } from '../lexicon.ts';

export const SIGNAL = 'bracketedWord';

/** One word of 2–30 letters in square brackets. */
const BRACKETED = /\[([\p{L}\p{M}'’]{2,30})\]/gu;
/** Editorial Latin that both English and the Romance lists hold. */
const EDITORIAL = new Set(['sic', 'etc', 'sp', 'ed', 'eds']);

export function bracketedWords(text: string): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const lower = (m[1] as string).toLowerCase();
    if (EDITORIAL.has(lower) || !isFrenchOrSpanish(lower)) continue;
    if (isEnglish(lower) && STOP_WORDS.has(lower)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'untranslated', signal: SIGNAL, why: isEnglish(lower) ? 'fr/es word (also English)' : 'fr/es word' });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [BRACKETED];
