/**
 * Drift matching: a predicted drift item matches a gold one when their candidate ranges overlap
 * and they name the same kind. Matching is one-to-one and greedy in text order, so each gold
 * item is found at most once. O(|gold| · |predicted|).
 */
import type { Drift } from '../../contracts/case.ts';
import type { PredictedDrift } from '../../contracts/detection.ts';
import type { Overlap } from '../../contracts/results.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

export function driftOverlap(gold: readonly Drift[], predicted: readonly PredictedDrift[]): Overlap {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && p.kind === g.kind && overlaps(p.candidate, g.candidate));
    if (k === -1) continue;
    used.add(k);
    tp++;
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}
