/**
 * Span-level metrics for the text tasks: character-level precision/recall/F1, overall and per
 * span type, and a line-level variant for boilerplate. Spans are reduced to merged interval
 * lists, so a 50 MB document costs O(spans log spans), not O(characters).
 */
import type { Line } from '../../kernels/lines.ts';

export interface Interval {
  start: number;
  end: number;
}

/** Overlap counts of one case: characters found, wrongly flagged and missed. */
export interface Overlap {
  tp: number;
  fp: number;
  fn: number;
}

/** Sort and merge intervals into a disjoint ascending list. O(k log k). */
export function mergeIntervals(spans: readonly Interval[]): Interval[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const total = (xs: readonly Interval[]): number => xs.reduce((n, x) => n + x.end - x.start, 0);

/** Length of the intersection of two merged interval lists. O(a + b). */
export function intersectionLength(a: readonly Interval[], b: readonly Interval[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end < y.end) i++;
    else j++;
  }
  return n;
}

/** Character overlap between gold and predicted spans (each merged first). */
export function charOverlap(gold: readonly Interval[], predicted: readonly Interval[]): Overlap {
  const g = mergeIntervals(gold);
  const p = mergeIntervals(predicted);
  const tp = intersectionLength(g, p);
  return { tp, fp: total(p) - tp, fn: total(g) - tp };
}

/** Share of a line's characters that must be covered for the line to count as flagged. */
export const LINE_COVERAGE = 0.5;

/** Characters of `line` covered by the merged list `xs`, advancing the cursor `at` (lines ascend). */
function coveredFrom(line: Interval, xs: readonly Interval[], at: { i: number }): number {
  while (at.i < xs.length && (xs[at.i] as Interval).end <= line.start) at.i++;
  let n = 0;
  for (let k = at.i; k < xs.length && (xs[k] as Interval).start < line.end; k++) {
    const x = xs[k] as Interval;
    n += Math.min(x.end, line.end) - Math.max(x.start, line.start);
  }
  return n;
}

/**
 * Line-level overlap: a line is positive when at least half of it is covered. Lines must be in
 * text order (as `lines()` returns them); one merged sweep, O(lines + spans log spans).
 */
export function lineOverlap(lines: readonly Line[], gold: readonly Interval[], predicted: readonly Interval[]): Overlap {
  const g = mergeIntervals(gold);
  const p = mergeIntervals(predicted);
  const atG = { i: 0 };
  const atP = { i: 0 };
  const o = { tp: 0, fp: 0, fn: 0 };
  for (const line of lines) {
    const len = line.end - line.start;
    const isGold = coveredFrom(line, g, atG) >= LINE_COVERAGE * len;
    const isPred = coveredFrom(line, p, atP) >= LINE_COVERAGE * len;
    if (isGold && isPred) o.tp++;
    else if (isPred) o.fp++;
    else if (isGold) o.fn++;
  }
  return o;
}

/** Weighted sum of overlaps (weights: bootstrap multiplicities; all 1 when omitted). */
export function sumOverlaps(xs: readonly Overlap[], weights?: ArrayLike<number>): Overlap {
  const o = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as Overlap;
    const w = weights ? (weights[i] as number) : 1;
    o.tp += w * x.tp;
    o.fp += w * x.fp;
    o.fn += w * x.fn;
  }
  return o;
}

/** Precision, recall and F1 of summed overlaps; null where a denominator is zero. */
export function overlapPrf(o: Overlap): { precision: number | null; recall: number | null; f1: number | null } {
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  return { precision: div(o.tp, o.tp + o.fp), recall: div(o.tp, o.tp + o.fn), f1: div(2 * o.tp, 2 * o.tp + o.fp + o.fn) };
}
