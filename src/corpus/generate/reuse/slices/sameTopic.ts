/**
 * `reuse/same-topic` (negative): two different events on the same topic (articles 01/02,
 * 03/04, 05/06 of each beat, plus the `-b` twin of 01 or 03 against 02 or 04). Both
 * directions, three windows (whole, headline + 3, headline + 4). A pair whose two events fall
 * in different splits is left out, so no text crosses splits. O(total text).
 */
import type { ReuseCase } from '../../../../contracts/case.ts';
import type { Article } from '../../sources.ts';
import { negativePair, type PairWindow } from './negativePair.ts';
import type { SliceContext } from './sliceContext.ts';

const WINDOWS: readonly PairWindow[] = ['whole', 'lead3', 'lead4'];

/** Pairs of articles with the same topic and different events, each pair once, sorted. */
export function sameTopicPairs(articles: readonly Article[]): [Article, Article][] {
  const out: [Article, Article][] = [];
  for (const a of articles)
    for (const b of articles) if (a.id < b.id && a.topic === b.topic && a.event !== b.event) out.push([a, b]);
  return out;
}

export function sameTopicCases(s: SliceContext): { cases: ReuseCase[]; crossSplitPairs: number } {
  const cases: ReuseCase[] = [];
  let crossSplitPairs = 0;
  for (const [a, b] of sameTopicPairs(s.articles)) {
    if (s.split(a) !== s.split(b)) {
      crossSplitPairs++;
      continue;
    }
    for (const [x, y] of [[a, b], [b, a]] as const)
      for (const w of WINDOWS) cases.push(negativePair(s, 'same-topic', x, y, w, s.split(x), { relation: 'same topic, different event', topic: a.topic }));
  }
  return { cases, crossSplitPairs };
}
