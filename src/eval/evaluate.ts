/**
 * The eval engine's one entry point: read the corpora, run every applicable detector on every
 * selected case, fit thresholds on dev, score, and assemble the results. Knows detectors only
 * through the Detector interface.
 */
import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import picomatch from 'picomatch';
import stringify from 'safe-stable-stringify';
import type { Case } from '../contracts/case.ts';
import type { Detector } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import { RESULTS_SCHEMA_VERSION, type CaseResult, type DetectorInfo, type Results, type RunInfo } from '../contracts/results.ts';
import type { CaseIssue } from '../corpus/issue.ts';
import { formatIssue } from '../corpus/issue.ts';
import type { CorpusInput } from '../corpus/open.ts';
import { UsageError } from '../usageError.ts';
import { runCase } from './runCase.ts';
import { scoreCases } from './score.ts';
import { fitThreshold } from './thresholds.ts';

export type SplitChoice = 'dev' | 'test' | 'all';

export interface EvalOptions {
  corpora: readonly CorpusInput[];
  detectors: readonly Detector[];
  split: SplitChoice;
  /** Glob over slice names (`reuse/*`); all slices when absent. */
  slice?: string;
  seed: number;
  /** Per-case limit for asynchronous detectors, in ms. */
  timeoutMs: number;
  /** Evaluate the valid cases of a corpus with bad lines, counting the rest. */
  skipInvalid: boolean;
  /** Bootstrap resamples per interval. */
  resamples?: number;
  runId: string;
  rehashVersion: string;
  gitCommit: string | null;
  onProgress?: (done: number, total: number) => void;
}

/** How many bad lines a refused corpus lists before summarising the rest. */
const MAX_LISTED_ISSUES = 20;

export const configHash = (config: unknown): string =>
  createHash('sha256').update(stringify(config) ?? '').digest('hex').slice(0, 16);

export function detectorInfo(d: Detector): DetectorInfo {
  return {
    key: detectorKey(d),
    id: d.id,
    version: d.version,
    task: d.task,
    description: d.description,
    baseline: d.baseline === true,
    config: JSON.parse(JSON.stringify(d.config)) as Record<string, unknown>,
    configHash: configHash(d.config),
  };
}

/** Read every corpus input, keeping the cases that match the split and slice selection. */
async function loadCases(options: EvalOptions) {
  const matchesSlice = options.slice ? picomatch(options.slice) : () => true;
  // dev cases are always read: thresholds are fitted on them even when test is reported
  const cases: Case[] = [];
  const issues: CaseIssue[] = [];
  const seen = new Map<string, string>();
  const fingerprints = [];
  for (const input of options.corpora) {
    let count = 0;
    for await (const item of input.read(seen)) {
      if (item.kind === 'issue') issues.push(item.issue);
      else {
        count++;
        if (matchesSlice(item.value.case.slice)) cases.push(item.value.case);
      }
    }
    fingerprints.push({ name: input.name, sha256: input.sha256(), cases: count });
  }
  if (issues.length > 0 && !options.skipInvalid) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
    const more = issues.length > MAX_LISTED_ISSUES ? `\n… and ${issues.length - MAX_LISTED_ISSUES} more` : '';
    throw new UsageError(`${issues.length} invalid corpus line(s); fix them or pass --skip-invalid:\n${listed.join('\n')}${more}`);
  }
  return { cases, issues, fingerprints };
}

/** Deterministic order of case results: detectors as given, then case id. */
function byDetectorThenId(order: readonly string[]) {
  return (a: CaseResult, b: CaseResult) =>
    order.indexOf(a.detector) - order.indexOf(b.detector) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Run the whole evaluation and return the results (nothing is written here). */
export async function evaluate(options: EvalOptions): Promise<Results> {
  const startedAt = new Date().toISOString();
  const { cases, issues, fingerprints } = await loadCases(options);
  const keys = options.detectors.map(detectorKey);
  const work: [Detector, Case][] = [];
  for (const d of options.detectors) for (const c of cases) if (c.task === d.task) work.push([d, c]);
  const results: CaseResult[] = [];
  const seconds = new Map<string, number>();
  for (const [i, [d, c]] of work.entries()) {
    const t0 = performance.now();
    results.push(await runCase(d, c, options.timeoutMs));
    const key = detectorKey(d);
    seconds.set(key, (seconds.get(key) ?? 0) + (performance.now() - t0) / 1000);
    options.onProgress?.(i + 1, work.length);
  }
  results.sort(byDetectorThenId(keys));
  const thresholds = keys.map((k) => fitThreshold(k, results.filter((r) => r.detector === k && r.split === 'dev')));
  const reported = results.filter((r) => options.split === 'all' || r.split === options.split || r.split === 'dev');
  const metrics = scoreCases(reported, keys, thresholds, {
    split: options.split,
    seed: options.seed,
    ...(options.resamples !== undefined && { resamples: options.resamples }),
  });
  const run: RunInfo = {
    id: options.runId,
    rehashVersion: options.rehashVersion,
    gitCommit: options.gitCommit,
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    seed: options.seed,
    split: options.split,
    startedAt,
    finishedAt: new Date().toISOString(),
    shard: null,
  };
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    kind: 'rehash-results',
    run,
    corpora: fingerprints,
    detectors: options.detectors.map(detectorInfo),
    thresholds,
    metrics,
    timing: keys.map((k) => {
      const n = results.filter((r) => r.detector === k).length;
      const s = seconds.get(k) ?? 0;
      return { detector: k, cases: n, seconds: s, casesPerSecond: s > 0 ? n / s : 0 };
    }),
    skipped: issues.map((i) => ({ file: i.file, line: i.line, problem: `${i.field}: ${i.problem}` })),
    cases: results,
  };
}
