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

/**
 * The task-specific figures of a row, when its cases carry what they need: PAN plagdet and drift
 * F1 (reuse), kept-text token F1 against a gold body and snippet survival (boilerplate pages),
 * ordinal grade accuracy (graded cases).
 */
export function extraFigures(row: MetricsRow): { label: string; value: Estimate }[] {
  const out: { label: string; value: Estimate }[] = [];
  if (row.pan) out.push({ label: 'plagdet', value: row.pan.plagdet });
  if (row.drift) out.push({ label: 'drift F1', value: row.drift.f1 });
  if (row.keptText) out.push({ label: 'kept-text F1', value: row.keptText.f1 });
  if (row.snippets) out.push({ label: 'must-go removed', value: row.snippets.removed }, { label: 'must-stay kept', value: row.snippets.kept });
  if (row.grades) out.push({ label: `${row.grades.levels}-grade accuracy`, value: row.grades.accuracy });
  return out;
}

/** Extra figures as one short text cell. */
export const extraCell = (row: MetricsRow, format: (e: Estimate) => string = (e) => formatEstimate(e)): string =>
  extraFigures(row)
    .map((x) => `${x.label} ${format(x.value)}`)
    .join('; ');

/** A figure a task's targets are stated in, read from a metrics row (undefined: does not apply). */
export interface TargetFigure {
  /** Column head, short enough for a 120-column terminal. */
  head: string;
  /** The estimate, or undefined where the figure does not apply to the row's slice. */
  of(row: MetricsRow): Estimate | undefined;
  /** Printed with its 95% interval (one headline figure per task). */
  interval?: boolean;
  /** Smaller is better (error rates), for coloring. */
  lowerIsBetter?: boolean;
}

const hasPositives = (row: MetricsRow): boolean => row.positives > 0;
const hasNegatives = (row: MetricsRow): boolean => row.cases > row.positives;
/** A value that exists (a 0/0 figure is undefined, not zero). */
const defined = (e: Estimate | undefined): Estimate | undefined => (e && e.value !== null ? e : undefined);
const when = (applies: boolean, e: Estimate | undefined): Estimate | undefined => (applies ? defined(e) : undefined);

/**
 * An error rate read from its complement: the false-positive rate as 1 − specificity, its
 * interval the mirrored one. A change of presentation of a stored figure, not a new metric.
 */
export function complement(e: Estimate | undefined): Estimate | undefined {
  if (!e || e.value === null) return undefined;
  const flip = (x: number | null | undefined) => (x === null || x === undefined ? x : 1 - x);
  return { value: 1 - e.value, lo: flip(e.hi), hi: flip(e.lo) };
}

/** Line figures need gold lines: their recall is undefined (0/0) on clean and hard-negative slices. */
const hasGoldLines = (row: MetricsRow): boolean => defined(row.spans?.lines?.recall) !== undefined;

/** Document-level figures shared by the tasks; each applies only where the slice has the class it counts. */
const docF1: TargetFigure = { head: 'F1', of: (r) => when(hasPositives(r), r.document.f1) };
const docRecall: TargetFigure = { head: 'recall', of: (r) => when(hasPositives(r), r.document.recall) };
const docSpecificity: TargetFigure = { head: 'spec', of: (r) => when(hasNegatives(r), r.document.specificity) };

/**
 * Per task, the figures its targets are stated in: reuse F1, recall, specificity, accuracy (MRPC),
 * PAN plagdet and drift precision/recall; mt character span F1, document ROC-AUC, recall (per MT
 * system) and false-positive rate (all-negative slices); boilerplate line F1/precision/recall
 * (per family slice), document specificity (clean and hard-negative slices), kept-text token F1
 * (AEB) and must-go removed / must-stay kept (trafilatura).
 */
export const TARGET_FIGURES: Record<MetricsRow['task'], readonly TargetFigure[]> = {
  reuse: [
    { ...docF1, interval: true },
    docRecall,
    docSpecificity,
    { head: 'accuracy', of: (r) => defined(r.document.accuracy) },
    { head: 'plagdet', of: (r) => defined(r.pan?.plagdet) },
    { head: 'drift P', of: (r) => defined(r.drift?.precision) },
    { head: 'drift R', of: (r) => defined(r.drift?.recall) },
  ],
  mt: [
    // span figures need gold spans: recall is undefined (0/0) on slices without any
    { head: 'span F1', interval: true, of: (r) => (defined(r.spans?.chars.recall) ? defined(r.spans?.chars.f1) : undefined) },
    { head: 'ROC-AUC', of: (r) => defined(r.document.rocAuc) },
    docF1,
    docRecall,
    { head: 'FPR', lowerIsBetter: true, of: (r) => (hasNegatives(r) ? complement(r.document.specificity) : undefined) },
  ],
  boilerplate: [
    { head: 'line F1', interval: true, of: (r) => (hasGoldLines(r) ? defined(r.spans?.lines?.f1) : undefined) },
    { head: 'line P', of: (r) => (hasGoldLines(r) ? defined(r.spans?.lines?.precision) : undefined) },
    { head: 'line R', of: (r) => defined(r.spans?.lines?.recall) },
    docSpecificity,
    { head: 'kept F1', of: (r) => defined(r.keptText?.f1) },
    { head: 'go removed', of: (r) => defined(r.snippets?.removed) },
    { head: 'stay kept', of: (r) => defined(r.snippets?.kept) },
  ],
};

/**
 * Character recall per gold span type of a row (types with no gold characters left out), e.g.
 * `untranslated` on the MQM source-language-fragment slice.
 */
export function typeRecalls(row: MetricsRow): Map<string, Estimate> {
  const out = new Map<string, Estimate>();
  for (const [type, prf] of Object.entries(row.spans?.byType ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = defined(prf.recall);
    if (r) out.set(type, r);
  }
  return out;
}
