/**
 * What every reuse slice builder receives: the English articles, the build seed and random
 * stream, the generator (for meta), and the split of an article (by its event, so an
 * original and its independent twin share a split). O(1).
 */
import type { Split } from '../../../../contracts/case.ts';
import type { BuildContext, Generator } from '../../generator.ts';
import type { Random } from '../../random.ts';
import type { Article } from '../../sources.ts';
import { splitOf } from '../../splits.ts';

export interface SliceContext {
  generator: Pick<Generator, 'name' | 'version'>;
  seed: number;
  /** English articles, sorted by id. */
  articles: readonly Article[];
  random: Random;
  split(a: Article): Split;
}

export function sliceContext(ctx: BuildContext, generator: Pick<Generator, 'name' | 'version'>): SliceContext {
  return {
    generator,
    seed: ctx.seed,
    articles: [...ctx.english].sort((a, b) => (a.id < b.id ? -1 : 1)),
    random: ctx.random,
    split: (a) => splitOf(a.event, ctx.seed),
  };
}

/** A random window of `min`–`max` consecutive body paragraphs (never the headline). */
export function bodyWindow(paragraphCount: number, random: Random, min: number, max: number): { from: number; to: number } {
  const body = paragraphCount - 1;
  const size = Math.min(body, random.int(min, max));
  const from = 1 + random.int(0, body - size);
  return { from, to: from + size };
}
