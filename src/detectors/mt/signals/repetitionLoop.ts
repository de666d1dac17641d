/**
 * Degenerate repetition: the same word or phrase of one to twelve words repeated back to back
 * four times or more ("Bern, Bern, Bern, Bern", "the Chinese bank's financial products, the
 * Chinese bank's financial products, …", whole clauses: "the history of the people who lived in
 * the country, the history of …"); three copies are still rhetoric or dialogue.
 * Neural MT falls into such loops when it hallucinates; people do not write them in news prose.
 * Only letter words count (so tables of figures do not). One `other` span per loop, from the
 * first copy to the end of the last. Cost: O(tokens × MAX_PHRASE²): copies are counted only for
 * phrases that can qualify, and a qualifying run is skipped whole once found.
 */
import type { DocView } from '../context.ts';
import type { Hit } from '../hit.ts';

export const SIGNAL = 'repetitionLoop';

const HAS_LETTER = /\p{L}/u;
/** Longest repeated phrase looked for, in words: neural MT loops whole clauses of ten words and more. */
const MAX_PHRASE = 12;
/** Copies needed for a single word (twice or thrice is rhetoric: "very, very", "location, location, location"). */
const MIN_COPIES_WORD = 4;
/** A repeated word or phrase needs a word this long ("ha ha ha ha", "la-la la-la" are laughter and songs). */
const MIN_WORD_LETTERS = 3;
/** Copies needed for a phrase of two words or more (three is still rhetoric or dialogue: "come in, come in, come in"). */
const MIN_COPIES_PHRASE = 4;

export function repetitionLoops(view: DocView): Hit[] {
  const words = view.tokens.filter((t) => HAS_LETTER.test(t.text));
  const keys = words.map((t) => t.lower);
  const out: Hit[] = [];
  let i = 0;
  while (i < keys.length) {
    let found: { n: number; copies: number } | undefined;
    let hasLongWord = false;
    for (let n = 1; n <= MAX_PHRASE && i + 2 * n <= keys.length; n++) {
      // a phrase without a long word never qualifies: do not count its copies (that would be quadratic on "ha ha ha …")
      hasLongWord ||= (keys[i + n - 1] as string).length >= MIN_WORD_LETTERS;
      if (!hasLongWord) continue;
      let copies = 1;
      while (i + (copies + 1) * n <= keys.length) {
        let same = true;
        for (let k = 0; k < n && same; k++) same = keys[i + k] === keys[i + copies * n + k];
        if (!same) break;
        copies++;
      }
      const enough = copies >= (n === 1 ? MIN_COPIES_WORD : MIN_COPIES_PHRASE);
      if (enough && (!found || copies * n > found.copies * found.n)) found = { n, copies };
    }
    if (found) {
      const first = words[i] as (typeof words)[number];
      const lastWord = words[i + found.copies * found.n - 1] as (typeof words)[number];
      if (!view.text.slice(first.start, lastWord.end).includes('\n'))
        out.push({ start: first.start, end: lastWord.end, type: 'other', signal: SIGNAL, why: `${found.copies}× "${keys.slice(i, i + found.n).join(' ')}"` });
      i += found.copies * found.n;
    } else i++;
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [HAS_LETTER];
