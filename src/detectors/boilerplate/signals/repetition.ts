/**
 * Repetition inside the document: a short line whose text occurs again elsewhere on the page
 * (a menu printed in the header and the footer, "Share" bars above and below the story, a
 * teaser heading repeated). Article sentences do not repeat. Detectors see one document at a
 * time, so repetition across the pages of one source (the strongest boilerplate cue of all) is
 * out of reach; repetition within the page is its local proxy. O(lines) with one hash map.
 */
import type { LineView } from '../lineView.ts';

/** Longest line (in words) that counts: repeated long paragraphs are quoted teasers, not chrome. */
const MAX_WORDS = 12;

/** Runs of white space (collapsed in the comparison key). */
export const SPACES = /\s+/g;

const key = (line: LineView): string => line.lower.replace(SPACES, ' ');

/** 1 for every short line whose text occurs at least twice in the document, else 0. */
export function repeated(lines: readonly LineView[]): number[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.words.length <= MAX_WORDS) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  return lines.map((l) => (l.words.length <= MAX_WORDS && l.words.length > 0 && (counts.get(key(l)) ?? 0) >= 2 ? 1 : 0));
}
