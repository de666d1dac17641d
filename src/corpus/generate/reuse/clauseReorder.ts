/**
 * Clause reordering inside one sentence, the structural half of spinning: move an attribution
 * ("X said on Monday that Y." ↔ "Y, X said on Monday."), front or back a subordinate clause
 * ("Y after Z." ↔ "After Z, Y."), or swap two coordinated main clauses ("A, and B." → "B, and
 * A."). Sentences with quoted speech or a dateline are left alone. Each rewrite returns undefined when its
 * pattern does not match. O(length of the sentence).
 */
import type { Random } from '../random.ts';
import { capitalize, decapitalize, type Vocabulary } from './casing.ts';

/** A rewrite of one sentence, given the text's lowercase vocabulary (for names). */
export type ClauseRewrite = (sentence: string, vocabulary: Vocabulary) => string | undefined;

/** Speech verbs of attributions, with an optional object ("told reporters"). */
const SPEECH = `(?:said|says|added|announced|warned|argued|noted|estimated|reported|told (?:reporters|journalists|supporters|analysts|investors|councillors|lawmakers|parliament))`;
/** An optional time after the speech verb ("on Monday", "late on Sunday", "in a statement"). */
const WHEN = String.raw`(?: (?:late |early )?on \p{Lu}\p{Ll}+day| in a statement| on \p{Lu}\p{Ll}+ \d+)?`;
/** Longest speaker phrase, in words, for a trailing attribution. */
const MAX_SPEAKER_WORDS = 9;
/** Shortest clause, in words, worth moving (shorter moves read as errors, not spin). */
const MIN_CLAUSE_WORDS = 3;

