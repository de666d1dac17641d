/**
 * A function word (or frequent verb) capitalised right after the one or two capitalised words
 * that open a sentence, and before a lowercase word ("Kustland Went up", "Kyiv Has shipped",
 * "Wellington The residents"): rule-based MT takes an unknown first word for a sentence of its
 * own and capitalises the next one. A title inside a sentence ("Despicable Me is") is English. English capitalises a function word inside a sentence
 * only in titles and names, which go on in capitals ("told The Guardian", "Takin' It To the
 * Streets"), so a lowercase word after it, not followed by a capitalised one, is the tell. Title-case lines (headlines) are skipped; "May" and
 * "I" are excluded. Document-level evidence (no span: the fault is the reordering, not the
 * word). Cost: O(tokens).
 */
import { STOP_WORDS } from '../../../kernels/stopwords.ts';
import type { DocView } from '../context.ts';
import type { WordToken } from '../tokens.ts';

export const SIGNAL = 'capitalisedFunctionWord';

/** Function words that are also names or months, capitalised legitimately anywhere. */
const ALSO_NAMES = new Set(['i', 'may', 'will', 'up', 'us', 'no', 'so', 'over']);
/** Frequent verbs rule-based MT capitalises the same way ("Went", "Said"). */
const VERBS = new Set(['said', 'says', 'went', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'told', 'added']);

const WORDS = /\p{L}+/gu;
const CAPITALISED = /^\p{Lu}/u;
const CLAUSE_GAP = /^,? $/;
/** Share of capitalised words that makes a line a headline. */
const HEADLINE_SHARE = 0.6;

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

function headlineLines(view: DocView): Set<number> {
  const out = new Set<number>();
  view.lines.forEach((line, i) => {
    const words = line.text.match(WORDS) ?? [];
    const caps = words.filter((w) => CAPITALISED.test(w)).length;
    if (words.length >= 3 && caps >= HEADLINE_SHARE * words.length) out.add(i);
  });
  return out;
}

export function capitalisedFunctionWords(view: DocView): Found[] {
  const out: Found[] = [];
  const headlines = headlineLines(view);
  let line = 0;
  for (const t of view.tokens) {
    while (line < view.lines.length && (view.lines[line] as { end: number }).end <= t.start) line++;
    if (t.shape !== 'title' || t.initial || t.text.length < 2 || headlines.has(line)) continue;
    if (ALSO_NAMES.has(t.lower) || !(STOP_WORDS.has(t.lower) || VERBS.has(t.lower))) continue;
    const prev = view.tokens[t.index - 1] as WordToken | undefined;
    const next = view.tokens[t.index + 1] as WordToken | undefined;
    if (!prev || !next || next.shape !== 'lower' || next.initial) continue;
    // a title goes on in capitals ("Takin' It To the Streets", "Taxpayers Against the Death Penalty")
    const after = view.tokens[t.index + 2];
    if (after && !after.initial && (after.shape === 'title' || after.shape === 'upper')) continue;
    if (prev.shape !== 'title' && prev.shape !== 'upper') continue;
    // the capitalised word opens the sentence (one or two words): a title inside a sentence is English ("Despicable Me is")
    const opener = view.tokens[prev.index - 1];
    if (!prev.initial && !(opener?.initial && (opener.shape === 'title' || opener.shape === 'upper') && view.text.slice(opener.end, prev.start) === ' ')) continue;
    if (!CLAUSE_GAP.test(view.text.slice(prev.end, t.start)) || view.text.slice(t.end, next.start) !== ' ') continue;
    out.push({ start: prev.start, end: next.end, quote: view.text.slice(prev.start, next.end) });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [WORDS, CAPITALISED, CLAUSE_GAP];
