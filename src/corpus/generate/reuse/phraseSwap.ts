/**
 * Phrase-level spinning (outside quoted speech unless asked): "and" → "&", and stock paraphrases of the
 * small words synonym dictionaries skip ("said" → "stated", "more than" → "over", "after the"
 * → "following the"). Each occurrence is rewritten with a given probability. O(length of text).
 */
import type { Random } from '../random.ts';
import { matchCase } from './synonymSwap.ts';
import { quotedRanges } from './tokens.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A stock rewrite: a pattern (its match is replaced) and its substitutes, or a rule deriving one. */
interface Paraphrase {
  pattern: RegExp;
  substitutes: readonly string[];
  derive?: (match: string) => string;
  /** Multiplies the paraphrase rate for this entry (default 1). */
  weight?: number;
}

/** "it is" → "it's", "we have" → "we've", "I am" → "I'm". */
function contract(m: string): string {
  const [a, b] = m.split(' ') as [string, string];
  return `${a}'${{ is: 's', are: 're', have: 've', am: 'm' }[b] ?? b}`;
}

/** Rewrites content farms apply to news copy; hand-made for rehash. */
export const PARAPHRASES: readonly Paraphrase[] = [
  { pattern: /\b(said)\b/gi, substitutes: ['stated', 'noted', 'remarked'] },
  { pattern: /\b(says)\b/gi, substitutes: ['states', 'notes'] },
  { pattern: /\b(told)(?= (?:reporters|journalists|analysts|investors)\b)/gi, substitutes: ['informed'] },
  { pattern: /\b(according to)\b/gi, substitutes: ['as per', 'based on'] },
  { pattern: /\b(more than)(?= \d)/gi, substitutes: ['over', 'in excess of'] },
  { pattern: /\b(about|roughly|some)(?= [$€£]?\d)/gi, substitutes: ['around', 'approximately', 'nearly'] },
  { pattern: /\b(because of)\b/gi, substitutes: ['due to', 'owing to'] },
  { pattern: /\b(as well as)\b/gi, substitutes: ['along with', 'together with'] },
  { pattern: /\b(however)\b/gi, substitutes: ['nevertheless', 'nonetheless'] },
  { pattern: /\b(also)\b/gi, substitutes: ['additionally', 'likewise'] },
  { pattern: /\b(after)(?= (?:(?:the |a )?\d|midnight|noon|dawn|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))/gi, substitutes: ['following'] },
  { pattern: /\b(before)(?= (?:(?:the |a )?\d|midnight|noon|dawn|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))/gi, substitutes: ['prior to', 'ahead of'] },
  { pattern: /\b(despite)\b/gi, substitutes: ['in spite of', 'regardless of'] },
  { pattern: /\b(at least)\b/gi, substitutes: ['no fewer than', 'a minimum of'] },
  { pattern: /\b(people)\b/gi, substitutes: ['individuals', 'persons'] },
  { pattern: /\b(in order to)\b/gi, substitutes: ['so as to', 'to'] },
  { pattern: /\b(but)(?= (?:the|a|an|he|she|it|they|his|her|its|their)\b)/gi, substitutes: ['yet', 'though'] },
  { pattern: /\b(on )(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g, substitutes: [''] },
  { pattern: /(?<=\d)(?:%| percent\b| per cent\b)/g, substitutes: [], derive: (m) => (m === '%' ? ' percent' : '%') },
  { pattern: /\b(a number of)\b/gi, substitutes: ['several', 'various'] },
  { pattern: /\b(a total of)\b/gi, substitutes: ['in all', 'altogether'] },
  { pattern: /\b(as many as)\b/gi, substitutes: ['up to'] },
  { pattern: /\b(up to)(?= [$€£]?\d)/gi, substitutes: ['as many as', 'a maximum of'] },
  { pattern: /\b(expected to)\b/gi, substitutes: ['set to', 'anticipated to', 'projected to'] },
  { pattern: /\b(because)\b/gi, substitutes: ['since', 'as'] },
  { pattern: /\b(although)\b/gi, substitutes: ['though', 'even though'] },
  { pattern: /(?<=, )(while)\b/g, substitutes: ['whereas'] },
  { pattern: /\b(including)\b/gi, substitutes: ['such as', 'among them'] },
  { pattern: /\b(such as)\b/gi, substitutes: ['like', 'including'] },
  { pattern: /\b(among)\b/gi, substitutes: ['amongst'] },
  { pattern: /\b(until)\b/gi, substitutes: ['till', 'up until'] },
  { pattern: /\b(nearly)\b/gi, substitutes: ['almost', 'close to'] },
  { pattern: /\b(almost)\b/gi, substitutes: ['nearly', 'virtually'] },
  { pattern: /\b(several)\b/gi, substitutes: ['a number of', 'numerous'] },
  { pattern: /\b(many)(?= \p{Ll})/giu, substitutes: ['numerous', 'lots of', 'plenty of'] },
  { pattern: /\b(already)\b/gi, substitutes: ['by now', 'previously'] },
  { pattern: /\b(in a statement)\b/gi, substitutes: ['in a press release', 'in a written statement'] },
  { pattern: /\b(whether)\b/gi, substitutes: ['if'] },
  { pattern: /\b(during)\b/gi, substitutes: ['throughout', 'in the course of'] },
  { pattern: /\b(near)(?= (?:the|a|an|\p{Lu}))/gu, substitutes: ['close to', 'not far from'] },
  // contractions, which spun copy is full of
  { pattern: /\b(did not|does not|do not|is not|was not|were not|are not|has not|have not|had not|would not|could not|should not)\b/gi, substitutes: [], derive: (m) => `${m.slice(0, m.lastIndexOf(' '))}n't` },
  { pattern: /\b(will not)\b/gi, substitutes: ["won't"] },
  { pattern: /\b(cannot)\b/gi, substitutes: ["can't"] },
  // "said that he" → "said he": the complementiser is optional after speech verbs
  { pattern: /(?<=\b(?:said|says|told \w+|added|argued|warned|noted|stated|announced))( that)(?= (?:the|a|an|he|she|it|they|we|his|her|its|their|\p{Lu}))/gu, substitutes: [''] },
  { pattern: /\b(by the end of)\b/gi, substitutes: ['before the end of', 'by the close of'] },
  { pattern: /\b(in)(?= (?:the )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g, substitutes: ['during'] },
  { pattern: /\b(so far)\b/gi, substitutes: ['to date', 'up to now'] },
  { pattern: /\b(last year)\b/gi, substitutes: ['the previous year', 'the year before'] },
  { pattern: /\b(next year)\b/gi, substitutes: ['the coming year', 'the following year'] },
  { pattern: /\b(a year)\b/gi, substitutes: ['per year', 'annually', 'each year'] },
  // house-style changes to figures and dates (the value stays the same)
  { pattern: /(?<=\d),(?=\d{3}(?!\d))/g, substitutes: [''] },
  // thesaurus-style preposition and modal swaps of crude spinners
  { pattern: /\b(in)(?= the\b)/g, substitutes: ['within', 'inside'], weight: 0.5 },
  { pattern: /\b(on)(?= the\b)/g, substitutes: ['upon'], weight: 0.5 },
  { pattern: /\b(about)(?= (?:the|a|an|his|her|its|their|how|what|whether)\b)/gi, substitutes: ['regarding', 'concerning'] },
  { pattern: /\b(could)\b/g, substitutes: ['might'], weight: 0.5 },
  { pattern: /\b(it is|that is|they are|we are|we have|there is|I am|you are)\b/g, substitutes: [], derive: contract },
  {
    pattern: /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?= \d)/g,
    substitutes: [],
    derive: (m) => MONTHS.find((month) => month.startsWith(m.replace('.', ''))) ?? m,
  },
];

/** A standalone "and" between words (not "&" already, not inside "and/or"). */
const AND = /(?<= )(and)(?= )/g;

export interface PhraseSwapResult {
  text: string;
  ampersands: number;
  paraphrases: number;
}

function outsideQuotes(text: string, quotesToo: boolean): (at: number) => boolean {
  if (quotesToo) return () => true;
  const quotes = quotedRanges(text);
  return (at) => !quotes.some((q) => q.start <= at && at < q.end);
}

/** Rewrite each `pattern` match outside quotes with probability `p`; returns the count. */
function rewrite(text: string, { pattern, substitutes, derive, weight = 1 }: Paraphrase, rate: number, quotes: boolean, random: Random): [string, number] {
  const free = outsideQuotes(text, quotes);
  const p = rate * weight;
  let count = 0;
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const at = rest.find((x) => typeof x === 'number') as number;
    if (!free(at) || !random.chance(p)) return match;
    count++;
    const substitute = derive ? derive(match) : random.pick(substitutes);
    return /^\p{L}/u.test(substitute) ? matchCase(substitute, match) : substitute;
  });
  return [out, count];
}

/**
 * Apply "&" with probability `ampersand` and each stock paraphrase with probability
 * `paraphrase` (times its weight), outside quoted speech unless `quotes` is set.
 */
export function swapPhrases(
  text: string,
  random: Random,
  rates: { ampersand: number; paraphrase: number; quotes: boolean },
): PhraseSwapResult {
  let [out, paraphrases] = [text, 0];
  for (const paraphrase of PARAPHRASES) {
    const [next, n] = rewrite(out, paraphrase, rates.paraphrase, rates.quotes, random);
    out = next;
    paraphrases += n;
  }
  const [final, ampersands] = rewrite(out, { pattern: AND, substitutes: ['&'] }, rates.ampersand, rates.quotes, random);
  return { text: final, ampersands, paraphrases };
}
