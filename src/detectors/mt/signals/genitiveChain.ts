/**
 * Genitive chains: Romance "N de N de N" rendered word for word ("the office of coordination
 * of subjects of prisoner of the government"), where English uses compounds and possessives
 * ("the government's prisoner affairs office"). Reports each "of X of" link (X one word, maybe
 * after "the") and the share of words that are "of" — about 2% in English news, 6–10% in
 * literal MT from French or Spanish, and raised in translationese too, so the model weighs it
 * against human references. Document-level evidence. Cost: O(n), one regex pass and one count.
 */
import type { DocView } from '../context.ts';
import type { Found } from './capitalisedFunctionWord.ts';

export const SIGNAL = 'genitiveChain';

/** "of", an optional article, one word, "of". */
const LINK = /\bof (?:the |a |an )?[\p{L}'’-]{1,30} of\b/gu;

export interface Genitives {
  readonly links: Found[];
  /** "of" tokens per word (0 for a text without words). */
  readonly ofShare: number;
}

export function genitiveChains(view: DocView): Genitives {
  const links = [...view.text.matchAll(LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length, quote: m[0] }));
  let of = 0;
  for (const t of view.tokens) if (t.lower === 'of') of++;
  return { links, ofShare: view.tokens.length === 0 ? 0 : of / view.tokens.length };
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [LINK];
