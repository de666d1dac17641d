/**
 * A negative reuse case from two articles and a window rule: the same window (whole text, or
 * headline plus the first body paragraphs) is cut from both. Shared by the same-event,
 * same-topic and unrelated slices. O(length of the two texts).
 */
import type { ReuseCase, Split } from '../../../../contracts/case.ts';
import type { Article } from '../../sources.ts';
import { articleParagraphs, layout, leadWindow, wholeWindow } from '../articleLayout.ts';
import { reuseCase } from '../reuseCase.ts';
import type { SliceContext } from './sliceContext.ts';

/** Which part of each article a negative pair compares. */
export type PairWindow = 'whole' | 'lead3' | 'lead4';

/** The text of an article's window. */
export function windowText(a: Article, window: PairWindow): { text: string; paragraphs: [number, number] } {
  const paragraphs = articleParagraphs(a);
  const w = window === 'whole' ? wholeWindow(paragraphs.length) : leadWindow(paragraphs.length, window === 'lead3' ? 3 : 4);
  return { text: layout(paragraphs.slice(w.from, w.to)).text, paragraphs: [w.from, w.to] };
}

export function negativePair(
  s: SliceContext,
  slice: string,
  source: Article,
  candidate: Article,
  window: PairWindow,
  split: Split,
  extra: Record<string, unknown> = {},
): ReuseCase {
  const a = windowText(source, window);
  const b = windowText(candidate, window);
  return reuseCase({
    generator: s.generator,
    seed: s.seed,
    slice,
    key: `${source.id}-vs-${candidate.id}-${window}`,
    split,
    label: false,
    source: a.text,
    candidate: b.text,
    provenance: {
      sources: [source.id, candidate.id],
      events: [source.event, candidate.event],
      window,
      paragraphs: { source: a.paragraphs, candidate: b.paragraphs },
      ...extra,
    },
  });
}
