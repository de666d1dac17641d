/**
 * Lay out a scraped-looking document from article paragraphs and inserted blocks, and render
 * it to text plus one span per inserted boilerplate line. Paragraphs are joined by a blank
 * line; an inserted block brings its own separators (a blank line or a single newline, as
 * scraped pages have both), and its lines are joined by `joiner`. Cost: O(text length).
 */

/** What separates two blocks, or two lines of one block. */
export type Separator = '\n' | '\n\n';

/** Between two article paragraphs. */
export const PARAGRAPH_SEPARATOR: Separator = '\n\n';

/** A run of lines in the document. */
export interface Block {
  /** The block's lines (an article paragraph is one "line" that may itself hold newlines). */
  lines: readonly string[];
  /** Boilerplate family: set on inserted boilerplate, whose every line becomes a span. */
  family?: string;
  /** Joins this block's lines. Default: a single newline. */
  joiner?: Separator;
  /** Separator before this block (wins over the previous block's `after`). */
  before?: Separator;
  /** Separator after this block, unless the next block says otherwise. */
  after?: Separator;
}

/** A block inserted into the gap `gap` of a paragraph list: 0 is before the first paragraph, n after the last. */
export interface Insertion {
  gap: number;
  block: Block;
}

export interface LabeledSpan {
  start: number;
  end: number;
  type: string;
}

export interface RenderedDocument {
  text: string;
  spans: LabeledSpan[];
}

/** Where a gap lies, in words. */
export type Position = 'top' | 'between' | 'bottom';

export function positionOf(gap: number, paragraphCount: number): Position {
  if (gap === 0) return 'top';
  return gap >= paragraphCount ? 'bottom' : 'between';
}

/**
 * Interleave paragraphs and insertions: the blocks of gap g (in the order given) come right
 * before paragraph g. Throws on a gap outside 0..paragraphs.length.
 */
export function assemble(paragraphs: readonly string[], insertions: readonly Insertion[]): Block[] {
  const byGap = new Map<number, Block[]>();
  for (const { gap, block } of insertions) {
    if (!Number.isInteger(gap) || gap < 0 || gap > paragraphs.length)
      throw new Error(`gap ${gap} is outside 0..${paragraphs.length}`);
    byGap.set(gap, [...(byGap.get(gap) ?? []), block]);
  }
  const out: Block[] = [];
  for (let g = 0; g <= paragraphs.length; g++) {
    out.push(...(byGap.get(g) ?? []));
    if (g < paragraphs.length) out.push({ lines: [paragraphs[g] as string] });
  }
  return out;
}

/** A labeled line must be one trimmed, non-empty line, so its span is exactly a line of the text. */
function checkLabeledLine(line: string, family: string): void {
  if (line === '' || line !== line.trim() || /[\r\n]/.test(line))
    throw new Error(`${family} line ${JSON.stringify(line)} must be one trimmed, non-empty line`);
}

/** Concatenate blocks into text; every line of a block with a family becomes one span. */
export function render(blocks: readonly Block[]): RenderedDocument {
  let text = '';
  const spans: LabeledSpan[] = [];
  blocks.forEach((block, i) => {
    if (block.lines.length === 0) throw new Error(`block ${i} has no lines`);
    if (i > 0) text += block.before ?? blocks[i - 1]?.after ?? PARAGRAPH_SEPARATOR;
    block.lines.forEach((line, j) => {
      if (j > 0) text += block.joiner ?? '\n';
      if (block.family !== undefined) {
        checkLabeledLine(line, block.family);
        spans.push({ start: text.length, end: text.length + line.length, type: block.family });
      }
      text += line;
    });
  });
  return { text, spans };
}
