/**
 * Field separators: pipes, middle dots, bullets between items, slashes and arrows between words.
 * Link bars, bylines, share rows and breadcrumbs ("Home » News » World") are strung together
 * with them; prose uses commas. Returns the count of separators, scaled (3 and more gives 1).
 * O(line).
 */
import type { LineView } from '../lineView.ts';

/** A separator with space around it, or a breadcrumb arrow. */
export const SEPARATOR = /\s[|·•›»>/]\s|\s?\|\s?|›|»|\s[-–—]\s(?=\p{Lu})/gu;
/** Separator count that makes a line a bar. */
const FULL_BAR = 3;

export function separators(line: LineView): number {
  SEPARATOR.lastIndex = 0;
  const n = line.text.match(SEPARATOR)?.length ?? 0;
  return Math.min(1, n / FULL_BAR);
}
