/**
 * Protect ranges of a text through a rewrite: each range is replaced by one private-use
 * character (U+E000 + its index), which spinning treats as an opaque glued token, and
 * restored afterwards, optionally with new text, reporting where each range landed.
 * O(length of text).
 */

/** First private-use code point used as a placeholder. */
const BASE = 0xe000;
/** Placeholders available (the private-use area up to U+F8FF). */
export const MAX_PROTECTED = 0xf8ff - BASE + 1;

export interface Protected {
  /** The text with each protected range replaced by its placeholder. */
  masked: string;
  /** The protected strings, by placeholder index. */
  originals: string[];
}

/** Mask `ranges` (non-overlapping) of `text`. */
export function protect(text: string, ranges: readonly { start: number; end: number }[]): Protected {
  if (ranges.length > MAX_PROTECTED) throw new Error(`at most ${MAX_PROTECTED} protected ranges`);
  if (/[\uE000-\uF8FF]/.test(text)) throw new Error('text already contains private-use characters');
  const order = ranges.map((r, i) => ({ ...r, i })).sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  for (const r of order) {
    if (r.start < at) throw new Error('protected ranges overlap');
    masked += text.slice(at, r.start) + String.fromCharCode(BASE + r.i);
    at = r.end;
  }
  masked += text.slice(at);
  return { masked, originals: ranges.map((r) => text.slice(r.start, r.end)) };
}

/**
 * Put the protected strings back into a rewritten `masked` text (each placeholder must occur
 * exactly once), using `replacements[i]` instead of the original where given. Returns the
 * text and each range's new position, by index.
 */
export function restore(
  masked: string,
  originals: readonly string[],
  replacements: readonly (string | undefined)[] = [],
): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = new Array(originals.length);
  let text = '';
  let last = 0;
  for (const m of masked.matchAll(/[\uE000-\uF8FF]/g)) {
    const i = m[0].charCodeAt(0) - BASE;
    if (i >= originals.length || ranges[i]) throw new Error(`placeholder ${i} is unknown or repeated`);
    text += masked.slice(last, m.index);
    const value = replacements[i] ?? (originals[i] as string);
    ranges[i] = { start: text.length, end: text.length + value.length };
    text += value;
    last = m.index + 1;
  }
  text += masked.slice(last);
  originals.forEach((_, i) => {
    if (!ranges[i]) throw new Error(`placeholder ${i} was lost in the rewrite`);
  });
  return { text, ranges };
}
