/**
 * Locate hand-picked snippets (the trafilatura benchmark's "with"/"without" strings) in page
 * text and label lines from them.
 *
 * Matching, tried in order until one succeeds: exact; then folded (lower case, curly quotes
 * and dashes as ASCII, white space and line breaks as one space — every fold maps one UTF-16
 * unit to one, so offsets carry over); then folded with all white space ignored (the page may
 * glue two inline elements that the annotator saw apart, or the reverse).
 *
 * Labeling: a line touched by a must-go snippet is boilerplate as a whole, unless a must-stay
 * snippet also touches it — then only the must-go snippet's own characters outside any
 * must-stay snippet are (a conflict, counted), so removing the labeled spans never removes
 * text that must stay.
 *
 * Cost: O(text) per snippet (indexOf), O(text) once per page for the folded copies.
 */
import type { BoilerplateSpan } from '../../../contracts/case.ts';
import { cleanLine } from '../html/htmlToLines.ts';
import { flaggedLineSpans } from './lineSpans.ts';

export interface Range {
  start: number;
  end: number;
}

/** One UTF-16 unit → one: lower case where it keeps the length, typographic quotes and dashes as ASCII. */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.',
};

function foldUnit(c: string): string {
  const f = FOLD[c];
  if (f) return f;
  if (/\s/u.test(c)) return ' ';
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

const fold = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s[i] as string);
  return out;
};

/** A page prepared for snippet search (folded copies with offset maps). */
export class SnippetIndex {
  readonly #text: string;
  readonly #folded: string;
  readonly #compact: string;
  /** compact index → index in text */
  readonly #compactAt: number[];

  constructor(text: string) {
    this.#text = text;
    this.#folded = fold(text);
    let compact = '';
    const at: number[] = [];
    for (let i = 0; i < this.#folded.length; i++) {
      const c = this.#folded[i] as string;
      if (c === ' ') continue;
      compact += c;
      at.push(i);
    }
    this.#compact = compact;
    this.#compactAt = at;
  }

  /** Where the snippet occurs (first occurrence), or undefined. */
  locate(snippet: string): Range | undefined {
    const clean = cleanLine(snippet);
    if (clean === '') return undefined;
    const exact = this.#text.indexOf(clean);
    if (exact !== -1) return { start: exact, end: exact + clean.length };
    const f = fold(clean);
    const folded = this.#folded.indexOf(f);
    if (folded !== -1) return { start: folded, end: folded + f.length };
    const compact = f.replace(/ /g, '');
    const c = this.#compact.indexOf(compact);
    if (c === -1) return undefined;
    return { start: this.#compactAt[c] as number, end: (this.#compactAt[c + compact.length - 1] as number) + 1 };
  }
}

const touches = (line: Range, r: Range) => r.start < line.end && r.end > line.start;

/** The parts of `r` outside every range of `cut`. */
function subtract(r: Range, cut: readonly Range[]): Range[] {
  let pieces = [r];
  for (const c of cut)
    pieces = pieces.flatMap((p) =>
      c.end <= p.start || c.start >= p.end
        ? [p]
        : [
            { start: p.start, end: c.start },
            { start: c.end, end: p.end },
          ].filter((q) => q.start < q.end),
    );
  return pieces;
}

export interface SnippetLabels {
  spans: BoilerplateSpan[];
  /** Lines that hold both a must-go and a must-stay snippet (only the must-go part is labeled). */
  conflicts: number;
}

/** Boilerplate spans from located must-go and must-stay ranges over the page lines. */
export function snippetSpans(lines: readonly Range[], mustGo: readonly Range[], mustStay: readonly Range[]): SnippetLabels {
  const flagged = lines.map((l) => mustGo.some((r) => touches(l, r)) && !mustStay.some((r) => touches(l, r)));
  const spans = flaggedLineSpans(lines, flagged);
  let conflicts = 0;
  for (const l of lines) {
    const go = mustGo.filter((r) => touches(l, r));
    const stay = mustStay.filter((r) => touches(l, r));
    if (go.length === 0 || stay.length === 0) continue;
    conflicts++;
    for (const r of go)
      for (const piece of subtract({ start: Math.max(l.start, r.start), end: Math.min(l.end, r.end) }, stay))
        spans.push({ ...piece, type: 'other' });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: BoilerplateSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return { spans: merged, conflicts };
}
