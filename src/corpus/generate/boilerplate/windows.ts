/**
 * Paragraph windows of an article: the whole body, then shorter runs of consecutive
 * paragraphs, so one article yields several different base texts. O(count) draws.
 */
import type { Random } from '../random.ts';

/** Paragraphs `[from, to)` of an article. */
export interface Window {
  from: number;
  to: number;
}

/** Shortest window: enough paragraphs for top, between and bottom positions. */
export const MIN_WINDOW = 3;
/** Longest sub-window: keeps the extra variants visibly shorter than the whole article. */
export const MAX_WINDOW = 6;
/** Draws before giving up on finding a window not yet used. */
const MAX_TRIES = 20;

/**
 * `count` distinct windows of an article of `paragraphCount` paragraphs: the first is the
 * whole body, the others random runs of MIN_WINDOW..MAX_WINDOW paragraphs. Fewer when the
 * article is too short to have that many distinct windows.
 */
export function windowsOf(paragraphCount: number, count: number, random: Random): Window[] {
  const out: Window[] = [{ from: 0, to: paragraphCount }];
  const seen = new Set([`0-${paragraphCount}`]);
  const longest = Math.min(MAX_WINDOW, paragraphCount - 1);
  for (let tries = 0; out.length < count && longest >= MIN_WINDOW && tries < MAX_TRIES * count; tries++) {
    const length = random.int(MIN_WINDOW, longest);
    const from = random.int(0, paragraphCount - length);
    const key = `${from}-${from + length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from, to: from + length });
  }
  return out;
}
