/**
 * Subject–verb agreement errors that edited English does not print and that MT makes when it
 * loses a subject or a number: a plural or second-person pronoun before a singular verb ("they
 * has", "we was"), a singular pronoun before a plural one ("it are", "he have"), and a finite
 * verb after infinitive "to" ("too young to has been"). Not after an auxiliary or a verb taking a
 * bare infinitive ("does it have", "should he have"). Document-level evidence. Cost: O(n), one
 * pass, no nested quantifiers (the look-behind is a fixed list of words).
 */
import type { Found } from './capitalisedFunctionWord.ts';

export const SIGNAL = 'agreementError';

/** Words after which "it have", "he are" are grammatical ("does it have", "should he have", "let it be"). */
const AUXILIARY = '(?:do|does|did|will|would|can|could|should|shall|may|might|must|let|make|makes|made|help|helps|see|saw|hear|heard|watch|not|and|or)';
const AGREEMENT = new RegExp(`(?<!\\b${AUXILIARY} )\\b(?:(?:they|we|you) (?:has|is|was|does)|(?:he|she|it) (?:have|are)|to (?:has|does))\\b`, 'gi');

export function agreementErrors(text: string): Found[] {
  return [...text.matchAll(AGREEMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length, quote: m[0] }));
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [AGREEMENT];
