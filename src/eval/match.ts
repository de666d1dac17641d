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
import { SnippetIndex } from '../corpus/adapters/labels/snippetLines.ts';
import { textTokenPrf } from '../corpus/adapters/labels/tokenF1.ts';
import { charOverlap, lineOverlap, mergeIntervals } from './metrics/spans.ts';

export function matchDetection(c: Case, d: Detection): Match {
  const match = taskMatch(c, d);
  const grade = goldGrade(c);
  return grade ? { ...match, grade } : match;
}

/**
 * A case's gold ordinal grade from `meta.gradeRank` (integer, 0 = lowest) of `meta.gradeLevels`
 * (integer ≥ 2); undefined when the case has none or they do not fit together.
 */
function goldGrade(c: Case): Match['grade'] {
  const rank = c.meta?.gradeRank;
  const levels = c.meta?.gradeLevels;
  if (!Number.isInteger(rank) || !Number.isInteger(levels)) return undefined;
  const r = rank as number;
  const l = levels as number;
  return l >= 2 && r >= 0 && r < l ? { rank: r, levels: l } : undefined;
}

function taskMatch(c: Case, d: Detection): Match {
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
  if (c.task === 'boilerplate') {
    match.lines = lineOverlap(lines(c.text), c.spans, predicted);
    const goldBody = c.meta?.goldBody;
    const mustRemove = stringList(c.meta?.mustRemove);
    const mustKeep = stringList(c.meta?.mustKeep);
    if (typeof goldBody === 'string' || mustRemove || mustKeep) {
      const kept = keptText(c.text, predicted);
      if (typeof goldBody === 'string') match.keptText = textTokenPrf(kept, goldBody);
      if (mustRemove || mustKeep) match.snippets = snippetCounts(c.text, kept, mustRemove ?? [], mustKeep ?? []);
    }
  }
  return match;
}

const stringList = (x: unknown): string[] | undefined => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? (x as string[]) : undefined);

/** The text a detector keeps: every predicted span cut out (a line break stands in for each). */
export function keptText(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of mergeIntervals(spans)) {
    out += `${text.slice(at, s.start)}\n`;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * Snippet survival, over the snippets present in the page text at all (one that never appears
 * cannot be removed or kept by any detector): a must-go snippet is removed when the kept text no
 * longer contains it, a must-stay snippet kept when it still does (matching as the adapter
 * locates snippets: exact, then case/quote/space-folded).
 */
function snippetCounts(text: string, kept: string, mustRemove: readonly string[], mustKeep: readonly string[]) {
  const page = new SnippetIndex(text);
  const after = new SnippetIndex(kept);
  const located = (xs: readonly string[]) => xs.filter((x) => page.locate(x) !== undefined);
  const go = located(mustRemove);
  const stay = located(mustKeep);
  return {
    mustRemove: go.length,
    removed: go.filter((x) => after.locate(x) === undefined).length,
    mustKeep: stay.length,
    kept: stay.filter((x) => after.locate(x) !== undefined).length,
  };
}
