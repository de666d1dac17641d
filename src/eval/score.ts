/**
 * Turn case results into metric rows: one per detector × slice (and `*` for the whole task) on
 * the reported split, every headline figure with a seeded 95% bootstrap interval (cases
 * resampled). Pure: the same case results, thresholds and seed always give the same rows.
 * Reads the compact case table, not case results; while a row is scored, its cases' decisions
 * and match counts are held as small objects. Cases with a gold ordinal grade also get the
 * grade accuracy of cut-points fitted on the detector's graded dev cases (`metrics/grades.ts`).
 * Cost per row: O(resamples × cases).
 */
import type { Task } from '../contracts/case.ts';
import type { Estimate, MetricsRow, Overlap, PanCounts, Prf, SnippetCounts, Threshold } from '../contracts/results.ts';
import type { CaseTable, MatchGroup } from './caseTable.ts';

type TokenScore = { precision: number; recall: number; f1: number };
import { bootstrapIntervals, DEFAULT_RESAMPLES, type Interval } from './metrics/bootstrap.ts';
import { type Decision, documentStats, sortByScore } from './metrics/document.ts';
import { addPan, EMPTY_PAN, panMeasures, plagdet } from './metrics/pan.ts';
import { overlapPrf, sumOverlaps } from './metrics/spans.ts';
import { fitGradeCuts, gradeOf } from './metrics/grades.ts';
import { decidePrediction } from './thresholds.ts';

/** Below this many cases a slice's figures are flagged as too small to mean much. */
export const MIN_MEANINGFUL_CASES = 30;
/** Below this many cases of the minority class, likewise. */
export const MIN_MEANINGFUL_CLASS = 10;

export interface ScoreOptions {
  split: 'dev' | 'test' | 'all';
  seed: number;
  resamples?: number;
}

