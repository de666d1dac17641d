/**
 * Paragraph windows: runs of consecutive paragraphs `[from, to)` of an article, so one article
 * gives several cases. Cost: O(count) random draws, or O(n) for sliding windows.
 */
import type { Random } from '../random.ts';

export interface Window {
  from: number;
  to: number;
}

/** Draws per wanted window before giving up on finding one not yet used. */
const MAX_TRIES_PER_WINDOW = 20;

/** The whole article. */
export const wholeArticle = (paragraphCount: number): Window => ({ from: 0, to: paragraphCount });

/** Every window of `size` consecutive paragraphs (stride 1). */
export function slidingWindows(paragraphCount: number, size: number): Window[] {
  const out: Window[] = [];
  for (let from = 0; from + size <= paragraphCount; from++) out.push({ from, to: from + size });
  return out;
}

/**
 * Up to `count` distinct random windows of `min`..`max` paragraphs, never the whole article and
 * never one in `exclude`; sorted by position.
 */
export function randomWindows(
  paragraphCount: number,
  count: number,
  random: Random,
  size: { min: number; max: number },
  exclude: readonly Window[] = [],
): Window[] {
  const seen = new Set([`0-${paragraphCount}`, ...exclude.map((w) => `${w.from}-${w.to}`)]);
  const longest = Math.min(size.max, paragraphCount - 1);
  const out: Window[] = [];
  for (let tries = 0; out.length < count && longest >= size.min && tries < MAX_TRIES_PER_WINDOW * count; tries++) {
    const length = random.int(size.min, longest);
    const from = random.int(0, paragraphCount - length);
    const key = `${from}-${from + length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ from, to: from + length });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** A window's part of a case id: `p2-5`. */
export const windowTag = (w: Window): string => `p${w.from}-${w.to}`;
