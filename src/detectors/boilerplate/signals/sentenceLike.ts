/**
 * Sentence-likeness of a line: running prose is long enough, ends with terminal punctuation,
 * carries function words and mostly lower-case words. Menus, headlines, credits, tags and
 * buttons fail one or more of these. Returns the parts (for the model) and a combined score in
 * [0, 1] (for the body-region search). O(1) per line on the measurements of `LineView`.
 */
import type { LineView } from '../lineView.ts';

/** Terminal punctuation, optionally followed by closing quotes or brackets. */
export const TERMINAL = /[.!?…。]["'”’»)\]]{0,3}$/u;

export interface SentenceShape {
  /** Ends with terminal punctuation. */
  terminal: number;
  /** Share of function words among the words, scaled so 30% and more gives 1. */
  functionShare: number;
  /** Share of alphabetic words that start lower case, scaled so 50% and more gives 1. */
  lowerShare: number;
  /** Length score: 0 up to 4 words, 1 from 12 words. */
  length: number;
  /** Combined sentence-likeness in [0, 1]. */
  score: number;
}

/** Function-word share at which a line reads as prose. */
const PROSE_FUNCTION_SHARE = 0.3;
/** Lower-case-initial share at which a line reads as prose (headlines in title case fall short). */
const PROSE_LOWER_SHARE = 0.5;
/** Fewest words of a line that is certainly long enough to be a sentence. */
const FULL_LENGTH = 12;
/** Most words of a line that is certainly too short to be one. */
const NO_LENGTH = 4;

export function sentenceShape(line: LineView): SentenceShape {
  const n = line.words.length;
  const terminal = TERMINAL.test(line.text) ? 1 : 0;
  const functionShare = n === 0 ? 0 : Math.min(1, line.functionWords / n / PROSE_FUNCTION_SHARE);
  const lower = line.alphaWords === 0 ? 0 : (line.alphaWords - line.capitalised) / line.alphaWords;
  const lowerShare = Math.min(1, lower / PROSE_LOWER_SHARE);
  const length = n >= FULL_LENGTH ? 1 : n <= NO_LENGTH ? 0 : (n - NO_LENGTH) / (FULL_LENGTH - NO_LENGTH);
  const score = length * (0.35 * terminal + 0.4 * functionShare + 0.25 * lowerShare);
  return { terminal, functionShare, lowerShare, length, score };
}