/** FNV-1a of a string, to derive an independent bootstrap seed per row. */
function seedFor(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const estimate = (value: number | null, ci: Interval | undefined): Estimate => ({ value, lo: ci?.lo ?? null, hi: ci?.hi ?? null });

type Stats = Record<string, number | null>;

/** All bootstrapped statistics of one row, as a flat record (so one resample serves all). */
function rowStatistic(sorted: ReturnType<typeof sortByScore>, matches: RowMatches) {
  return (w?: ArrayLike<number>): Stats => {
    const d = documentStats(sorted, w);
    const s: Stats = {
      precision: d.precision,
      recall: d.recall,
      f1: d.f1,
      accuracy: d.accuracy,
      specificity: d.specificity,
      rocAuc: d.rocAuc,
      prAuc: d.prAuc,
    };
    const prf = (prefix: string, xs: readonly Overlap[]) => {
      const p = overlapPrf(sumOverlaps(xs, w));
      s[`${prefix}.precision`] = p.precision;
      s[`${prefix}.recall`] = p.recall;
      s[`${prefix}.f1`] = p.f1;
    };
    if (matches.chars) prf('chars', matches.chars);
    if (matches.lines) prf('lines', matches.lines);
    for (const [type, xs] of matches.types) prf(`type:${type}`, xs);
    if (matches.drift) prf('drift', matches.drift);
    if (matches.keptText) {
      // mean over cases of per-page token scores, as the extraction benchmarks report them
      let n = 0;
      const sum = { precision: 0, recall: 0, f1: 0 };
      matches.keptText.forEach((k, i) => {
        const c = w ? (w[i] as number) : 1;
        if (!k || c === 0) return;
        n += c;
        sum.precision += c * k.precision;
        sum.recall += c * k.recall;
        sum.f1 += c * k.f1;
      });
      s['kept.precision'] = n ? sum.precision / n : null;
      s['kept.recall'] = n ? sum.recall / n : null;
      s['kept.f1'] = n ? sum.f1 / n : null;
    }
    if (matches.snippets) {
      const t = { mustRemove: 0, removed: 0, mustKeep: 0, kept: 0 };
      matches.snippets.forEach((x, i) => {
        const c = w ? (w[i] as number) : 1;
        if (!x) return;
        t.mustRemove += c * x.mustRemove;
        t.removed += c * x.removed;
        t.mustKeep += c * x.mustKeep;
        t.kept += c * x.kept;
      });
      s['snippets.removed'] = t.mustRemove ? t.removed / t.mustRemove : null;
      s['snippets.kept'] = t.mustKeep ? t.kept / t.mustKeep : null;
    }
    if (matches.gradeRight) {
      let n = 0;
      let right = 0;
      matches.gradeRight.forEach((x, i) => {
        const c = w ? (w[i] as number) : 1;
        if (x === undefined || c === 0) return;
        n += c;
        right += c * x;
      });
      s['grade.accuracy'] = n ? right / n : null;
    }
    if (matches.pan) {
      let sum = EMPTY_PAN;
      matches.pan.forEach((p, i) => {
        const k = w ? (w[i] as number) : 1;
        if (k > 0) sum = addPan(sum, scalePan(p, k));
      });
      const m = panMeasures(sum);
      s['pan.precision'] = m.precision;
      s['pan.recall'] = m.recall;
      s['pan.granularity'] = m.granularity;
      s['pan.plagdet'] = plagdet(m.precision ?? 0, m.recall ?? 0, m.granularity ?? 1);
    }
    return s;
  };
}

const scalePan = (p: PanCounts, k: number): PanCounts =>
  k === 1
    ? p
    : {
        precisionSum: p.precisionSum * k,
        detections: p.detections * k,
        recallSum: p.recallSum * k,
        goldPassages: p.goldPassages * k,
        foundPassages: p.foundPassages * k,
        detectionsPerFoundPassage: p.detectionsPerFoundPassage * k,
      };

/** Per-case match counts of a row, aligned with its score-sorted cases; absent when no case has them. */
interface RowMatches {
  keptText?: (TokenScore | undefined)[];
  snippets?: (SnippetCounts | undefined)[];
  chars?: Overlap[];
  lines?: Overlap[];
  types: Map<string, Overlap[]>;
  pan?: PanCounts[];
  drift?: Overlap[];
  /** 1 when the case's score falls in its gold grade under the row's cut-points, 0 when not (a failed case: 0). */
  gradeRight?: (number | undefined)[];
}

/** Cut-points of one detector's ordinal grades, fitted on its dev cases that have a gold grade. */
export interface GradeCuts {
  levels: number;
  cuts: (number | null)[];
  fittedOn: number;
}

const ZERO: Overlap = { tp: 0, fp: 0, fn: 0 };

/**
 * The match counts of a row's cases (table rows in score order); `position` maps a table row to
 * its place in `order` (-1 elsewhere).
 */
function collectMatches(table: CaseTable, order: readonly number[], position: Int32Array, grades: GradeCuts | undefined): RowMatches {
  const has = (g: MatchGroup) => order.some((i) => table.hasMatch(g, i));
  const types = new Map<string, Overlap[]>();
  for (const [type, t] of [...table.types()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let list: Overlap[] | undefined;
    for (let k = 0; k < t.rows.length; k++) {
      const at = position[t.rows[k] as number] as number;
      if (at < 0) continue;
      list ??= order.map(() => ZERO);
      list[at] = { tp: t.values[3 * k] as number, fp: t.values[3 * k + 1] as number, fn: t.values[3 * k + 2] as number };
    }
    if (list) types.set(type, list);
  }
  return {
    ...(has('chars') && { chars: order.map((i) => table.match('chars', i) ?? ZERO) }),
    ...(has('lines') && { lines: order.map((i) => table.match('lines', i) ?? ZERO) }),
    types,
    ...(has('pan') && { pan: order.map((i) => table.match('pan', i) ?? EMPTY_PAN) }),
    ...(has('drift') && { drift: order.map((i) => table.match('drift', i) ?? ZERO) }),
    ...(has('keptText') && { keptText: order.map((i) => table.match('keptText', i)) }),
    ...(has('snippets') && { snippets: order.map((i) => table.match('snippets', i)) }),
    ...(grades &&
      has('grade') && {
        gradeRight: order.map((i) => {
          const g = table.match('grade', i);
          if (g === undefined) return undefined;
          return !table.failed(i) && gradeOf(table.score(i), grades.cuts) === g.rank ? 1 : 0;
        }),
      }),
  };
}

/**
 * The grade cut-points of detector `d`, fitted on its dev rows with a gold grade (as thresholds
 * are: on dev, applied to the reported split); undefined when it has no graded dev case.
 */
export function fitDetectorGrades(table: CaseTable, d: number): GradeCuts | undefined {
  const dev: { score: number; rank: number }[] = [];
  let levels = 0;
  for (let i = 0; i < table.length; i++) {
    if (table.detector(i) !== d || table.split(i) !== 'dev' || table.failed(i)) continue;
    const g = table.match('grade', i);
    if (g === undefined) continue;
    levels = Math.max(levels, g.levels);
    dev.push({ score: table.score(i), rank: g.rank });
  }
  if (dev.length === 0) return undefined;
  return { levels, cuts: fitGradeCuts(dev, levels), fittedOn: dev.length };
}

interface RowInput {
  table: CaseTable;
  detector: string;
  task: Task;
  slice: string;
  split: string;
  /** Table rows of the row's cases, ascending (results order). */
  rows: readonly number[];
  threshold: Threshold | undefined;
  grades: GradeCuts | undefined;
  /** Scratch map from table row to score-order position, all -1 (left so afterwards). */
  position: Int32Array;
  seed: number;
  resamples: number;
}

function scoreRow({ table, detector, task, slice, split, rows, threshold, grades, position, seed, resamples }: RowInput): MetricsRow {
  // sort once by score (ties in results order); matches are aligned with it so weights index both
  const order = [...rows].sort((a, b) => table.score(b) - table.score(a) || a - b);
  const sorted = sortByScore(order.map((i): Decision => ({ gold: table.label(i), predicted: decidePrediction(table.prediction(i), threshold), score: table.score(i) })));
  order.forEach((row, k) => {
    position[row] = k;
  });
  const matches = collectMatches(table, order, position, grades);
  for (const row of order) position[row] = -1;
  const statistic = rowStatistic(sorted, matches);
  const point = statistic();
  const ci = bootstrapIntervals(order.length, statistic, seedFor(seed, `${detector}|${slice}|${split}`), resamples);
  const e = (k: string) => estimate(point[k] ?? null, ci[k]);
  const prfOf = (prefix: string): Prf => ({ precision: e(`${prefix}.precision`), recall: e(`${prefix}.recall`), f1: e(`${prefix}.f1`) });
  const cases = rows.length;
  const positives = rows.filter((i) => table.label(i)).length;
  const errors = rows.filter((i) => table.failed(i)).length;
  const warnings: string[] = [];
  if (cases < MIN_MEANINGFUL_CASES) warnings.push(`only ${cases} cases: figures are indicative, intervals wide`);
  else if (Math.min(positives, cases - positives) < MIN_MEANINGFUL_CLASS && positives > 0 && positives < cases)
    warnings.push(`only ${Math.min(positives, cases - positives)} cases of the minority class`);
  if (errors > 0) warnings.push(`${errors} case(s) failed and count as negative predictions`);
  const row: MetricsRow = {
    detector,
    task,
    slice,
    split,
    cases,
    positives,
    errors,
    threshold: threshold?.value ?? null,
    document: {
      confusion: documentStats(sorted).confusion,
      precision: e('precision'),
      recall: e('recall'),
      f1: e('f1'),
      accuracy: e('accuracy'),
      specificity: e('specificity'),
      rocAuc: e('rocAuc'),
      prAuc: e('prAuc'),
    },
    warnings,
  };
  if (matches.chars) {
    const byType: Record<string, Prf> = {};
    for (const t of matches.types.keys()) byType[t] = prfOf(`type:${t}`);
    row.spans = { chars: prfOf('chars'), byType, ...(matches.lines && { lines: prfOf('lines') }) };
  }
  if (matches.pan)
    row.pan = { precision: e('pan.precision'), recall: e('pan.recall'), granularity: e('pan.granularity'), plagdet: e('pan.plagdet') };
  if (matches.drift) row.drift = prfOf('drift');
  if (matches.keptText) row.keptText = prfOf('kept');
  if (matches.snippets) row.snippets = { removed: e('snippets.removed'), kept: e('snippets.kept') };
  if (matches.gradeRight && grades) row.grades = { levels: grades.levels, cuts: grades.cuts, fittedOn: grades.fittedOn, accuracy: e('grade.accuracy') };
  return row;
}

/**
 * Metric rows for every detector of the table (in its order) × its task's slices on the
 * reported split: first the whole task (`*`), then each slice in name order. The table's rows
 * must be in results order (detector, then case id), as bootstrap resamples index cases in it.
 */
export function scoreCases(table: CaseTable, tasks: ReadonlyMap<string, Task>, thresholds: readonly Threshold[], options: ScoreOptions): MetricsRow[] {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const position = new Int32Array(table.length).fill(-1);
  const rows: MetricsRow[] = [];
  table.detectors.forEach((detector, d) => {
    const mine: number[] = [];
    for (let i = 0; i < table.length; i++) if (table.detector(i) === d && (options.split === 'all' || table.split(i) === options.split)) mine.push(i);
    if (mine.length === 0) return;
    const task = tasks.get(detector) as Task;
    const threshold = thresholds.find((t) => t.detector === detector);
    const grades = fitDetectorGrades(table, d);
    const base = { table, detector, task, split: options.split, threshold, grades, position, seed: options.seed, resamples };
    rows.push(scoreRow({ ...base, slice: '*', rows: mine }));
    const bySlice = new Map<string, number[]>();
    for (const i of mine) {
      const slice = table.slice(i);
      const list = bySlice.get(slice) ?? [];
      list.push(i);
      bySlice.set(slice, list);
    }
    for (const slice of [...bySlice.keys()].sort()) rows.push(scoreRow({ ...base, slice, rows: bySlice.get(slice) as number[] }));
  });
  return rows;
}
