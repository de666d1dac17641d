/**
 * Turn case results into metric rows: one per detector × slice (and `*` for the whole task) on
 * the reported split, every headline figure with a seeded 95% bootstrap interval (cases
 * resampled). Pure: the same case results, thresholds and seed always give the same rows.
 * Cost per row: O(resamples × cases).
 */
import type { CaseResult, Estimate, MetricsRow, Overlap, PanCounts, Prf, SnippetCounts, Threshold } from '../contracts/results.ts';

type TokenScore = { precision: number; recall: number; f1: number };
import { bootstrapIntervals, DEFAULT_RESAMPLES, type Interval } from './metrics/bootstrap.ts';
import { type Decision, documentStats, sortByScore } from './metrics/document.ts';
import { addPan, EMPTY_PAN, panMeasures, plagdet } from './metrics/pan.ts';
import { overlapPrf, sumOverlaps } from './metrics/spans.ts';
import { decide } from './thresholds.ts';

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
}

const ZERO: Overlap = { tp: 0, fp: 0, fn: 0 };

function collectMatches(cases: readonly CaseResult[]): RowMatches {
  const has = (k: 'chars' | 'lines' | 'pan' | 'drift' | 'keptText' | 'snippets') => cases.some((c) => c.match?.[k] !== undefined);
  const types = new Set<string>();
  for (const c of cases) for (const t of Object.keys(c.match?.types ?? {})) types.add(t);
  return {
    ...(has('chars') && { chars: cases.map((c) => c.match?.chars ?? ZERO) }),
    ...(has('lines') && { lines: cases.map((c) => c.match?.lines ?? ZERO) }),
    types: new Map([...types].sort().map((t) => [t, cases.map((c) => c.match?.types?.[t] ?? ZERO)])),
    ...(has('pan') && { pan: cases.map((c) => c.match?.pan ?? EMPTY_PAN) }),
    ...(has('drift') && { drift: cases.map((c) => c.match?.drift ?? ZERO) }),
    ...(has('keptText') && { keptText: cases.map((c) => c.match?.keptText) }),
    ...(has('snippets') && { snippets: cases.map((c) => c.match?.snippets) }),
  };
}

function scoreRow(detector: string, slice: string, split: string, cases: CaseResult[], threshold: Threshold | undefined, seed: number, resamples: number): MetricsRow {
  const first = cases[0] as CaseResult;
  // sort once by score; matches are aligned with the sorted order so weights index both
  const order = cases
    .map((c, i) => ({ c, i, d: { gold: c.label, predicted: decide(c, threshold), score: c.prediction?.score ?? 0 } as Decision }))
    .sort((a, b) => b.d.score - a.d.score);
  const sortedCases = order.map((o) => o.c);
  const sorted = sortByScore(order.map((o) => o.d));
  const matches = collectMatches(sortedCases);
  const statistic = rowStatistic(sorted, matches);
  const point = statistic();
  const ci = bootstrapIntervals(sortedCases.length, statistic, seedFor(seed, `${detector}|${slice}|${split}`), resamples);
  const e = (k: string) => estimate(point[k] ?? null, ci[k]);
  const prfOf = (prefix: string): Prf => ({ precision: e(`${prefix}.precision`), recall: e(`${prefix}.recall`), f1: e(`${prefix}.f1`) });
  const positives = cases.filter((c) => c.label).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  const warnings: string[] = [];
  if (cases.length < MIN_MEANINGFUL_CASES) warnings.push(`only ${cases.length} cases: figures are indicative, intervals wide`);
  else if (Math.min(positives, cases.length - positives) < MIN_MEANINGFUL_CLASS && positives > 0 && positives < cases.length)
    warnings.push(`only ${Math.min(positives, cases.length - positives)} cases of the minority class`);
  if (errors > 0) warnings.push(`${errors} case(s) failed and count as negative predictions`);
  const row: MetricsRow = {
    detector,
    task: first.task,
    slice,
    split,
    cases: cases.length,
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
  return row;
}

/**
 * Metric rows for every detector (in the given order) × its task's slices on the reported
 * split: first the whole task (`*`), then each slice in name order.
 */
export function scoreCases(
  cases: readonly CaseResult[],
  detectors: readonly string[],
  thresholds: readonly Threshold[],
  options: ScoreOptions,
): MetricsRow[] {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const inSplit = cases.filter((c) => options.split === 'all' || c.split === options.split);
  const rows: MetricsRow[] = [];
  for (const detector of detectors) {
    const mine = inSplit.filter((c) => c.detector === detector);
    if (mine.length === 0) continue;
    const threshold = thresholds.find((t) => t.detector === detector);
    rows.push(scoreRow(detector, '*', options.split, mine, threshold, options.seed, resamples));
    const slices = [...new Set(mine.map((c) => c.slice))].sort();
    for (const slice of slices)
      rows.push(scoreRow(detector, slice, options.split, mine.filter((c) => c.slice === slice), threshold, options.seed, resamples));
  }
  return rows;
}
