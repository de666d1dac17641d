/**
 * PAN text-alignment measures (Potthast et al., "An Evaluation Framework for Plagiarism
 * Detection", COLING 2010), ported from their definition. A passage pair covers characters in
 * both documents; a detection r *detects* a gold passage s when they overlap in both documents.
 *
 *   prec = 1/|R| Σ_r |∪_{s detected by r} (s ∩ r)| / |r|
 *   rec  = 1/|S| Σ_s |∪_{r detecting s} (s ∩ r)| / |s|
 *   gran = 1/|S_R| Σ_{s ∈ S_R} |R_s|          (S_R: gold passages detected at least once)
 *   plagdet = F1(prec, rec) / log2(1 + gran)
 *
 * Per case we keep additive sums (PanCounts) so corpus-level macro figures and their bootstrap
 * intervals are computed without the texts. O(|S|·|R|) per case.
 */
import type { PanCounts } from '../../contracts/results.ts';
import { intersectionLength, type Interval, mergeIntervals } from './spans.ts';

export interface PassagePair {
  source: Interval;
  candidate: Interval;
}

const len = (x: Interval) => x.end - x.start;
const overlaps = (a: Interval, b: Interval) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const detects = (r: PassagePair, s: PassagePair) => overlaps(r.source, s.source) && overlaps(r.candidate, s.candidate);
const clip = (a: Interval, b: Interval): Interval => ({ start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) });

/** Characters of `self` (both documents) covered by its overlaps with `others`. */
function coveredBy(self: PassagePair, others: readonly PassagePair[]): number {
  const hits = others.filter((o) => detects(self, o));
  const src = mergeIntervals(hits.map((o) => clip(self.source, o.source)));
  const cand = mergeIntervals(hits.map((o) => clip(self.candidate, o.candidate)));
  return intersectionLength([self.source], src) + intersectionLength([self.candidate], cand);
}

/** The additive PAN sums of one case. */
export function panCounts(gold: readonly PassagePair[], detections: readonly PassagePair[]): PanCounts {
  let precisionSum = 0;
  for (const r of detections) precisionSum += coveredBy(r, gold) / (len(r.source) + len(r.candidate));
  let recallSum = 0;
  let foundPassages = 0;
  let detectionsPerFoundPassage = 0;
  for (const s of gold) {
    recallSum += coveredBy(s, detections) / (len(s.source) + len(s.candidate));
    const n = detections.filter((r) => detects(r, s)).length;
    if (n > 0) {
      foundPassages++;
      detectionsPerFoundPassage += n;
    }
  }
  return { precisionSum, detections: detections.length, recallSum, goldPassages: gold.length, foundPassages, detectionsPerFoundPassage };
}

/** Corpus-level macro precision, recall and granularity from summed counts. */
export function panMeasures(c: PanCounts): { precision: number | null; recall: number | null; granularity: number | null } {
  return {
    precision: c.detections === 0 ? null : c.precisionSum / c.detections,
    recall: c.goldPassages === 0 ? null : c.recallSum / c.goldPassages,
    granularity: c.foundPassages === 0 ? null : c.detectionsPerFoundPassage / c.foundPassages,
  };
}

/** plagdet = F1 / log2(1 + granularity); 0 when precision and recall are both 0. */
export function plagdet(precision: number, recall: number, granularity: number): number {
  if (precision + recall === 0) return 0;
  const f1 = (2 * precision * recall) / (precision + recall);
  return f1 / Math.log2(1 + granularity);
}

/** Sum PanCounts element-wise. */
export function addPan(a: PanCounts, b: PanCounts): PanCounts {
  return {
    precisionSum: a.precisionSum + b.precisionSum,
    detections: a.detections + b.detections,
    recallSum: a.recallSum + b.recallSum,
    goldPassages: a.goldPassages + b.goldPassages,
    foundPassages: a.foundPassages + b.foundPassages,
    detectionsPerFoundPassage: a.detectionsPerFoundPassage + b.detectionsPerFoundPassage,
  };
}

export const EMPTY_PAN: PanCounts = { precisionSum: 0, detections: 0, recallSum: 0, goldPassages: 0, foundPassages: 0, detectionsPerFoundPassage: 0 };
