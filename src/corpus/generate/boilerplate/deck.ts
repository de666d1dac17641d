/**
 * A shuffled deck that deals every item once before reshuffling, so a few hundred draws use
 * every template (or content line) of a list instead of leaving some out by chance.
 * O(items) per reshuffle, O(1) per draw.
 */
import type { Random } from '../random.ts';

export interface Deck<T> {
  draw(): T;
}

export function deck<T>(items: readonly T[], random: Random): Deck<T> {
  if (items.length === 0) throw new Error('a deck needs at least one item');
  let pile: T[] = [];
  return {
    draw() {
      if (pile.length === 0) pile = random.shuffle(items);
      return pile.pop() as T;
    },
  };
}
