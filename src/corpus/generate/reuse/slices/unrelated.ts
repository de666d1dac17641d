/**
 * `reuse/unrelated` (negative): each English article against two random articles of other
 * beats in the same split (one compared whole, one by headline + 3 body paragraphs).
 * O(articles × candidates).
 */
import type { ReuseCase } from '../../../../contracts/case.ts';
import { negativePair, type PairWindow } from './negativePair.ts';
import type { SliceContext } from './sliceContext.ts';

const WINDOWS: readonly PairWindow[] = ['whole', 'lead3'];

export function unrelatedCases(s: SliceContext): ReuseCase[] {
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const r = s.random.fork(`unrelated:${a.id}`);
    const pool = s.articles.filter((b) => b.beat !== a.beat && s.split(b) === s.split(a));
    const partners = r.shuffle(pool).slice(0, WINDOWS.length);
    partners.forEach((b, i) => {
      out.push(negativePair(s, 'unrelated', a, b, WINDOWS[i] as PairWindow, s.split(a), { relation: 'different beats' }));
    });
  }
  return out;
}