const QUOTES = /["\u201C\u201D]/;
/** A speech verb, whose scope a swap would change. */
const SPEECH_IN_CLAUSE = /\b(?:said|says|told|added|argued|warned)\b/;

/** A wire dateline ("LAGOS, Sept 9 (…) - …") opens the lead; it must stay first. */
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'-]*,/u;
/** Sentences a rewrite may touch: no quoted speech, no dateline. */
const fixed = (s: string) => QUOTES.test(s) || DATELINE.test(s);
const words = (s: string) => s.trim().split(/\s+/).length;

/** "X said on Monday that Y." → "Y, x said on Monday." */
export const attributionToEnd: ClauseRewrite = (s, vocabulary) => {
  const m = new RegExp(String.raw`^([^,]{2,80}?) (${SPEECH})(${WHEN}) that (.+)\.$`, 'u').exec(s);
  if (!m || fixed(s) || words(m[4] as string) < MIN_CLAUSE_WORDS || / and that /.test(m[4] as string)) return undefined;
  return `${capitalize(m[4] as string)}, ${decapitalize(m[1] as string, vocabulary)} ${m[2]}${m[3]}.`;
};

/** "Y, X said on Monday." → "X said on Monday that y." */
export const attributionToFront: ClauseRewrite = (s, vocabulary) => {
  const m = new RegExp(String.raw`^(.+), ([^,]{2,80}?) (${SPEECH})(${WHEN})\.$`, 'u').exec(s);
  if (!m || fixed(s) || words(m[2] as string) > MAX_SPEAKER_WORDS || words(m[1] as string) < MIN_CLAUSE_WORDS) return undefined;
  if (/\b(?:and|but|which|who)\b/.test(m[2] as string)) return undefined;
  return `${capitalize(m[2] as string)} ${m[3]}${m[4]} that ${decapitalize(m[1] as string, vocabulary)}.`;
};

/** Subordinators that can open or close a sentence. */
const SUBORDINATORS = 'after|before|because|although|though|while|when|until|once|since';

/** Words before a subordinator that bind it to the main clause ("shortly after", "say when"). */
const BOUND_BEFORE = /\b(?:shortly|soon|just|even|only|right|immediately|long|days|hours|weeks|months|years|minutes|say|know|ask|asked|explain|clear|unclear|decide|sure|and|or|but|not|ever|has|have|had|is|are|was|were|be|been|will|would)$/i;
/** A finite verb, crudely: what makes "after Z" a clause rather than a prepositional phrase. */
const FINITE_VERB = /\b(?:\w+ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|\w+s|began|took|fell|rose|became|came|went|made|left|got|won|lost|began|ran|saw|grew)\b/;
/** Clause openers that make a moved clause dangle ("and", "then"). */
const CONJUNCTION_START = /^(?:and|but|or|then|so|yet)\b/i;

/** "After Z, Y." → "Y after z." (both parts comma-free). */
export const subordinateToEnd: ClauseRewrite = (s, vocabulary) => {
  const m = new RegExp(String.raw`^(${SUBORDINATORS.replace(/\b(\w)/g, (c) => c.toUpperCase())}) ([^,]+), ([^,]+)\.$`).exec(s);
  if (!m || fixed(s) || words(m[2] as string) < MIN_CLAUSE_WORDS || words(m[3] as string) < MIN_CLAUSE_WORDS) return undefined;
  if (CONJUNCTION_START.test(m[3] as string) || /^then\b/.test(m[2] as string)) return undefined;
  return `${capitalize(m[3] as string)} ${(m[1] as string).toLowerCase()} ${decapitalize(m[2] as string, vocabulary)}.`;
};

/** "Y after Z." → "After Z, y." (Z without commas). */
export const subordinateToFront: ClauseRewrite = (s, vocabulary) => {
  const m = new RegExp(String.raw`^([^,]+?),? (${SUBORDINATORS}) ([^,]+)\.$`).exec(s);
  if (!m || fixed(s) || words(m[1] as string) < MIN_CLAUSE_WORDS + 1 || words(m[3] as string) < MIN_CLAUSE_WORDS) return undefined;
  if (BOUND_BEFORE.test(m[1] as string) || / and /.test(m[3] as string) || /^\d/.test(m[3] as string)) return undefined;
  if (!FINITE_VERB.test(m[3] as string) || SPEECH_IN_CLAUSE.test(m[1] as string)) return undefined; // a phrase, or reported speech
  return `${capitalize(m[2] as string)} ${m[3]}, ${decapitalize(m[1] as string, vocabulary)}.`;
};

/** Words that can open an independent clause (a subject), so "A, and B" is two clauses. */
const SUBJECT_START = /^(?:the|a|an|his|her|its|their|our|he|she|it|they|we|some|many|most|\p{Lu}\p{L}*|\d)/u;

/** "A, and B." → "B, and a." (both clauses comma-free and long enough). */
export const swapCoordinated: ClauseRewrite = (s, vocabulary) => {
  const m = /^([^,]+), and ([^,]+)\.$/.exec(s);
  if (!m || fixed(s)) return undefined;
  const [a, b] = [m[1] as string, m[2] as string];
  if (words(a) < MIN_CLAUSE_WORDS + 2 || words(b) < MIN_CLAUSE_WORDS + 2 || !SUBJECT_START.test(b)) return undefined;
  if (SPEECH_IN_CLAUSE.test(a)) return undefined; // "He said X, and Y": Y is not his to move

  return `${capitalize(b)}, and ${decapitalize(a, vocabulary)}.`;
};

/** Every clause rewrite, in a fixed order. */
export const CLAUSE_REWRITES: readonly ClauseRewrite[] = [
  attributionToEnd,
  attributionToFront,
  subordinateToEnd,
  subordinateToFront,
  swapCoordinated,
];

/** One applicable rewrite of `sentence`, chosen at random; undefined when none applies. */
export function reorderClauses(sentence: string, random: Random, vocabulary: Vocabulary): string | undefined {
  const options = CLAUSE_REWRITES.map((r) => r(sentence, vocabulary)).filter((s): s is string => s !== undefined && s !== sentence);
  return options.length === 0 ? undefined : random.pick(options);
}
