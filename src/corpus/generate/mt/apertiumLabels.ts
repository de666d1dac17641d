/**
 * Gold spans for Apertium output, by construction. Clean output: marks removed, `typography`
 * spans from {@link foreignTypography}, and `untranslated` spans for the marked words the
 * {@link judgeMarkedWord} keeps. Marked output: every marked unit is a span (the mark itself is
 * a visible MT artifact) typed by its mark — `*` untranslated, `#` grammar (an uninflected
 * lemma), anything else `other` — plus the typography spans. Cost: O(n) per document.
 */
import type { MtSpan } from '../../../contracts/case.ts';
import { cleanOutput, type MarkedUnit } from './apertiumOutput.ts';
import { foreignTypography } from './foreignTypography.ts';
import type { LabeledDocument } from './labeledDocument.ts';
import { type JudgeContext, judgeMarkedWord, type Verdict } from './untranslatedJudge.ts';

export interface ApertiumDocument extends LabeledDocument {
  /** Every marked unit of the output with the verdict on it (`marked` in marked output). */
  marked: { start: number; end: number; verdict: Verdict | 'marked' }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function merge(typography: MtSpan[], others: MtSpan[]): MtSpan[] {
  const kept = others.filter((s) => !typography.some((t) => overlaps(s, t)));
  return [...typography, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The clean document: marks removed, untranslated and typography spans. */
export function labelCleanOutput(raw: string, ctx: JudgeContext): ApertiumDocument {
  const { text, units } = cleanOutput(raw);
  const marked: ApertiumDocument['marked'] = [];
  const untranslated: MtSpan[] = [];
  for (const u of units) {
    const v = judgeMarkedWord(u.word, ctx);
    marked.push({ start: u.start, end: u.end, verdict: v });
    if (v === 'untranslated') untranslated.push({ start: u.start, end: u.end, type: 'untranslated', quote: text.slice(u.start, u.end) });
  }
  return { text, spans: merge(foreignTypography(text), untranslated), marked };
}

/** The span type of a marked unit in marked output. */
export function markType(u: Pick<MarkedUnit, 'word' | 'marks'>): MtSpan['type'] {
  if (!/\p{L}/u.test(u.word)) return 'other';
  if (u.marks.includes('*')) return 'untranslated';
  if (u.marks.includes('#')) return 'grammar';
  return 'other';
}

/** The marked document: marks kept, every marked unit a span, plus typography. */
export function labelMarkedOutput(raw: string): ApertiumDocument {
  const { text, units } = cleanOutput(raw, true);
  const spans = units.map((u): MtSpan => ({ start: u.start, end: u.end, type: markType(u), quote: text.slice(u.start, u.end) }));
  const marked = units.map((u) => ({ start: u.start, end: u.end, verdict: 'marked' as const }));
  return { text, spans: merge(foreignTypography(text), spans), marked };
}
