/**
 * One boilerplate insertion: a template filled, laid out as a block (family, separators) and
 * placed in a gap, with the record a case keeps in its meta (family, template variant id,
 * position). O(template length).
 */
import type { Random } from '../random.ts';
import { type Insertion, type Position, positionOf } from './document.ts';
import { fillTemplate } from './fill.ts';
import type { Params, Template } from './material.ts';
import { pickGap, pickJoiner, pickSeparator } from './placement.ts';

/** What a case's meta says about one inserted boilerplate block. */
export interface InsertionRecord {
  family: string;
  /** The template's variant id (0-based index in its family file). */
  template: number;
  position: Position;
  /** The gap: 0 = top, n = bottom (n paragraphs in the window). */
  gap: number;
  lines: number;
}

export interface PlannedInsertion {
  insertion: Insertion;
  record: InsertionRecord;
}

/** Fill `template` and put it in `gap` (drawn with {@link pickGap} when not given). */
export function boilerplateInsertion(
  template: Template,
  params: Params,
  paragraphCount: number,
  random: Random,
  gap: number = pickGap(paragraphCount, random),
): PlannedInsertion {
  const lines = fillTemplate(template.text, params, random);
  const block = { lines, family: template.family, joiner: pickJoiner(random), before: pickSeparator(random), after: pickSeparator(random) };
  return {
    insertion: { gap, block },
    record: { family: template.family, template: template.index, position: positionOf(gap, paragraphCount), gap, lines: lines.length },
  };
}
