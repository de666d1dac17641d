/**
 * Proper nouns left in lowercase ("kyiv", "on monday", "Amina wekesa"): MT from languages
 * that do not capitalise what English does (days, months, nationalities) or that lose case.
 * A lowercase word is a lowered name when it is not a common English word (so "union",
 * "terminal" and "may" never count, even where the text also writes "Union" or "May") and
 * either
 * - the gazetteer knows it as a name WordNet only capitalises ("monday", "europe", "lyon"), or
 * - the document itself writes it capitalised (in mid-sentence, outside headlines) at least
 *   as often as in lowercase (its own names), or
 * - it is no word at all in English, French or Spanish (nor an English compound, derived form
 *   or misspelling: "chipmaker Intel", "childrens Hospital"), has a vowel (not an abbreviation
 *   like "plc"), and stands next to a capitalised word
 *   in mid-sentence, or to a capitalised non-English word anywhere ("Amina wekesa",
 *   "valentina Arancibia", "Dr. Olena savchuk"; name particles such as "von", "bin" excepted).
 * A word the document writes in lowercase twice or more and never capitalised is left alone:
 * that is the writer's choice (Ukrainian outlets write "russia" and "putin" on purpose), not
 * an MT slip. Cost: O(tokens) lookups.
 */
import { attachedToName, type DocView } from '../context.ts';
import type { Hit } from '../hit.ts';
import { englishLike } from '../englishLike.ts';
import { commonEnglish, englishWords, gazetteer, isFrenchOrSpanish } from '../lexicon.ts';
import type { WordToken } from '../tokens.ts';

export const SIGNAL = 'lowercaseProperNoun';

/** Shortest word judged ("nov" and "aug" are names; two letters are mostly abbreviations). */
const MIN_LETTERS = 3;
/** Longest word judged: no name is longer. */
const MAX_LETTERS = 40;
/** Lowercase particles of personal and place names. */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'des', 'del', 'della', 'dos', 'das', 'do', 'la', 'le', 'ibn', 'bin', 'bint', 'al', 'el', 'ter', 'ten', 'zu', 'af', 'av', 'y', 'e', 'ben', 'abu', 'sur', 'upon', 'les', 'los', 'las', 'st']);
const ALPHABETIC = /^[\p{L}\p{M}]+$/u;
const HAS_LETTER = /\p{L}/u;
const MARK_CHAR = /[*#@]/;
const VOWEL = /[aeiouy]/;
/** Lowercase uses (and no capitalised one) that make lowercase the writer's choice, not a slip. */
const CONSISTENT_LOWERCASE = 2;

/** Least share of capitalised words that makes a line title case (a headline: its capitals say nothing). */
const TITLE_CASE_SHARE = 0.6;
/** Fewest words a line needs to be judged title case. */
const TITLE_CASE_MIN_WORDS = 3;

/** `titleCase[i]`: token i sits on a title-case line. O(tokens). */
function titleCaseTokens(view: DocView): boolean[] {
  const out: boolean[] = new Array(view.tokens.length).fill(false);
  let k = 0;
  for (const line of view.lines) {
    const from = k;
    let words = 0;
    let capitals = 0;
    while (k < view.tokens.length && (view.tokens[k] as WordToken).start < line.end) {
      const t = view.tokens[k] as WordToken;
      if (HAS_LETTER.test(t.text)) {
        words++;
        if (t.shape === 'title' || t.shape === 'upper') capitals++;
      }
      k++;
    }
    if (words >= TITLE_CASE_MIN_WORDS && capitals >= TITLE_CASE_SHARE * words) for (let i = from; i < k; i++) out[i] = true;
  }
  return out;
}

/** How often the document writes each word capitalised as a name, and how often in lowercase. */
export interface CaseCounts {
  /** Capitalised in mid-sentence, or capitalised anywhere when no English word; title-case lines excluded. */
  readonly capital: Map<string, number>;
  readonly lower: Map<string, number>;
}

export function caseCounts(view: DocView): CaseCounts {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  const english = englishWords();
  const headline = titleCaseTokens(view);
  for (const t of view.tokens) {
    if (view.inLink[t.index]) continue;
    if (t.shape === 'lower') lower.set(t.lower, (lower.get(t.lower) ?? 0) + 1);
    else if (t.shape === 'title' && !headline[t.index] && (!t.initial || !english.has(t.lower))) capital.set(t.lower, (capital.get(t.lower) ?? 0) + 1);
  }
  return { capital, lower };
}

/** A capitalised word in mid-sentence, or one anywhere that is no common English word: a name. */
function isNameToken(t: WordToken | undefined): boolean {
  if (t === undefined || (t.shape !== 'title' && t.shape !== 'upper') || !ALPHABETIC.test(t.text)) return false;
  return !t.initial || !commonEnglish().has(t.lower);
}

export function lowercaseProperNouns(view: DocView, skip: (i: number) => boolean = () => false): Hit[] {
  const out: Hit[] = [];
  let counts: CaseCounts | undefined;
  const common = commonEnglish();
  for (const t of view.tokens) {
    if (t.shape !== 'lower' || t.text.length < MIN_LETTERS || t.text.length > MAX_LETTERS || !ALPHABETIC.test(t.text)) continue;
    if (view.inLink[t.index] || attachedToName(view, t.index) || skip(t.index) || common.has(t.lower) || NAME_PARTICLES.has(t.lower)) continue;
    if (MARK_CHAR.test(view.text[t.start - 1] ?? '')) continue;
    counts ??= caseCounts(view);
    const capital = counts.capital.get(t.lower) ?? 0;
    const lower = counts.lower.get(t.lower) ?? 0;
    // written in lowercase throughout: a deliberate choice of the writer ("russia", "putin"), not a slip
    if (capital === 0 && lower >= CONSISTENT_LOWERCASE) continue;
    let why: string | undefined;
    if (gazetteer().has(t.lower)) why = 'gazetteer name';
    else if (capital >= lower) why = 'capitalised elsewhere in the text';
    else if (capital === 0 && !englishWords().has(t.lower) && !isFrenchOrSpanish(t.lower) && VOWEL.test(t.lower) && !englishLike(t.lower)) {
      const prev = view.tokens[t.index - 1];
      const next = view.tokens[t.index + 1];
      const adjacent = (!t.initial && isNameToken(prev) && view.text.slice(prev?.end, t.start) === ' ') || (!next?.initial && isNameToken(next) && view.text.slice(t.end, next?.start) === ' ');
      if (adjacent) why = 'next to a name';
    }
    if (why) out.push({ start: t.start, end: t.end, type: 'casing', signal: SIGNAL, why });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [ALPHABETIC, HAS_LETTER, MARK_CHAR, VOWEL];
