/**
 * Injecting artifacts into human text: an injector proposes edits (replace `[start, end)` by
 * `insert`), each edit says which part of its inserted text is the artifact, and
 * {@link applyEdits} applies them, shifting the spans already injected. Injectors never touch
 * an existing span, so spans stay exact. Cost: O(text + spans) per application.
 */
import type { MtSpan } from '../../../contracts/case.ts';
import type { Random } from '../random.ts';
import type { ForeignLanguage } from './foreignLexicon.ts';

export type MtSpanType = MtSpan['type'];

/** Replace `[start, end)` of the text by `insert`; `marks` are artifact spans relative to `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
  marks: { from: number; to: number; type: MtSpanType }[];
}

/** A text with the artifact spans injected so far. */
export interface Injected {
  text: string;
  spans: MtSpan[];
}

export interface InjectContext {
  /** The language the (pretend) source was in: untranslated words come from it. */
  lang: ForeignLanguage;
}

/** What an injector did: its edits and a short description for the case's meta. */
export interface Injection {
  edits: Edit[];
  detail: Record<string, string>;
}

/** Proposes one artifact, or `undefined` when the text has no place for it. */
export type Injector = (doc: Injected, random: Random, ctx: InjectContext) => Injection | undefined;

/** True when `[start, end)` overlaps no span of `doc` (touching a span's edge is fine). */
export function isFree(doc: Injected, start: number, end: number): boolean {
  return doc.spans.every((s) => end <= s.start || start >= s.end);
}

/** Apply non-overlapping edits; returns the new text with old spans shifted and new ones added. */
export function applyEdits(doc: Injected, edits: readonly Edit[]): Injected {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++)
    if ((sorted[i] as Edit).start < (sorted[i - 1] as Edit).end) throw new Error('overlapping edits');
  for (const e of sorted) if (!isFree(doc, e.start, e.end)) throw new Error('edit overlaps an injected span');
  let text = '';
  let at = 0;
  let shift = 0;
  const added: MtSpan[] = [];
  // An old span moves by the length change of every edit that ends at or before its start
  // (an insertion exactly at its start goes before it).
  const shiftOf = (pos: number) => {
    let d = 0;
    for (const e of sorted) if (e.end <= pos) d += e.insert.length - (e.end - e.start);
    return d;
  };
  for (const e of sorted) {
    text += doc.text.slice(at, e.start);
    const base = e.start + shift;
    for (const m of e.marks) added.push({ start: base + m.from, end: base + m.to, type: m.type });
    text += e.insert;
    shift += e.insert.length - (e.end - e.start);
    at = e.end;
  }
  text += doc.text.slice(at);
  const moved = doc.spans.map((s) => ({ ...s, start: s.start + shiftOf(s.start), end: s.end + shiftOf(s.start) }));
  const spans = [...moved, ...added]
    .map((s) => ({ start: s.start, end: s.end, type: s.type, quote: text.slice(s.start, s.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, spans };
}
