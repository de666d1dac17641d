/**
 * The issue's boilerplate targets computed from per-line decisions (shared by `measure.ts` and
 * `refit.ts`):
 * - bundled: line F1 overall and per slice; keep rate of hard-negative content lines (the lines
 *   of `hard-content` and the non-boilerplate lines of `hard-mixed`);
 * - aeb: mean over pages of the token precision/recall/F1 of the kept text (the page without the
 *   flagged lines) against the gold body;
 * - trafilatura: over the snippets found in the page text, must-go snippets removed (the kept text
 *   no longer contains them) and must-stay snippets kept (it still does).
 * Kept text and snippet matching are the eval engine's (`src/eval/match.ts`), so these figures are
 * the ones `rehash eval` reports.
 */
import { SnippetIndex } from '../../../src/corpus/adapters/labels/snippetLines.ts';
import { textTokenPrf } from '../../../src/corpus/adapters/labels/tokenF1.ts';
import { keptText as engineKeptText } from '../../../src/eval/match.ts';
import type { LabeledCase } from './data.ts';

interface Range {
  start: number;
  end: number;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export interface Summary {
  slices: Map<string, Prf>;
  hardKept: number;
  hardTotal: number;
  aeb: { p: number; r: number; f: number; slice: string; id: string }[];
  traf: { removed: number; mustRemove: number; removeLocated: number; kept: number; mustKeep: number; keepLocated: number };
  hardMisses: string[];
  fp: string[];
  fn: string[];
  /** trafilatura must-stay snippets touched and must-go snippets left (line texts). */
  trafLost: string[];
  trafLeft: string[];
}

export const f1 = (o: Prf): number => (2 * o.tp) / (2 * o.tp + o.fp + o.fn || 1);
export const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Flagged lines as spans, runs separated only by white space merged into one. */
export function flaggedRanges(lc: LabeledCase, flags: readonly boolean[]): Range[] {
  const out: Range[] = [];
  lc.lines.forEach((l, i) => {
    if (!flags[i]) return;
    const last = out[out.length - 1];
    if (last && lc.c.text.slice(last.end, l.start).trim() === '') last.end = l.end;
    else out.push({ start: l.start, end: l.end });
  });
  return out;
}

/** The text without the flagged lines, as the eval engine builds it. */
export function keptText(lc: LabeledCase, flags: readonly boolean[]): string {
  return engineKeptText(lc.c.text, flaggedRanges(lc, flags));
}

export function summarize(cases: readonly LabeledCase[], flagsOf: (lc: LabeledCase, k: number) => boolean[]): Summary {
  const s: Summary = {
    slices: new Map(),
    hardKept: 0,
    hardTotal: 0,
    aeb: [],
    traf: { removed: 0, mustRemove: 0, removeLocated: 0, kept: 0, mustKeep: 0, keepLocated: 0 },
    hardMisses: [],
    fp: [],
    fn: [],
    trafLost: [],
    trafLeft: [],
  };
  const add = (k: string, o: Prf) => {
    const t = s.slices.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += o.tp;
    t.fp += o.fp;
    t.fn += o.fn;
    s.slices.set(k, t);
  };
  cases.forEach((lc, k) => {
    const flags = flagsOf(lc, k);
    if (lc.source === 'bundled') {
      const o = { tp: 0, fp: 0, fn: 0 };
      const slice = lc.c.slice.replace('boilerplate/', '');
      lc.lines.forEach((l, i) => {
        const g = lc.labels[i] === true;
        const p = flags[i] === true;
        if (g && p) o.tp++;
        else if (p) {
          o.fp++;
          s.fp.push(`${slice}: ${l.text.slice(0, 110)}`);
        } else if (g) {
          o.fn++;
          s.fn.push(`${slice}: ${l.text.slice(0, 110)}`);
        }
        if (!g && (slice === 'hard-content' || slice === 'hard-mixed')) {
          s.hardTotal++;
          if (p) s.hardMisses.push(l.text.slice(0, 110));
          else s.hardKept++;
        }
      });
      add('*', o);
      add(lc.c.slice, o);
    } else if (lc.source === 'aeb') {
      const prf = textTokenPrf(keptText(lc, flags), String(lc.c.meta?.goldBody ?? ''));
      s.aeb.push({ p: prf.precision, r: prf.recall, f: prf.f1, slice: lc.c.slice, id: lc.c.id });
    } else {
      const meta = lc.c.meta as { mustRemove: string[]; mustKeep: string[] };
      const page = new SnippetIndex(lc.c.text);
      const after = new SnippetIndex(keptText(lc, flags));
      const id = lc.c.id.slice(12, 40);
      for (const x of meta.mustRemove) {
        if (page.locate(x) === undefined) continue;
        s.traf.removeLocated++;
        if (after.locate(x) === undefined) s.traf.removed++;
        else s.trafLeft.push(`${id}: ${x.slice(0, 100)}`);
      }
      for (const x of meta.mustKeep) {
        if (page.locate(x) === undefined) continue;
        s.traf.keepLocated++;
        if (after.locate(x) !== undefined) s.traf.kept++;
        else s.trafLost.push(`${id}: ${x.slice(0, 100)}`);
      }
      s.traf.mustRemove += meta.mustRemove.length;
      s.traf.mustKeep += meta.mustKeep.length;
    }
  });
  return s;
}

const fmt = (x: number): string => x.toFixed(3);

/** A few lines with the headline figures. */
export function headline(s: Summary): string {
  const all = s.slices.get('*') ?? { tp: 0, fp: 0, fn: 0 };
  const parts = [`bundled line F1 ${fmt(f1(all))}`, `hard kept ${fmt(s.hardKept / (s.hardTotal || 1))}`];
  const fams = [...s.slices].filter(([k]) => k !== '*' && !/clean|hard-content|hand/.test(k));
  if (fams.length) parts.push(`min family ${fmt(Math.min(...fams.map(([, o]) => f1(o))))}`);
  if (s.aeb.length) parts.push(`aeb F1 ${fmt(mean(s.aeb.map((x) => x.f)))} (P ${fmt(mean(s.aeb.map((x) => x.p)))} R ${fmt(mean(s.aeb.map((x) => x.r)))})`);
  if (s.traf.mustRemove) parts.push(`traf removed ${fmt(s.traf.removed / s.traf.removeLocated)} kept ${fmt(s.traf.kept / s.traf.keepLocated)} (located)`);
  return parts.join(' | ');
}

/** The full report. */
export function report(s: Summary, errors = false): string {
  const out: string[] = ['bundled line F1 (P / R):'];
  for (const [k, o] of [...s.slices].sort())
    out.push(`  ${k.padEnd(32)} ${fmt(f1(o))}  (${fmt(o.tp / (o.tp + o.fp || 1))} / ${fmt(o.tp / (o.tp + o.fn || 1))})  tp ${o.tp} fp ${o.fp} fn ${o.fn}`);
  out.push(`hard-negative content lines kept: ${fmt(s.hardKept / (s.hardTotal || 1))} (${s.hardKept}/${s.hardTotal})`);
  for (const slice of ['*', 'aeb/en', 'aeb/other']) {
    const xs = s.aeb.filter((x) => slice === '*' || x.slice === slice);
    if (xs.length) out.push(`aeb ${slice.padEnd(9)} pages ${xs.length}: token P ${fmt(mean(xs.map((x) => x.p)))} R ${fmt(mean(xs.map((x) => x.r)))} F1 ${fmt(mean(xs.map((x) => x.f)))}`);
  }
  const t = s.traf;
  if (t.mustRemove)
    out.push(
      `trafilatura: must-go removed ${fmt(t.removed / t.mustRemove)} (${t.removed}/${t.mustRemove}; of located ${fmt(t.removed / t.removeLocated)}), must-stay kept ${fmt(t.kept / t.mustKeep)} (${t.kept}/${t.mustKeep}; of located ${fmt(t.kept / t.keepLocated)})`,
    );
  if (errors) {
    const sample = (xs: string[], k: number) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / k)) === 0).slice(0, k);
    out.push(`\nhard-negative misses (${s.hardMisses.length}):\n  ${sample(s.hardMisses, 40).join('\n  ')}`);
    out.push(`\nfalse positives (${s.fp.length}):\n  ${sample(s.fp, 40).join('\n  ')}`);
    out.push(`\nfalse negatives (${s.fn.length}):\n  ${sample(s.fn, 60).join('\n  ')}`);
    out.push(`\ntrafilatura must-stay lost (${s.trafLost.length}):\n  ${sample(s.trafLost, 60).join('\n  ')}`);
    out.push(`\ntrafilatura must-go left (${s.trafLeft.length}):\n  ${sample(s.trafLeft, 40).join('\n  ')}`);
    const worst = [...s.aeb].sort((a, b) => a.f - b.f).slice(0, 15);
    if (worst.length) out.push(`\nworst aeb pages:\n  ${worst.map((x) => `${fmt(x.f)} P ${fmt(x.p)} R ${fmt(x.r)} ${x.id}`).join('\n  ')}`);
  }
  return out.join('\n');
}
