/**
 * How an article becomes the text of a reuse case, and where its paragraphs sit in that text.
 * A case text is the headline, a blank line, then the body paragraphs separated by blank
 * lines (`title + "\n\n" + body`); windows are runs of consecutive paragraphs of that list
 * (index 0 is the headline). O(length of text).
 */
import type { Article } from '../sources.ts';

/** Paragraph separator in every generated text. */
export const PARAGRAPH_BREAK = '\n\n';

export interface Range {
  start: number;
  end: number;
}

export interface Layout {
  text: string;
  /** Range of each paragraph in `text`. */
  paragraphs: Range[];
}

/** The headline followed by the body paragraphs. */
export const articleParagraphs = (a: Article): string[] => [a.title, ...a.paragraphs];

/** Join paragraphs with `separator` and record where each one lands. */
export function layout(paragraphs: readonly string[], separator: string = PARAGRAPH_BREAK): Layout {
  const ranges: Range[] = [];
  let text = '';
  paragraphs.forEach((p, i) => {
    if (i > 0) text += separator;
    ranges.push({ start: text.length, end: text.length + p.length });
    text += p;
  });
  return { text, paragraphs: ranges };
}

/** A run of consecutive paragraphs `[from, to)` of an article's paragraph list. */
export interface Window {
  from: number;
  to: number;
}

/** The range a window covers in a layout (from its first paragraph's start to its last's end). */
export function windowRange(l: Layout, w: Window): Range {
  return { start: (l.paragraphs[w.from] as Range).start, end: (l.paragraphs[w.to - 1] as Range).end };
}

/** Headline plus the first `n` body paragraphs (the lead of a story). */
export const leadWindow = (paragraphCount: number, n: number): Window => ({ from: 0, to: Math.min(paragraphCount, n + 1) });

/** Every paragraph. */
export const wholeWindow = (paragraphCount: number): Window => ({ from: 0, to: paragraphCount });
