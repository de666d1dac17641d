/**
 * The terminal summary: per task, one borderless table of the figures the task's targets are
 * stated in (`TARGET_FIGURES`), one row per detector under each slice so every detector sits
 * beside its baseline, blank where a figure does not apply; for tasks with typed gold spans, a
 * small table of span recall per gold type; for graded cases (Clough–Stevenson), the ordinal
 * grade accuracy of each detector; the decision thresholds used; then failures. Fits
 * 120 columns for the bundled and public-dataset names. Colors are on where picocolors detects a
 * color terminal (or `CI`), unless the caller says otherwise. Only renders results.
 * O(rows × columns).
 */
import { TASKS } from '../contracts/case.ts';
import type { Estimate, MetricsRow, Results, Threshold } from '../contracts/results.ts';
import { type ColorOption, type Colors, colors } from './colors.ts';
import { compactTable } from './compactTable.ts';
import { formatEstimate, TARGET_FIGURES, type TargetFigure, typeRecalls } from './format.ts';
import { terminalSafe } from './sanitize.ts';

/** Color cut-offs of a figure where higher is better (green ≥ GOOD, yellow ≥ FAIR, red below). */
const GOOD = 0.9;
const FAIR = 0.7;
/** Indent of a detector row under its slice. */
const INDENT = '  ';
/** Widest line the threshold note is wrapped to (a common terminal). */
const NOTE_WIDTH = 120;
/**
 * Tasks whose targets name gold span types (MQM "Source language fragment", "Non-translation!").
 * Boilerplate families are slices of their own and judged on lines, so they need no type table.
 */
const TYPE_RECALL_TASKS: ReadonlySet<string> = new Set(['mt']);

/** A table's text without the padding cli-table3 leaves at line ends. */
const trimmed = (table: string): string => table.replace(/[ \t]+$/gm, '');

/** A figure as text, colored by how good it is; blank where it does not apply. */
function cell(c: Colors, e: Estimate | undefined, figure: Pick<TargetFigure, 'interval' | 'lowerIsBetter'> = {}): string {
  if (!e || e.value === null) return '';
  const text = figure.interval ? formatEstimate(e) : formatEstimate({ value: e.value });
  const goodness = figure.lowerIsBetter ? 1 - e.value : e.value;
  return goodness >= GOOD ? c.green(text) : goodness >= FAIR ? c.yellow(text) : c.red(text);
}

/**
 * Slices in first-seen order, the whole task (`*`) first; the rows of each in detector order. A
 * task of one slice (MRPC, trafilatura) shows that slice alone: its `*` rows repeat it.
 */
function bySlice(rows: readonly MetricsRow[]): [string, MetricsRow[]][] {
  const groups = new Map<string, MetricsRow[]>();
  for (const m of rows) groups.set(m.slice, [...(groups.get(m.slice) ?? []), m]);
  const sorted = [...groups.entries()].sort(([a], [b]) => Number(b === '*') - Number(a === '*'));
  const [whole, only, ...more] = sorted;
  const same = (a: MetricsRow[], b: MetricsRow[]) => a.length === b.length && a.every((m, i) => m.detector === b[i]?.detector && m.cases === b[i]?.cases);
  if (whole?.[0] === '*' && only && more.length === 0 && same(whole[1], only[1])) return [only];
  return sorted;
}

const sliceTitle = (slice: string): string => (slice === '*' ? 'all slices (*)' : terminalSafe(slice));

/** `mt@1.0.0 0.0190, mt-franc-baseline@1.0.0 own label`, wrapped to NOTE_WIDTH. */
function thresholdNote(c: Colors, thresholds: readonly Threshold[], keys: ReadonlySet<string>): string[] {
  const parts = thresholds
    .filter((t) => keys.has(t.detector))
    .map((t) => `${terminalSafe(t.detector)} ${t.value === null ? 'own label' : `${t.value.toFixed(4)} (dev, ${t.objective})`}`);
  if (parts.length === 0) return [];
  const lines: string[] = [];
  let line = 'thresholds:';
  for (const p of parts) {
    if (line.length + p.length + 2 > NOTE_WIDTH) {
      lines.push(`${line},`);
      line = `${INDENT}${p}`;
    } else line = line.endsWith(':') ? `${line} ${p}` : `${line}, ${p}`;
  }
  lines.push(line);
  return lines.map((l) => c.dim(l));
}

