/**
 * One-word sentences made of a discourse marker ("Anyway.", "Well.", "Then."): MT renders
 * French and Spanish markers ("Bref.", "Bon.", "Bueno.") literally as sentences of their own,
 * which English prose does not write outside dialogue. The sentence must sit inside running
 * text (a sentence before it on the same line), outside quotation marks, and its word must be a
 * discourse marker, adverb or interjection of the list below. Span type `mistranslation`, over
 * the word and its full stop. Cost: O(n), one regex pass.
 */
import type { Hit } from '../hit.ts';

export const SIGNAL = 'oneWordSentence';

/** English discourse markers, sentence adverbs and interjections that cannot stand as a sentence in news prose. */
const MARKERS = new Set([
  'anyway', 'well', 'good', 'then', 'so', 'finally', 'also', 'thus', 'therefore', 'however', 'besides', 'moreover',
  'furthermore', 'now', 'still', 'yet', 'indeed', 'certainly', 'surely', 'clearly', 'fine', 'okay', 'ok', 'right',
  'enough', 'hence', 'meanwhile', 'otherwise', 'likewise', 'again', 'lastly', 'next', 'afterwards', 'later',
  'nevertheless', 'nonetheless', 'accordingly', 'consequently', 'instead', 'rather', 'briefly',
  'namely', 'obviously', 'actually', 'basically', 'bad', 'there', 'here', 'thereby', 'whereby', 'too',
]);

/** A capitalised word and a full stop after a sentence end and a space (the previous sentence ends with . ! ? and maybe a quote). */
const CANDIDATE = /(?<=[.!?]["”’»)]? )(\p{Lu}\p{Ll}+)\.(?= |$|\n)/gmu;

/** Tracks whether a position is inside a quotation opened earlier on its line; positions must ascend. O(n) in total. */
function quoteTracker(text: string): (at: number) => boolean {
  let i = 0;
  let straight = 0;
  let open = 0;
  return (at) => {
    for (; i < at; i++) {
      const c = text[i];
      if (c === '\n') {
        straight = 0;
        open = 0;
      } else if (c === '"') straight++;
      else if (c === '“' || c === '«') open++;
      else if ((c === '”' || c === '»') && open > 0) open--;
    }
    return straight % 2 === 1 || open > 0;
  };
}

export function oneWordSentences(text: string): Hit[] {
  const out: Hit[] = [];
  const insideQuote = quoteTracker(text);
  for (const m of text.matchAll(CANDIDATE)) {
    const word = (m[1] as string).toLowerCase();
    if (!MARKERS.has(word) || insideQuote(m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'mistranslation', signal: SIGNAL, why: `"${m[0]}" alone` });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [CANDIDATE];
