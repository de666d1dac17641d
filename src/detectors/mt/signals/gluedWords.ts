/**
 * Glued multiword units: a token that is no word of any list but reads as several words run
 * together, at least one of them French or Spanish — what a rule-based system leaves when a
 * multiword unit fails ("huelgade48", "basadoenOsaka", "pisosdepiso", "91yearswidow"). The token
 * is cut at digit/letter and lower/upper boundaries, and each letter piece is split into the
 * fewest words of the English, French and Spanish lists (≥ 3 letters, or a Romance function
 * word such as "de", "en", "que"). It is glued when it yields two or more parts and (a part is
 * French or Spanish and not English, or a Romance function word follows another part, or it mixes
 * digits with two words). Not glued: an English word behind a short prefix ("deescalation"),
 * an English word with a derivational suffix ("installable"), a misspelt English word one edit
 * away from one ("definitley").
 * Cost: O(L² + 26·L) lexicon lookups per unknown token of length L (tokens over 40 characters
 * are skipped), so O(n) overall.
 */
import { attachedToName, type DocView } from '../context.ts';
import type { Hit } from '../hit.ts';
import { derivedEnglish, nearEnglish } from '../englishLike.ts';
import { englishWords, isEnglish, isFrenchOrSpanish } from '../lexicon.ts';

export const SIGNAL = 'gluedWords';

/** Shortest token examined (glued units join at least two words). */
const MIN_CHARS = 5;
/** Longest token examined; beyond this the split is costly and meaningless. */
const MAX_CHARS = 40;
/** Shortest piece of a split that is not a Romance function word. */
const MIN_PIECE = 3;
/** Shortest content word a glued unit is credited with (shorter pieces are mostly list noise). */
const MIN_CONTENT = 4;
/** French and Spanish function words that glue units together. */
const ROMANCE_FUNCTION = new Set(['de', 'del', 'en', 'la', 'el', 'los', 'las', 'que', 'con', 'por', 'para', 'al', 'du', 'des', 'le', 'les', 'et', 'au', 'aux', 'se', 'su', 'un', 'una', 'une', 'lo', 'ha', 'han', 'no', 'ni', 'ya', 'si', 'es']);

