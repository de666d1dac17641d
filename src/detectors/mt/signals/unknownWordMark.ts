/**
 * Unknown-word marks of rule-based MT (Apertium and its kin): `*word` or `**word` for a word
 * the system could not analyse (left untranslated), `#word` for one it could not inflect, `@`
 * for a transfer failure. A marked unit is a run of word and mark characters holding a mark; it
 * is one span covering the marks, typed `untranslated` (`*`), `grammar` (`#` on a word) or
 * `other`. Not marks: Markdown emphasis (`*word*`), hashtags (`#Word`, or a `#` at the start of a
 * line), handles and addresses (`@name`, `x@y.z`: the systems put `@` on figures, "@2010"),
 * footnote stars after a word (`word*`). Cost: O(n): one regex pass for the marks, each unit extended once.
 */
import type { Hit } from '../hit.ts';

/** A mark (one or two mark characters) directly before a word character. */
const MARK = /[*#@]{1,2}(?=[\p{L}\p{M}\p{N}])/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UNIT_CHAR = /[\p{L}\p{M}\p{N}*#@]/u;
const MARK_CHARS = /[*#@]/g;
const HAS_LETTER = /\p{L}/u;
const LEAD = /^[*#@]+/;
const HANDLE_START = /^[\p{L}_]/u;
const CAPITALISED = /^\p{Lu}/u;
/** Inside a hashtag: capitals, figures, underscores ("#MeToo", "#Election2024"). */
const HASHTAG_INNER = /[\p{Lu}\p{N}_]/u;
const WORD_START = /^[\p{L}\p{N}]/u;

export const SIGNAL = 'unknownWordMark';

/** The span type of a unit, from its marks and word (as the rule-based systems use them). */
function typeOf(unit: string): Hit['type'] {
  const word = unit.replace(MARK_CHARS, '');
  if (!HAS_LETTER.test(word)) return 'other';
  if (unit.includes('*')) return 'untranslated';
  if (unit.includes('#')) return 'grammar';
  return 'other';
}

/** The marked unit around a mark at `[at, at + len)`: word and mark characters on both sides. */
function unitAround(text: string, at: number, len: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start--;
  let end = at + len;
  while (end < text.length && UNIT_CHAR.test(text[end] as string)) end++;
  return { start, end };
}

export function unknownWordMarks(text: string): Hit[] {
  const out: Hit[] = [];
  let covered = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index < covered) continue;
    const { start, end } = unitAround(text, m.index, m[0].length);
    covered = end;
    const unit = text.slice(start, end);
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const lead = LEAD.exec(unit)?.[0] ?? '';
    // Markdown emphasis (*word*, **word**) and runs of marks
    if (lead.startsWith('*') && after === '*') continue;
    if (before === '*' || before === '#' || before === '@') continue;
    if (lead !== '' && !lead.includes('*')) {
      // a hashtag or a handle: "#Word", "@Name", "#word" opening a line
      const word = unit.slice(lead.length);
      if (lead.includes('@') && HANDLE_START.test(word)) continue;
      if (lead.includes('#') && (CAPITALISED.test(word) || before === '\n' || start === 0 || HASHTAG_INNER.test(word.slice(1)))) continue;
    }
    if (after === '@' || (after === '.' && WORD_START.test(text[end + 1] ?? ''))) continue; // an address or a domain
    out.push({ start, end, type: typeOf(unit), signal: SIGNAL, why: lead || 'inner mark' });
  }
  return out;
}

/** Every regular expression of this module (for the regex-safety test). */
export const PATTERNS: readonly RegExp[] = [MARK, WORD_CHAR, UNIT_CHAR, MARK_CHARS, HAS_LETTER, LEAD, HANDLE_START, CAPITALISED, HASHTAG_INNER, WORD_START];
