/**
 * The eval engine's one entry point: read the corpora, run every applicable detector on every
 * selected case (worker pool, prediction cache, optional shard), fit thresholds on dev, score,
 * and assemble the results. Knows detectors only through the Detector interface.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import picomatch from 'picomatch';
import stringify from 'safe-stable-stringify';
import type { Case } from '../contracts/case.ts';
import type { Detector } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import { type CaseResult, type DetectorInfo, RESULTS_SCHEMA_VERSION, type Results, type RunInfo, type ThresholdObjective } from '../contracts/results.ts';
import type { CaseIssue } from '../corpus/issue.ts';
import { formatIssue } from '../corpus/issue.ts';
import type { CorpusInput } from '../corpus/open.ts';
import { UsageError } from '../usageError.ts';
import { caseInputHash, openCache, type PredictionCache } from './cache.ts';
import { pickExamples, toExample } from './examples.ts';
import { reportedCases } from './reported.ts';
import { matchDetection } from './match.ts';
import { type Job, runJobs } from './pool.ts';
import { DEFAULT_RESAMPLES } from './metrics/bootstrap.ts';
import { scoreCases } from './score.ts';
import { inShard, type Shard } from './shard.ts';
import { fitThreshold } from './thresholds.ts';

export type SplitChoice = 'dev' | 'test' | 'all';

/** A detector to evaluate, and the module it came from when it is not bundled. */
export interface EvalDetector {
  detector: Detector;
  module?: string;
}

export interface EvalOptions {
  corpora: readonly CorpusInput[];
  detectors: readonly EvalDetector[];
  split: SplitChoice;
  /** Glob over slice names (`reuse/*`); all slices when absent. */
  slice?: string;
  seed: number;
  /** Per-case time limit, in ms. */
  timeoutMs: number;
  /** Worker threads (0: run in this thread). */
  workers: number;
  /** Directory of the prediction cache; no cache when absent. */
  cacheDir?: string;
  shard?: Shard;
  /** Evaluate the valid cases of a corpus with bad lines, counting the rest. */
  skipInvalid: boolean;
  /** Bootstrap resamples per interval. */
  resamples?: number;
  /** What dev-fitted thresholds maximise (default: balanced accuracy). */
  thresholdObjective?: ThresholdObjective;
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

/** Cache key of a detector configuration: config hash, plus the module's content for user code. */
function cacheKey(e: EvalDetector): string {
  const module = e.module ? createHash('sha256').update(readFileSync(e.module)).digest('hex').slice(0, 16) : 'bundled';
  return `${configHash(e.detector.config)}-${module}`;
}

/** Read every corpus input, keeping the cases that match the slice selection and shard. */
async function loadCases(options: EvalOptions) {
  const matchesSlice = options.slice ? picomatch(options.slice) : () => true;
  const cases: Case[] = [];
  const issues: CaseIssue[] = [];
  const seen = new Map<string, string>();
  const fingerprints = [];
  const sliceHashes = new Map<string, Buffer[]>();
  for (const input of options.corpora) {
    let count = 0;
    for await (const item of input.read(seen)) {
      if (item.kind === 'issue') {
        issues.push(item.issue);
        continue;
      }
      count++;
      const c = item.value.case;
      if (!matchesSlice(c.slice)) continue;
      // slice fingerprints cover whole evaluated slices, before split and shard selection
      const hashes = sliceHashes.get(c.slice) ?? [];
      hashes.push(createHash('sha256').update(JSON.stringify(c)).digest());
      sliceHashes.set(c.slice, hashes);
      // dev cases are kept even when test is reported: thresholds are fitted on them
      if (options.split !== 'all' && c.split !== options.split && c.split !== 'dev') continue;
      if (options.shard && !inShard(c.id, options.shard)) continue;
      cases.push(c);
    }
    fingerprints.push({ name: input.name, sha256: input.sha256(), cases: count });
  }
  if (issues.length > 0 && !options.skipInvalid) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
    const more = issues.length > MAX_LISTED_ISSUES ? `\n… and ${issues.length - MAX_LISTED_ISSUES} more` : '';
    throw new UsageError(`${issues.length} invalid corpus line(s); fix them or pass --skip-invalid:\n${listed.join('\n')}${more}`);
  }
  const slices = [...sliceHashes]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, hashes]) => {
      const h = createHash('sha256');
      for (const x of hashes.sort(Buffer.compare)) h.update(x);
      return { name, sha256: h.digest('hex'), cases: hashes.length };
    });
  return { cases, issues, fingerprints, slices };
}

