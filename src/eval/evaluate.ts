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
import {
  type CaseResult,
  type DetectorInfo,
  type ExampleCase,
  RESULTS_SCHEMA_VERSION,
  type Results,
  type RunInfo,
  type ThresholdObjective,
} from '../contracts/results.ts';
import type { CaseIssue } from '../corpus/issue.ts';
import { formatIssue } from '../corpus/issue.ts';
import type { CorpusInput } from '../corpus/open.ts';
import { UsageError } from '../usageError.ts';
import { caseInputHash, openCache } from './cache.ts';
import { pickExamples, toExample } from './examples.ts';
import { reportedCases } from './reported.ts';
import { matchDetection } from './match.ts';
import { inputSize } from './runCase.ts';
import { BATCH_SIZE, openPool } from './pool.ts';
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

/** Deterministic order of case results: detectors as given, then case id. */
export function byDetectorThenId(order: readonly string[]) {
  return (a: CaseResult, b: CaseResult) =>
    order.indexOf(a.detector) - order.indexOf(b.detector) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Order-independent sha256 of each slice over its cases' canonical JSON. */
class SliceFingerprints {
  readonly #hashes = new Map<string, Buffer[]>();
  add(c: Case): void {
    const list = this.#hashes.get(c.slice) ?? [];
    list.push(createHash('sha256').update(JSON.stringify(c)).digest());
    this.#hashes.set(c.slice, list);
  }
  result() {
    return [...this.#hashes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, hashes]) => {
        const h = createHash('sha256');
        for (const x of hashes.sort(Buffer.compare)) h.update(x);
        return { name, sha256: h.digest('hex'), cases: hashes.length };
      });
  }
}

/**
 * One streaming pass over the corpora: validate every line, fingerprint the evaluated slices,
 * answer from the cache where possible and feed the rest to the pool in batches (with
 * backpressure), so memory holds results, not texts. After the first invalid line (without
 * `skipInvalid`) nothing more is run, but reading goes on so that every bad line is listed.
 */
async function predict(options: EvalOptions) {
  const matchesSlice = options.slice ? picomatch(options.slice) : () => true;
  const results: CaseResult[] = [];
  const issues: CaseIssue[] = [];
  const fingerprints: Results['corpora'] = [];
  const slices = new SliceFingerprints();
  const sizes = new Map<string, number>();
  const timing = new Map<string, { cases: number; cached: number; seconds: number }>();
  const mine = options.detectors.map((e) => {
    const key = detectorKey(e.detector);
    timing.set(key, { cases: 0, cached: 0, seconds: 0 });
    return {
      detector: e.detector,
      ref: { key, ...(e.module && { module: e.module }) },
      cache: options.cacheDir ? openCache(options.cacheDir, key, cacheKey(e)) : undefined,
      pending: [] as Case[],
    };
  });
  const caches = new Map(mine.map((m) => [m.ref.key, m.cache]));
  const inputHashes = new Map<string, string>();
  let total = 0;
  const pool = await openPool(
    mine.map((m) => m.ref),
    {
      workers: options.workers,
      timeoutMs: options.timeoutMs,
      onBatch: (key, batch, seconds) => {
        results.push(...batch);
        const t = timing.get(key) as { cases: number; seconds: number };
        t.cases += batch.length;
        t.seconds += seconds;
        caches.get(key)?.add(batch.flatMap((r) => (r.prediction ? [{ inputHash: inputHashes.get(r.id) as string, prediction: r.prediction }] : [])));
        options.onProgress?.(results.length, total);
      },
    },
  );
  try {
    const seen = new Map<string, string>();
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
        slices.add(c);
        // dev cases are kept even when test is reported: thresholds are fitted on them
        if (options.split !== 'all' && c.split !== options.split && c.split !== 'dev') continue;
        if (options.shard && !inShard(c.id, options.shard)) continue;
        if (issues.length > 0 && !options.skipInvalid) continue;
        sizes.set(c.id, inputSize(c));
        const inputHash = caseInputHash(c);
        for (const m of mine) {
          if (m.detector.task !== c.task) continue;
          total++;
          const hit = m.cache?.get(inputHash);
          if (hit) {
            results.push({ id: c.id, task: c.task, slice: c.slice, split: c.split, label: c.label, detector: m.ref.key, prediction: hit, match: matchDetection(c, hit) });
            (timing.get(m.ref.key) as { cached: number }).cached++;
            continue;
          }
          if (m.cache) inputHashes.set(c.id, inputHash);
          m.pending.push(c);
          if (m.pending.length >= BATCH_SIZE) {
            const batch = m.pending;
            m.pending = [];
            await pool.submit(m.ref, batch);
          }
        }
      }
      fingerprints.push({ name: input.name, sha256: input.sha256(), cases: count });
    }
    for (const m of mine) if (m.pending.length > 0 && (issues.length === 0 || options.skipInvalid)) await pool.submit(m.ref, m.pending);
  } finally {
    await pool.close();
  }
  if (issues.length > 0 && !options.skipInvalid) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
    const more = issues.length > MAX_LISTED_ISSUES ? `\n… and ${issues.length - MAX_LISTED_ISSUES} more` : '';
    throw new UsageError(`${issues.length} invalid corpus line(s); fix them or pass --skip-invalid:\n${listed.join('\n')}${more}`);
  }
  options.onProgress?.(results.length, total);
  return { results, issues, fingerprints, slices: slices.result(), sizes, timing };
}

/** The example cases of scored results: ids picked by size, texts read in a second pass. */
async function pickExampleCases(corpora: readonly CorpusInput[], sizes: ReadonlyMap<string, number>, scored: Pick<Results, 'run' | 'cases' | 'thresholds'>): Promise<ExampleCase[]> {
  const ids = pickExamples((id) => sizes.get(id), reportedCases(scored), scored.thresholds);
  const texts = await exampleTexts(corpora, new Set(ids));
  return ids.flatMap((id) => texts.get(id) ?? []);
}

/** A second pass over the corpora for the texts of the chosen example cases only. */
async function exampleTexts(corpora: readonly CorpusInput[], ids: ReadonlySet<string>): Promise<Map<string, ExampleCase>> {
  const found = new Map<string, ExampleCase>();
  if (ids.size === 0) return found;
  const seen = new Map<string, string>();
  for (const input of corpora)
    for await (const item of input.read(seen)) if (item.kind === 'case' && ids.has(item.value.case.id)) found.set(item.value.case.id, toExample(item.value.case));
  return found;
}

/** Run the whole evaluation and return the results (nothing is written here). */
export async function evaluate(options: EvalOptions): Promise<Results> {
  const startedAt = new Date().toISOString();
  const keys = options.detectors.map((e) => detectorKey(e.detector));
  const { results, issues, fingerprints, slices, sizes, timing } = await predict(options);
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
    examples: await pickExampleCases(options.corpora, sizes, scored),
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
