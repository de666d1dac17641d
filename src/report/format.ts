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
 * F1 (reuse), kept-text token F1 against a gold body and snippet survival (boilerplate pages).
 */
export function extraFigures(row: MetricsRow): { label: string; value: Estimate }[] {
  const out: { label: string; value: Estimate }[] = [];
  if (row.pan) out.push({ label: 'plagdet', value: row.pan.plagdet });
  if (row.drift) out.push({ label: 'drift F1', value: row.drift.f1 });
  if (row.keptText) out.push({ label: 'kept-text F1', value: row.keptText.f1 });
  if (row.snippets) out.push({ label: 'must-go removed', value: row.snippets.removed }, { label: 'must-stay kept', value: row.snippets.kept });
  return out;
}

/** Extra figures as one short text cell. */
export const extraCell = (row: MetricsRow, format: (e: Estimate) => string = (e) => formatEstimate(e)): string =>
  extraFigures(row)
    .map((x) => `${x.label} ${format(x.value)}`)
    .join('; ');
