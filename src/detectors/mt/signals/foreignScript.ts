/**
 * Words in a non-Latin script (Cyrillic, Greek, Han, kana, Hangul, Arabic, Hebrew, Devanagari,
 * Thai, Georgian, Armenian) in English text: source-language text the MT left untranslated
 * (a name, a title, a whole sentence). A word counts when at least two of its letters, and at
 * least half of them, are in such a script, so a Latin word with one look-alike letter typed
 * by a human ("WНO" with a Cyrillic Н, "105х195") does not. Consecutive such words on one
 * line (with only spaces and punctuation between) make one `untranslated` span.
 * Cost: O(n).
 */
import type { DocView } from '../context.ts';
import type { Hit } from '../hit.ts';

export const SIGNAL = 'foreignScript';

const FOREIGN_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Georgian}\p{Script=Armenian}]/gu;
const LETTERS = /\p{L}/gu;
const WORD_OR_BREAK = /[\n\p{L}\p{N}]/u;
/** Fewest foreign-script letters in a word. */
const MIN_FOREIGN_LETTERS = 2;
/** Least share of a word's letters in a foreign script. */
const MIN_FOREIGN_SHARE = 0.5;

export function foreignScriptWords(view: DocView): Hit[] {
  const out: Hit[] = [];
  let last: { start: number; end: number } | undefined;
  for (const t of view.tokens) {
    const foreign = t.text.match(FOREIGN_LETTER)?.length ?? 0;
    if (foreign < MIN_FOREIGN_LETTERS) continue;
    const letters = t.text.match(LETTERS)?.length ?? 0;
    if (foreign < MIN_FOREIGN_SHARE * letters) continue;
    const gap = last ? view.text.slice(last.end, t.start) : '\n';
    if (last && !WORD_OR_BREAK.test(gap)) last.end = t.end;
    else {
      if (last) out.push({ ...last, type: 'untranslated', signal: SIGNAL, why: 'non-Latin script' });
      last = { start: t.start, end: t.end };
    }
  }
  if (last) out.push({ ...last, type: 'untranslated', signal: SIGNAL, why: 'non-Latin script' });
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [FOREIGN_LETTER, LETTERS, WORD_OR_BREAK];
