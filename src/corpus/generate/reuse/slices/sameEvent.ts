/**
 * `reuse/same-event` (negative, the hard negatives): each hand-written independent report
 * (`-b`) against the original it re-reports — same event, facts, names and figures, written
 * afresh. Both directions, three windows (whole texts, headline + 3 and headline + 4 body
 * paragraphs): six cases per pair. Split by the shared event. O(total text).
 */
import type { ReuseCase } from '../../../../contracts/case.ts';
import type { Article } from '../../sources.ts';
import { negativePair, type PairWindow } from './negativePair.ts';
import type { SliceContext } from './sliceContext.ts';

const WINDOWS: readonly PairWindow[] = ['whole', 'lead3', 'lead4'];

export function sameEventCases(s: SliceContext): ReuseCase[] {
  const byId = new Map(s.articles.map((a) => [a.id, a]));
  const out: ReuseCase[] = [];
  for (const twin of s.articles.filter((a) => a.role === 'independent')) {
    const original = byId.get(twin.pairedWith ?? '') as Article | undefined;
    if (!original) throw new Error(`${twin.id}: pairedWith ${twin.pairedWith} not found`);
    if (original.event !== twin.event) throw new Error(`${twin.id}: event differs from ${original.id}`);
    for (const [a, b] of [[original, twin], [twin, original]] as const)
      for (const w of WINDOWS) out.push(negativePair(s, 'same-event', a, b, w, s.split(a), { relation: 'independent report of the same event' }));
  }
  return out;
}
