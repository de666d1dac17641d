/**
 * Sentence merges and drops inside a paragraph, as heavy spinning does: two neighbouring
 * sentences become one ("A. B." → "A, and b." or "A; b."), or a sentence disappears. A
 * paragraph never loses its last sentence; sentences holding protected placeholders are never
 * dropped, and locked sentences (inside quoted speech) are neither dropped nor merged.
 * O(number of sentences).
 */
import type { Random } from '../random.ts';
import { decapitalize, type Vocabulary } from './casing.ts';

/** Protected ranges (see protect.ts) must survive. */
const PLACEHOLDER = /[\uE000-\uF8FF]/;
/** Joiners for merged sentences. */
const JOINERS = [', and ', '; ', ', while '] as const;

/** Merge two sentences into one; undefined when the first does not end in a plain full stop. */
export function mergeSentences(a: string, b: string, random: Random, vocabulary: Vocabulary): string | undefined {
  if (!/[^.]\.$/.test(a) || /["\u201D]$/.test(a)) return undefined;
  return a.slice(0, -1) + random.pick(JOINERS) + decapitalize(b, vocabulary);
}

export interface MergeDropResult {
  sentences: string[];
  merges: number;
  drops: number;
}

/**
 * Walk the sentences: drop each with probability `drop` (never `keepFirst` sentences at the
 * start, never the last one left) and merge it into the previous with probability `merge`.
 * `locked[i]` keeps sentence i whole and in place.
 */
export function mergeAndDrop(
  sentences: readonly string[],
  random: Random,
  rates: { merge: number; drop: number; keepFirst: number },
  vocabulary: Vocabulary,
  locked: readonly boolean[] = [],
): MergeDropResult {
  const out: string[] = [];
  let merges = 0;
  let drops = 0;
  let previousLocked = true;
  sentences.forEach((s, i) => {
    const remaining = sentences.length - i - 1 + out.length;
    const fixed = locked[i] === true;
    if (!fixed && i >= rates.keepFirst && remaining > 0 && !PLACEHOLDER.test(s) && random.chance(rates.drop)) {
      drops++;
      return;
    }
    const previous = out[out.length - 1];
    const mergeable = previous !== undefined && !fixed && !previousLocked;
    const merged = mergeable && random.chance(rates.merge) ? mergeSentences(previous, s, random, vocabulary) : undefined;
    if (merged !== undefined) {
      out[out.length - 1] = merged;
      merges++;
    } else out.push(s);
    previousLocked = fixed;
  });
  return { sentences: out, merges, drops };
}
