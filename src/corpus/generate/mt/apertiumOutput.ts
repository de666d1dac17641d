/**
 * Clean raw Apertium output and locate its marked words. Apertium marks a word it could not
 * analyse with `*`, one it could not inflect with `#` and a transfer failure with `@`; a
 * two-step pipeline can double them (`**word`) or put one inside a word (`1*h15`). The source
 * texts never contain these characters, so every one of them in the output is a mark.
 *
 * Cleaning deletes characters only (so offsets map simply): the marks (unless `keepMarks`),
 * and the stray ASCII spaces Apertium leaves where it dropped a word — runs of spaces, spaces
 * at a line's ends and a space before `,` or `.`. Non-breaking spaces (French typography) are
 * kept. Cost: O(n) in the text length.
 */

/** Apertium's mark characters. */
export const MARK_CHARS = '*#@';
const isMark = (c: string) => MARK_CHARS.includes(c);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** A marked unit in raw output: a run of word and mark characters holding at least one mark. */
const UNIT = /(?:[\p{L}\p{M}\p{N}]|[*#@])+/gu;

/** One marked unit, with offsets in the cleaned text (covering the marks when they are kept). */
export interface MarkedUnit {
  start: number;
  end: number;
  /** The unit without its marks (may be empty for a lone `#`). */
  word: string;
  /** Every mark character of the unit, in order (e.g. `**`, `#*`). */
  marks: string;
}

export interface CleanedOutput {
  text: string;
  units: MarkedUnit[];
}

/** Raw indices of the characters to keep after deleting marks and stray spaces. */
function keptIndices(raw: string, keepMarks: boolean): number[] {
  const candidates: number[] = [];
  for (let i = 0; i < raw.length; i++) if (keepMarks || !isMark(raw[i] as string)) candidates.push(i);
  const kept: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const ch = raw[candidates[k] as number] as string;
    if (ch === ' ') {
      const prev = kept.length === 0 ? '\n' : (raw[kept[kept.length - 1] as number] as string);
      let n = k + 1;
      while (n < candidates.length && raw[candidates[n] as number] === ' ') n++;
      const next = n < candidates.length ? (raw[candidates[n] as number] as string) : '\n';
      if (prev === ' ' || prev === '\n' || next === '\n') continue;
      if ((next === ',' || next === '.') && (WORD_CHAR.test(prev) || prev === '"' || prev === ')')) continue;
    }
    kept.push(candidates[k] as number);
  }
  return kept;
}

/** Clean raw Apertium output; `keepMarks` leaves the marks in the text (the marked slice). */
export function cleanOutput(raw: string, keepMarks = false): CleanedOutput {
  const kept = keptIndices(raw, keepMarks);
  // cleanAt[i] = number of kept characters before raw index i.
  const cleanAt = new Int32Array(raw.length + 1);
  let k = 0;
  for (let i = 0; i <= raw.length; i++) {
    cleanAt[i] = k;
    if (kept[k] === i) k++;
  }
  const text = kept.map((i) => raw[i]).join('');
  const units: MarkedUnit[] = [];
  for (const m of raw.matchAll(UNIT)) {
    const marks = [...m[0]].filter(isMark).join('');
    if (marks === '') continue;
    const start = cleanAt[m.index] as number;
    const end = cleanAt[m.index + m[0].length] as number;
    const word = [...m[0]].filter((c) => !isMark(c)).join('');
    if (end > start) units.push({ start, end, word, marks });
  }
  return { text, units };
}