/** Deterministic order of case results: detectors as given, then case id. */
export function byDetectorThenId(order: readonly string[]) {
  return (a: CaseResult, b: CaseResult) =>
    order.indexOf(a.detector) - order.indexOf(b.detector) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Run every detector on its task's cases, cache first; returns results and per-detector timing. */
async function predict(cases: readonly Case[], options: EvalOptions) {
  const results: CaseResult[] = [];
  const timing = new Map<string, { cases: number; cached: number; seconds: number }>();
  const caches = new Map<string, PredictionCache>();
  const byId = new Map(cases.map((c) => [c.id, c]));
  const jobs: Job[] = [];
  let total = 0;
  for (const e of options.detectors) {
    const key = detectorKey(e.detector);
    timing.set(key, { cases: 0, cached: 0, seconds: 0 });
    const mine = cases.filter((c) => c.task === e.detector.task);
    total += mine.length;
    const cache = options.cacheDir ? openCache(options.cacheDir, key, cacheKey(e)) : undefined;
    if (cache) caches.set(key, cache);
    const todo: Case[] = [];
    for (const c of mine) {
      const hit = cache?.get(caseInputHash(c));
      if (!hit) {
        todo.push(c);
        continue;
      }
      results.push({ id: c.id, task: c.task, slice: c.slice, split: c.split, label: c.label, detector: key, prediction: hit, match: matchDetection(c, hit) });
      (timing.get(key) as { cached: number }).cached++;
    }
    if (todo.length > 0) jobs.push({ detector: { key, ...(e.module && { module: e.module }) }, cases: todo });
  }
  options.onProgress?.(results.length, total);
  await runJobs(jobs, {
    workers: options.workers,
    timeoutMs: options.timeoutMs,
    onBatch: (key, batch, seconds) => {
      results.push(...batch);
      const t = timing.get(key) as { cases: number; seconds: number };
      t.cases += batch.length;
      t.seconds += seconds;
      caches.get(key)?.add(
        batch.flatMap((r) => (r.prediction ? [{ inputHash: caseInputHash(byId.get(r.id) as Case), prediction: r.prediction }] : [])),
      );
      options.onProgress?.(results.length, total);
    },
  });
  return { results, timing };
}

function exampleLookup(cases: readonly Case[]) {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return (id: string) => {
    const c = byId.get(id);
    return c && toExample(c);
  };
}

/** Run the whole evaluation and return the results (nothing is written here). */
export async function evaluate(options: EvalOptions): Promise<Results> {
  const startedAt = new Date().toISOString();
  const { cases, issues, fingerprints, slices } = await loadCases(options);
  const keys = options.detectors.map((e) => detectorKey(e.detector));
  const { results, timing } = await predict(cases, options);
  results.sort(byDetectorThenId(keys));
  const run: RunInfo = {
    id: options.runId,
    rehashVersion: options.rehashVersion,
    gitCommit: options.gitCommit,
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: `${process.platform}-${process.arch}`,
    seed: options.seed,
    thresholdObjective: options.thresholdObjective ?? 'balanced',
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    split: options.split,
    workers: options.workers,
    startedAt,
    finishedAt: '',
    shard: options.shard ?? null,
  };
  const scored = scoreResults({
    run,
    corpora: fingerprints,
    slices,
    detectors: options.detectors.map((e) => detectorInfo(e.detector)),
    cases: results,
  });
  return {
    ...scored,
    run: { ...run, finishedAt: new Date().toISOString() },
    timing: keys.map((k) => {
      const t = timing.get(k) ?? { cases: 0, cached: 0, seconds: 0 };
      return { detector: k, ...t, casesPerSecond: t.seconds > 0 ? t.cases / t.seconds : 0 };
    }),
    skipped: issues.map((i) => ({ file: i.file, line: i.line, problem: `${i.field}: ${i.problem}` })),
    examples: pickExamples(exampleLookup(cases), reportedCases(scored), scored.thresholds),
  };
}

/**
 * Thresholds and metrics from case results alone — shared by `evaluate` and `merge`, so a merged
 * set of shards scores exactly like one run.
 */
export function scoreResults(input: {
  run: RunInfo;
  corpora: Results['corpora'];
  slices: Results['slices'];
  detectors: DetectorInfo[];
  cases: CaseResult[];
}): Omit<Results, 'timing' | 'skipped' | 'examples'> {
  const keys = input.detectors.map((d) => d.key);
  const thresholds = keys.map((k) => fitThreshold(k, input.cases.filter((r) => r.detector === k && r.split === 'dev'), input.run.thresholdObjective));
  const metrics = scoreCases(input.cases, keys, thresholds, {
    split: input.run.split,
    seed: input.run.seed,
    resamples: input.run.resamples,
  });
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    kind: 'rehash-results',
    run: input.run,
    corpora: input.corpora,
    slices: input.slices,
    detectors: input.detectors,
    thresholds,
    metrics,
    cases: input.cases,
  };
}
