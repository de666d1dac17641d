/**
 * Compare one detection with its case's gold annotation and keep only the counts the metrics
 * need (character, line, per-type, PAN and drift overlaps). O(text lines + spans log spans).
 */
import type { Case } from '../contracts/case.ts';
import type { Detection } from '../contracts/detection.ts';
import type { Match, Overlap } from '../contracts/results.ts';
import { lines } from '../kernels/lines.ts';
import { driftOverlap } from './metrics/drift.ts';
import { panCounts } from './metrics/pan.ts';
import { charOverlap, lineOverlap } from './metrics/spans.ts';

export function matchDetection(c: Case, d: Detection): Match {
  if (c.task === 'reuse') {
    const match: Match = {};
    if (c.alignments !== undefined) match.pan = panCounts(c.alignments, d.alignments ?? []);
    if (c.drift !== undefined) match.drift = driftOverlap(c.drift, d.drift ?? []);
    return match;
  }
  if (d.spans === undefined) return {};
  const predicted = d.spans;
  const types: Record<string, Overlap> = {};
  const allTypes = new Set([...c.spans.map((s) => s.type), ...predicted.map((s) => s.type)]);
  for (const t of [...allTypes].sort()) {
    types[t] = charOverlap(
      c.spans.filter((s) => s.type === t),
      predicted.filter((s) => s.type === t),
    );
  }
  const match: Match = { chars: charOverlap(c.spans, predicted), types };
  if (c.task === 'boilerplate') match.lines = lineOverlap(lines(c.text), c.spans, predicted);
  return match;
}
