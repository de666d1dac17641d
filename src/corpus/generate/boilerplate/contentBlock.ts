/**
 * One content insertion: a line that belongs to the article but looks like page chrome (a
 * headline, a dateline lede, a sub-heading, a pull quote, a list, a fact line), placed where
 * an editor would put it. These lines carry no span: a detector must keep them. O(line length).
 */
import type { Random } from '../random.ts';
import { type Block, type Insertion, type Position, positionOf } from './document.ts';
import { splitBlock } from './fill.ts';
import type { ContentKind } from './material.ts';
import { pickInnerGap, pickSeparator } from './placement.ts';

/** What a case's meta says about one inserted content block. */
export interface ContentRecord {
  kind: ContentKind;
  /** 0-based index of the line in `content/<kind>.txt`. */
  line: number;
  position: Position;
  gap: number;
}

export interface PlannedContent {
  insertion: Insertion;
  record: ContentRecord;
}

/** Share of fact lines and lists placed at the very bottom (a results box, a key-points list). */
const BOTTOM_FACT_SHARE = 0.3;

/** The gap and block of a content line of `kind` in a window of `n` paragraphs. */
function layout(kind: ContentKind, line: string, n: number, random: Random): { gap: number; block: Block } {
  switch (kind) {
    case 'headlines':
      return { gap: 0, block: { lines: [line], after: pickSeparator(random) } };
    case 'dateline-ledes':
      return { gap: 0, block: { lines: [line], before: '\n\n', after: '\n\n' } };
    case 'subheadings':
      return { gap: pickInnerGap(n, random), block: { lines: [line], before: '\n\n', after: pickSeparator(random) } };
    case 'pull-quotes':
      return { gap: pickInnerGap(n, random), block: { lines: [line], before: pickSeparator(random), after: pickSeparator(random) } };
    case 'lists':
    case 'fact-lines': {
      const gap = random.chance(BOTTOM_FACT_SHARE) ? n : pickInnerGap(n, random);
      const lines = kind === 'lists' ? splitBlock(line) : [line];
      return { gap, block: { lines, joiner: '\n', before: pickSeparator(random), after: '\n\n' } };
    }
  }
}

/** Place content line number `index` (text `line`) of `kind`. */
export function contentInsertion(kind: ContentKind, index: number, line: string, paragraphCount: number, random: Random): PlannedContent {
  const { gap, block } = layout(kind, line, paragraphCount, random);
  return { insertion: { gap, block }, record: { kind, line: index, position: positionOf(gap, paragraphCount), gap } };
}
