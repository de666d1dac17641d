/**
 * Shared formatting of figures for every report: a value with its interval, and the headline
 * metric of each task. Pure; knows nothing of where the text goes.
 */
import type { Estimate, MetricsRow } from '../contracts/results.ts';

/** `0.912 [0.88–0.94]`, or `–` when undefined. */
export function formatEstimate(e: Estimate | undefined, digits = 3): string {
  if (!e || e.value === null) return '–';
  const v = e.value.toFixed(digits);
  if (e.lo === null || e.lo === undefined || e.hi === null || e.hi === undefined) return v;
  return `${v} [${e.lo.toFixed(2)}–${e.hi.toFixed(2)}]`;
}

/** The span-level figure a row is judged on: line F1 for boilerplate, char F1 for mt. */
export const spanHeadline = (row: MetricsRow): Estimate | undefined => row.spans?.lines?.f1 ?? row.spans?.chars.f1;

/** The reuse-only figure: PAN plagdet when alignments are gold, else drift F1. */
export const reuseExtra = (row: MetricsRow): { label: string; value: Estimate } | undefined =>
  row.pan ? { label: 'plagdet', value: row.pan.plagdet } : row.drift ? { label: 'drift F1', value: row.drift.f1 } : undefined;
