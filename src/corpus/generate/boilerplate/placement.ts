/**
 * Where an inserted block goes and how it is separated from its neighbours: a gap biased
 * towards the top and bottom of the page (where scrapers leave most chrome) but often between
 * paragraphs, and a blank line or a single newline on each side. O(1) per draw.
 */
import type { Random } from '../random.ts';
import type { Separator } from './document.ts';

/** Share of insertions at the top: bylines, credits and banners gather there. */
export const TOP_SHARE = 0.25;
/** Share at the bottom: footers, appeals, comments and related links gather there. */
export const BOTTOM_SHARE = 0.25;
/** Share of separators that are a blank line rather than a single newline (scrapes vary). */
export const BLANK_LINE_SHARE = 0.6;
/** Share of multi-line blocks whose own lines are separated by blank lines. */
export const SPREAD_BLOCK_SHARE = 0.2;

/** A gap of a list of `paragraphCount` paragraphs: 0 = top, `paragraphCount` = bottom. */
export function pickGap(paragraphCount: number, random: Random): number {
  if (paragraphCount < 2) return random.chance(0.5) ? 0 : paragraphCount;
  const u = random.float();
  if (u < TOP_SHARE) return 0;
  if (u < TOP_SHARE + BOTTOM_SHARE) return paragraphCount;
  return random.int(1, paragraphCount - 1);
}

/** A gap strictly between two paragraphs (the bottom when there is only one paragraph). */
export function pickInnerGap(paragraphCount: number, random: Random): number {
  return paragraphCount < 2 ? paragraphCount : random.int(1, paragraphCount - 1);
}

/** A blank line or a single newline. */
export function pickSeparator(random: Random): Separator {
  return random.chance(BLANK_LINE_SHARE) ? '\n\n' : '\n';
}

/** How the lines of a multi-line block are joined. */
export function pickJoiner(random: Random): Separator {
  return random.chance(SPREAD_BLOCK_SHARE) ? '\n\n' : '\n';
}
