/**
 * Cut labeled Apertium documents into cases: one case per paragraph window, with the spans
 * inside the window and provenance (source article, paragraphs, pipeline, package versions,
 * how the marked words of the window were judged). Shared by the Apertium generators.
 * Cost: O(text + spans) per window.
 */
import type { MtCase, Split } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import type { Article } from '../sources.ts';
import type { ApertiumDocument } from './apertiumLabels.ts';
import { paragraphRanges, paragraphWindow } from './labeledDocument.ts';
import { mtCase } from './mtCase.ts';
import { type Window, windowTag } from './paragraphWindows.ts';

export interface ApertiumSliceInput {
  generator: Pick<Generator, 'name' | 'version'>;
  seed: number;
  slice: string;
  article: Article;
  split: Split;
  doc: ApertiumDocument;
  windows: readonly Window[];
  pipeline: string;
  versions: Record<string, string>;
}

/** One positive case per window of a translated article. */
export function apertiumCases(input: ApertiumSliceInput): MtCase[] {
  const { article, doc } = input;
  const ranges = paragraphRanges(doc.text);
  return input.windows.map((w) => {
    const part = paragraphWindow(doc, w.from, w.to);
    const start = (ranges[w.from] as { start: number }).start;
    const end = (ranges[w.to - 1] as { end: number }).end;
    const markedWords: Record<string, number> = {};
    for (const m of doc.marked) if (m.start >= start && m.end <= end) markedWords[m.verdict] = (markedWords[m.verdict] ?? 0) + 1;
    return mtCase({
      generator: input.generator,
      seed: input.seed,
      slice: input.slice,
      key: `${article.id}:${windowTag(w)}`,
      split: input.split,
      label: true,
      text: part.text,
      spans: part.spans,
      provenance: {
        sources: [article.id],
        event: article.event,
        paragraphs: [w.from, w.to],
        wholeArticle: w.from === 0 && w.to === article.paragraphs.length,
        pipeline: input.pipeline,
        apertium: input.versions,
        markedWords,
      },
    });
  });
}
