/**
 * Paragraph reordering for heavy spinning: the opening paragraphs stay put (the headline and
 * the lead carry the story) and some neighbouring pairs of the rest trade places.
 * O(number of paragraphs).
 */
import type { Random } from '../random.ts';

/** A new order of `count` paragraphs (indices), keeping the first `keep` in place. */
export function reorderParagraphs(count: number, random: Random, options: { keep: number; swapRate: number }): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = options.keep; i + 1 < count; i++) {
    if (random.chance(options.swapRate)) {
      [order[i], order[i + 1]] = [order[i + 1] as number, order[i] as number];
      i++; // a paragraph moves at most one place
    }
  }
  return order;
}
