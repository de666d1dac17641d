/**
 * Filler adverbials at sentence starts ("Notably, the ministry said …"), the padding content
 * farms add to spun copy. Sentences that open with quoted speech or a dateline are left
 * alone. O(length of the sentence).
 */
import type { Random } from '../random.ts';
import { decapitalize, type Vocabulary } from './casing.ts';

/** Openers that add no facts; hand-made for rehash. */
export const FILLERS: readonly string[] = [
  'Notably',
  'In fact',
  'Meanwhile',
  'Additionally',
  'Reportedly',
  'Importantly',
  'As it turns out',
  'In particular',
  'At the same time',
  'Interestingly',
];

/** Sentences that must keep their first word (quoted speech, a wire dateline, a list item). */
const FIXED_START = /^(?:["\u201C\u2022]|\p{Lu}{2,}[\p{Lu}\s.'-]*,)/u;

/** Prepend a filler to `sentence`; undefined when its start must stay. */
export function addFiller(sentence: string, random: Random, vocabulary: Vocabulary): string | undefined {
  if (FIXED_START.test(sentence) || !/^\p{Lu}/u.test(sentence)) return undefined;
  return `${random.pick(FILLERS)}, ${decapitalize(sentence, vocabulary)}`;
}
