/**
 * Choose the cases the error-analysis view shows — false positives and false negatives first,
 * then a few correct detections, a capped number per detector × slice — and copy their texts
 * and gold annotation into the results, so reports render from results alone.
 */
import type { Case } from '../contracts/case.ts';
import type { CaseResult, ExampleCase, Threshold } from '../contracts/results.ts';
import { decide } from './thresholds.ts';

/** Errors of each kind kept per detector × slice. */
export const MAX_ERRORS_PER_SLICE = 20;
/** Correct positive detections kept per detector × slice (to show alignments and spans). */
export const MAX_HITS_PER_SLICE = 5;
/** Longer texts are left out of the view rather than bloating the results. */
export const MAX_EXAMPLE_CHARS = 50_000;

export type Outcome = 'fp' | 'fn' | 'tp' | 'tn' | 'error';

/** The outcome of one case result under its detector's threshold. */
export function outcome(r: CaseResult, threshold: Threshold | undefined): Outcome {
  if (r.error !== undefined) return 'error';
  const p = decide(r, threshold);
  return p && r.label ? 'tp' : p ? 'fp' : r.label ? 'fn' : 'tn';
}

/** The example record of a corpus case. */
export function toExample(c: Case): ExampleCase {
  const base = { id: c.id, task: c.task, slice: c.slice, split: c.split, label: c.label };
  if (c.task === 'reuse')
    return {
      ...base,
      source: c.source.text,
      candidate: c.candidate.text,
      ...(c.alignments && { alignments: c.alignments }),
      ...(c.drift && { drift: c.drift }),
    };
  return { ...base, text: c.text, spans: c.spans.map(({ start, end, type }) => ({ start, end, type })) };
}

/** Characters of an example's texts. */
export const exampleSize = (c: ExampleCase) => (c.text?.length ?? 0) + (c.source?.length ?? 0) + (c.candidate?.length ?? 0);

/**
 * Pick example case ids in result order (detector, then case id), capped per detector × slice ×
 * outcome; `sizeOf` gives a case's text size (undefined: no texts available). Picking from the
 * union of several shards' examples gives the same set as one run over all cases, because each
 * shard keeps its own first N. Returns the ids sorted.
 */
export function pickExamples(sizeOf: (id: string) => number | undefined, results: readonly CaseResult[], thresholds: readonly Threshold[]): string[] {
  const picker = examplePicker();
  for (const r of results) picker.offer(r.id, r.detector, r.slice, outcome(r, thresholds.find((t) => t.detector === r.detector)), () => sizeOf(r.id));
  return picker.ids();
}

/** `pickExamples` one case result at a time, offered in result order, for results that are not all in memory. */
export function examplePicker() {
  const chosen = new Set<string>();
  const counts = new Map<string, number>();
  return {
    offer(id: string, detector: string, slice: string, kind: Outcome, size: () => number | undefined): void {
      if (kind === 'tn') return;
      const cap = kind === 'tp' ? MAX_HITS_PER_SLICE : MAX_ERRORS_PER_SLICE;
      const key = `${detector}|${slice}|${kind}`;
      const n = counts.get(key) ?? 0;
      if (n >= cap) return;
      const s = size();
      if (s === undefined || s > MAX_EXAMPLE_CHARS) return;
      counts.set(key, n + 1);
      chosen.add(id);
    },
    ids: (): string[] => [...chosen].sort(),
  };
}