function figuresTable(c: Colors, groups: [string, MetricsRow[]][], figures: readonly TargetFigure[], baselines: ReadonlySet<string>): string {
  const anyErrors = groups.some(([, rs]) => rs.some((m) => m.errors > 0));
  const heads = ['slice / detector', 'cases', ...figures.map((f) => (f.interval ? `${f.head} [95% CI]` : f.head)), ...(anyErrors ? ['err'] : [])];
  const table = compactTable(heads.map((h) => c.bold(h)), { borderless: true });
  for (const [slice, rs] of groups) {
    table.push([{ colSpan: heads.length, content: c.bold(sliceTitle(slice)) }]);
    for (const m of rs) {
      const name = `${INDENT}${terminalSafe(m.detector)}`;
      table.push([
        baselines.has(m.detector) ? c.dim(name) : name,
        { hAlign: 'right', content: String(m.cases) },
        ...figures.map((f) => cell(c, f.of(m), f)),
        ...(anyErrors ? [m.errors > 0 ? c.red(String(m.errors)) : '0'] : []),
      ]);
    }
  }
  return trimmed(table.toString());
}

/** Span recall per gold type, for the rows with any typed gold span; undefined when none has. */
function typeRecallTable(c: Colors, groups: [string, MetricsRow[]][], baselines: ReadonlySet<string>): string | undefined {
  const recalls = new Map<MetricsRow, Map<string, Estimate>>();
  for (const [, rs] of groups) for (const m of rs) recalls.set(m, typeRecalls(m));
  const types = [...new Set([...recalls.values()].flatMap((r) => [...r.keys()]))].sort();
  if (types.length === 0) return undefined;
  const table = compactTable(['slice / detector', ...types.map((t) => terminalSafe(t))].map((h) => c.bold(h)), { borderless: true });
  for (const [slice, rs] of groups) {
    const shown = rs.filter((m) => (recalls.get(m)?.size ?? 0) > 0);
    if (shown.length === 0) continue;
    table.push([{ colSpan: types.length + 1, content: c.bold(sliceTitle(slice)) }]);
    for (const m of shown) {
      const name = `${INDENT}${terminalSafe(m.detector)}`;
      table.push([baselines.has(m.detector) ? c.dim(name) : name, ...types.map((t) => cell(c, recalls.get(m)?.get(t)))]);
    }
  }
  return trimmed(table.toString());
}

/**
 * Ordinal grade accuracy of the whole-task rows that have it (Clough–Stevenson's 4 grades), one
 * line each with the cut-points and how many dev cases fitted them.
 */
function gradeNote(c: Colors, task: string, rows: readonly MetricsRow[], baselines: ReadonlySet<string>): string[] {
  const graded = rows.filter((m) => m.slice === '*' && m.grades !== undefined);
  if (graded.length === 0) return [];
  const width = Math.max(...graded.map((m) => terminalSafe(m.detector).length));
  return [
    '',
    c.bold(`${task}: ordinal grade accuracy (score cut into ordered grades at dev-fitted cut-points)`),
    ...graded.map((m) => {
      const g = m.grades as NonNullable<MetricsRow['grades']>;
      const name = `${INDENT}${terminalSafe(m.detector).padEnd(width)}`;
      const cuts = g.cuts.map((c) => (c === null ? 'never' : c.toFixed(4))).join(' / ');
      return `${baselines.has(m.detector) ? c.dim(name) : name}  ${g.levels}-grade accuracy ${cell(c, g.accuracy, { interval: true })}${c.dim(`  cut-points ${cuts} (fitted on ${g.fittedOn} dev cases)`)}`;
    }),
  ];
}

export function renderTerminal(results: Results, options: ColorOption = {}): string {
  const c = colors(options.color);
  const out: string[] = [];
  const baselines = new Set(results.detectors.filter((d) => d.baseline).map((d) => d.key));
  for (const task of TASKS) {
    const rows = results.metrics.filter((m) => m.task === task);
    if (rows.length === 0) continue;
    const groups = bySlice(rows);
    const fpr = task === 'mt' ? '; FPR = 1 − specificity' : '';
    out.push(c.bold(`${task} (split ${results.run.split})`) + c.dim(` — blank: does not apply; baselines dimmed${fpr}`));
    out.push(...thresholdNote(c, results.thresholds, new Set(rows.map((m) => m.detector))));
    out.push(figuresTable(c, groups, TARGET_FIGURES[task], baselines));
    const types = TYPE_RECALL_TASKS.has(task) ? typeRecallTable(c, groups, baselines) : undefined;
    if (types !== undefined) out.push('', c.bold(`${task}: span recall per gold span type (characters)`), types);
    out.push(...gradeNote(c, task, rows, baselines));
    out.push('');
  }
  const errors = results.cases.filter((c) => c.error !== undefined).length;
  if (errors > 0) out.push(c.red(`${errors} case run(s) failed; see results.json`));
  if (results.skipped.length > 0) out.push(c.yellow(`${results.skipped.length} invalid corpus line(s) skipped`));
  return out.join('\n');
}
