/**
 * Runs of non-prose lines. Navigation menus, link lists, tag clouds and headline lists come as
 * runs of consecutive short lines with no sentence shape; a sub-heading or a headline in an
 * article stands alone between paragraphs. For each line, the length of the run of "short"
 * lines (≤ 5 words, no terminal punctuation) and of "non-prose" lines (low sentence-likeness)
 * it belongs to; blank lines do not break a run. O(lines).
 */
import type { LineView } from '../lineView.ts';
import { type SentenceShape, TERMINAL } from './sentenceLike.ts';

/** Most words of a "short" line. */
const SHORT_WORDS = 5;
/** Sentence-likeness under which a line is "non-prose". */
const NON_PROSE = 0.4;
/** Most words of a non-prose line that can belong to a list run (longer lines are paragraphs). */
const LIST_WORDS = 24;

export const isShort = (line: LineView): boolean => line.words.length <= SHORT_WORDS && !TERMINAL.test(line.text);
export const isNonProse = (line: LineView, shape: SentenceShape): boolean => line.words.length <= LIST_WORDS && shape.score < NON_PROSE;

/** Length of the run of consecutive lines satisfying `pred` that contains each line (0 when it fails). */
export function runLengths(n: number, pred: (i: number) => boolean): number[] {
  const out = new Array<number>(n).fill(0);
  let i = 0;
  while (i < n) {
    if (!pred(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && pred(j)) j++;
    for (let k = i; k < j; k++) out[k] = j - i;
    i = j;
  }
  return out;
}
