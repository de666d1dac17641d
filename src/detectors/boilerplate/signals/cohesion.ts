/**
 * Lexical cohesion with the neighbourhood: the share of a line's content words (four letters
 * or more, not function words, not numbers) that also occur in the lines around it. Paragraphs
 * of one article keep returning to the same names and terms; a sidebar of teasers, a comment
 * thread or a pasted appeal changes subject at every line. Lines with fewer than MIN_CONTENT
 * content words get -1 (too short to say). Cost: O(lines × WINDOW × words per line) with
 * hash-set lookups.
 */
import type { LineView } from '../lineView.ts';
import { isFunctionWord } from './functionWords.ts';

/** Lines on each side that make up a line's neighbourhood. */
export const WINDOW = 5;
/** Fewest content words a line needs for its cohesion to mean anything. */
const MIN_CONTENT = 4;
/** Shortest content word. */
const MIN_LETTERS = 4;
export const NUMERIC = /^[\d.,]+$/u;

function contentWords(line: LineView): Set<string> {
  const out = new Set<string>();
  for (const w of line.words) {
    if (w.length < MIN_LETTERS || NUMERIC.test(w)) continue;
    const lw = w.toLowerCase();
    if (!isFunctionWord(lw)) out.add(lw);
  }
  return out;
}

/** Cohesion of every line in [0, 1], or -1 for lines too short to measure. */
export function cohesion(lines: readonly LineView[]): number[] {
  const sets = lines.map(contentWords);
  return sets.map((own, i) => {
    if (own.size < MIN_CONTENT) return -1;
    let shared = 0;
    for (const w of own) {
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(sets.length - 1, i + WINDOW); j++) {
        if (j !== i && (sets[j] as Set<string>).has(w)) {
          shared++;
          break;
        }
      }
    }
    return shared / own.size;
  });
}
