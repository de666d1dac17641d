/**
 * A text with its MT gold spans, and the paragraph windows cut from it. Windows let one
 * article give several cases; spans never cross a paragraph break, so a window keeps every
 * span that lies inside it, shifted. Cost: O(n + spans) per window.
 */
import type { MtSpan } from '../../../contracts/case.ts';

export interface LabeledDocument {
  text: string;
  spans: MtSpan[];
}

/** Paragraph separator of sources and Apertium output alike. */
export const PARAGRAPH_BREAK = '\n\n';

/** Start and end offsets of each paragraph of `text`. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(PARAGRAPH_BREAK, start);
    if (at === -1) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: at });
    start = at + PARAGRAPH_BREAK.length;
  }
}

/** Paragraphs `[from, to)` of a document, with the spans inside them. */
export function paragraphWindow(doc: LabeledDocument, from: number, to: number): LabeledDocument {
  const ranges = paragraphRanges(doc.text);
  if (from < 0 || to > ranges.length || from >= to) throw new Error(`window [${from}, ${to}) outside ${ranges.length} paragraphs`);
  const start = (ranges[from] as { start: number }).start;
  const end = (ranges[to - 1] as { end: number }).end;
  const spans = doc.spans
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  return { text: doc.text.slice(start, end), spans };
}