/** Runs of a token: figures, a (capitalised) lowercase word, or capitals. */
const RUNS = /\p{N}+|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])/gu;
const FIGURES = /^\p{N}+$/u;
const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_FIGURE = /\p{N}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const MARK_CHAR = /[*#@]/;

type Piece = { word: string; romance: boolean; fn: boolean; digits: boolean };

const isWord = (w: string): boolean => englishWords().has(w) || isFrenchOrSpanish(w);

/** A split's cost: fewer words first, then the most Romance reading (a function word counts 2, a French/Spanish-only word 1): the reading a glued unit has. */
type Split = { words: string[]; romance: number };
const better = (a: Split, b: Split | undefined): boolean => b === undefined || a.words.length < b.words.length || (a.words.length === b.words.length && a.romance > b.romance);
const romanceOnly = (w: string): boolean => !englishWords().has(w) && isFrenchOrSpanish(w);

/** The best split of a lowercase letter run into list words, or undefined. O(L²). */
function split(s: string): string[] | undefined {
  const n = s.length;
  const best: (Split | undefined)[] = new Array(n + 1).fill(undefined);
  best[0] = { words: [], romance: 0 };
  for (let i = 1; i <= n; i++)
    for (let j = 0; j < i; j++) {
      const prev = best[j];
      if (prev === undefined) continue;
      const w = s.slice(j, i);
      if (!(w.length >= MIN_PIECE || ROMANCE_FUNCTION.has(w)) || !isWord(w)) continue;
      const cand = { words: [...prev.words, w], romance: prev.romance + (ROMANCE_FUNCTION.has(w) ? 2 : romanceOnly(w) ? 1 : 0) };
      if (better(cand, best[i])) best[i] = cand;
    }
  return best[n]?.words;
}

/** The pieces of a token: digit runs, and the words of each letter run. */
function pieces(token: string): Piece[] | undefined {
  const runs = token.match(RUNS) ?? [];
  if (runs.join('') !== token) return undefined;
  const out: Piece[] = [];
  for (const run of runs) {
    if (FIGURES.test(run)) {
      out.push({ word: run, romance: false, fn: false, digits: true });
      continue;
    }
    const lower = run.toLowerCase();
    if (CAPITALISED.test(run) && out.length > 0) {
      // a capitalised part is a name glued on ("enOsaka")
      out.push({ word: lower, romance: false, fn: false, digits: false });
      continue;
    }
    const words = split(lower);
    if (!words) return undefined;
    // a capitalised particle opening a name is no glue ("DelGiorno", "ElBaradei", "LaGrou")
    words.forEach((w, k) => {
      out.push({ word: w, romance: romanceOnly(w), fn: ROMANCE_FUNCTION.has(w) && !(k === 0 && CAPITALISED.test(run)), digits: false });
    });
  }
  return out;
}

/** Why `token` is glued, or undefined. */
function computeGlued(token: string): string | undefined {
  if (token.length < MIN_CHARS || token.length > MAX_CHARS || !HAS_LETTER.test(token)) return undefined;
  const lower = token.toLowerCase();
  if (isEnglish(lower) || isFrenchOrSpanish(lower)) return undefined;
  const ps = pieces(token);
  if (!ps || ps.length < 2) return undefined;
  // an English word behind a short prefix is a coinage, not a glued unit ("deescalation")
  const first = ps[0] as Piece;
  if (!first.digits && first.word.length <= 3 && isEnglish(lower.slice(first.word.length))) return undefined;
  const content = ps.filter((p) => !p.digits && !p.fn);
  // a Romance function word gluing content words or figures: between two of them ("huelga+de+48",
  // "basado+en+Osaka"), or opening a unit of two more ("que+saluda+paseo"); not a lone syllable at an end ("covo+ya")
  const inside = ps.some((p, k) => p.fn && k > 0 && k < ps.length - 1 && !(ps[k - 1] as Piece).fn && !(ps[k + 1] as Piece).fn);
  const opening = (ps[0] as Piece).fn && ps.length >= 3;
  const byFunctionWord = (inside || opening) && content.length >= 1 && content.every((p) => p.word.length >= MIN_CONTENT);
  // figures glued to two lowercase words ("91yearswidow"); brands mix case ("Powerbeats3")
  const byDigits = ps.some((p) => p.digits) && content.length >= 2 && content.every((p) => p.word.length >= MIN_CONTENT) && !HAS_CAPITAL.test(token);
  const glued = byFunctionWord || byDigits;
  if (!glued) return undefined;
  // English the lists lack: a derived form or a typo ("installable", "definitley", "showel")
  if (LETTERS_ONLY.test(token) && (derivedEnglish(lower) || nearEnglish(lower))) return undefined;
  return `glued: ${ps.map((p) => p.word).join('+')}`;
}

/** Distinct tokens whose verdicts are remembered. */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string | undefined>();

/** Why `token` is glued, or undefined (memoised per distinct token). */
export function gluedEvidence(token: string): string | undefined {
  if (memo.has(token)) return memo.get(token);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const v = computeGlued(token);
  memo.set(token, v);
  return v;
}

export function gluedWords(view: DocView, skip: (i: number) => boolean = () => false): Hit[] {
  const out: Hit[] = [];
  for (const t of view.tokens) {
    // capitalised words are names ("Delacroix" is not de+la+croix) unless digits are glued on ("Centrode10")
    if (t.shape === 'upper' || (t.shape === 'title' && !HAS_FIGURE.test(t.text)) || view.inLink[t.index] || attachedToName(view, t.index) || skip(t.index)) continue;
    if (MARK_CHAR.test(view.text[t.start - 1] ?? '')) continue;
    const why = gluedEvidence(t.text);
    if (why) out.push({ start: t.start, end: t.end, type: 'untranslated', signal: SIGNAL, why });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [RUNS, FIGURES, CAPITALISED, HAS_LETTER, HAS_CAPITAL, HAS_FIGURE, LETTERS_ONLY, MARK_CHAR];
