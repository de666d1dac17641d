/**
 * The eval engine's one entry point: read the corpora, run every applicable detector on every
 * selected case (worker pool, prediction cache, optional shard), spill the case results to disk,
 * fit thresholds on dev, score, and assemble the results (see `EvaluatedRun`). Knows detectors
 * only through the Detector interface.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import picomatch from 'picomatch';
import stringify from 'safe-stable-stringify';
import type { Case } from '../contracts/case.ts';
import type { Detector } from '../contracts/detector.ts';
import { detectorKey } from '../contracts/detector.ts';
import { CaseResult, type DetectorInfo, type ExampleCase, type Results, type RunInfo, type ThresholdObjective } from '../contracts/results.ts';
import type { CaseIssue } from '../corpus/issue.ts';
import { formatIssue } from '../corpus/issue.ts';
import type { CorpusInput } from '../corpus/open.ts';
import { UsageError } from '../usageError.ts';
import { caseInputHash, openCache } from './cache.ts';
import { CaseLog } from './caseLog.ts';
import { CaseTable } from './caseTable.ts';
import { type EvaluatedRun, finishRun } from './evaluatedRun.ts';
import { toExample } from './examples.ts';
import { matchDetection } from './match.ts';
import { inputSize } from './runCase.ts';
import { BATCH_SIZE, openPool } from './pool.ts';
import { DEFAULT_RESAMPLES } from './metrics/bootstrap.ts';
import { inShard, type Shard } from './shard.ts';

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

/** sha256 bytes of a case. */
const DIGEST_BYTES = 32;

/**
 * Order-independent sha256 of each slice over its cases' canonical JSON: the sha256 of the
 * sorted case hashes. Holds 32 bytes a case.
 */
class SliceFingerprints {
  readonly #hashes = new Map<string, { bytes: Buffer; cases: number }>();
  add(c: Case): void {
    let slot = this.#hashes.get(c.slice);
    if (!slot) {
      slot = { bytes: Buffer.alloc(DIGEST_BYTES * 64), cases: 0 };
      this.#hashes.set(c.slice, slot);
    }
    if ((slot.cases + 1) * DIGEST_BYTES > slot.bytes.length) {
      const bigger = Buffer.alloc(slot.bytes.length * 2);
      slot.bytes.copy(bigger);
      slot.bytes = bigger;
    }
    createHash('sha256').update(JSON.stringify(c)).digest().copy(slot.bytes, slot.cases * DIGEST_BYTES);
    slot.cases++;
  }
  result() {
    return [...this.#hashes]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, { bytes, cases }]) => {
        const at = (i: number) => i * DIGEST_BYTES;
        const order = Array.from({ length: cases }, (_, i) => i).sort((x, y) => bytes.compare(bytes, at(y), at(y) + DIGEST_BYTES, at(x), at(x) + DIGEST_BYTES));
        const h = createHash('sha256');
        for (const i of order) h.update(bytes.subarray(at(i), at(i) + DIGEST_BYTES));
        return { name, sha256: h.digest('hex'), cases };
      });
  }
}

/**
 * One streaming pass over the corpora: validate every line, fingerprint the evaluated slices,
 * answer from the cache where possible and feed the rest to the pool in batches (with
 * backpressure). Texts are not kept, and case results are spilled to `log` as they arrive with
 * their compact form in `table`, so memory does not grow with the corpus. After the first
 * invalid line (without `skipInvalid`) nothing more is run, but reading goes on so that every
 * bad line is listed.
 */
async function predict(options: EvalOptions, log: CaseLog, table: CaseTable) {
  const matchesSlice = options.slice ? picomatch(options.slice) : () => true;
  const issues: CaseIssue[] = [];
  const fingerprints: Results['corpora'] = [];
  const slices = new SliceFingerprints();
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
  /** Input size and hash of each case result still being computed, by detector and case id. */
  const inFlight = new Map<string, { size: number; inputHash: string }>();
  const flightKey = (detector: string, id: string) => `${detector}\u0000${id}`;
  const record = (r: CaseResult, size: number | undefined) => {
    const line = JSON.stringify(CaseResult.parse(r));
    const row = table.add(r, size);
    if (log.add(table.detector(row), r.id, line) !== row) throw new Error('case log and case table out of step');
  };
  let total = 0;
  const pool = await openPool(
    mine.map((m) => m.ref),
    {
      workers: options.workers,
      timeoutMs: options.timeoutMs,
      onBatch: (key, batch, seconds) => {
        const cached: { inputHash: string; prediction: NonNullable<CaseResult['prediction']> }[] = [];
        for (const r of batch) {
          const k = flightKey(key, r.id);
          const flight = inFlight.get(k);
          inFlight.delete(k);
          record(r, flight?.size);
          if (r.prediction && flight) cached.push({ inputHash: flight.inputHash, prediction: r.prediction });
        }
        const t = timing.get(key) as { cases: number; seconds: number };
        t.cases += batch.length;
        t.seconds += seconds;
        caches.get(key)?.add(cached);
        options.onProgress?.(log.count, total);
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
        const size = inputSize(c);
        const inputHash = caseInputHash(c);
        for (const m of mine) {
          if (m.detector.task !== c.task) continue;
          total++;
          const hit = m.cache?.get(inputHash);
          if (hit) {
            record({ id: c.id, task: c.task, slice: c.slice, split: c.split, label: c.label, detector: m.ref.key, prediction: hit, match: matchDetection(c, hit) }, size);
            (timing.get(m.ref.key) as { cached: number }).cached++;
            continue;
          }
          inFlight.set(flightKey(m.ref.key, c.id), { size, inputHash });
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
  options.onProgress?.(log.count, total);
  return { issues, fingerprints, slices: slices.result(), timing };
}

/** A second pass over the corpora for the texts of the chosen example cases only. */
async function exampleTexts(corpora: readonly CorpusInput[], ids: readonly string[]): Promise<ExampleCase[]> {
  const wanted = new Set(ids);
  const found = new Map<string, ExampleCase>();
  if (wanted.size === 0) return [];
  const seen = new Map<string, string>();
  for (const input of corpora)
    for await (const item of input.read(seen)) if (item.kind === 'case' && wanted.has(item.value.case.id)) found.set(item.value.case.id, toExample(item.value.case));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/**
 * Run the whole evaluation (nothing is written here). The case results are spilled to a
 * temporary file that the returned run streams from: `close()` it when done.
 */
export async function evaluate(options: EvalOptions): Promise<EvaluatedRun> {
  const startedAt = new Date().toISOString();
  const keys = options.detectors.map((e) => detectorKey(e.detector));
  const log = await CaseLog.open();
  try {
    const table = new CaseTable(keys);
    const { issues, fingerprints, slices, timing } = await predict(options, log, table);
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
      finishedAt: new Date().toISOString(),
      shard: options.shard ?? null,
    };
    return await finishRun({
      run,
      corpora: fingerprints,
      slices,
      detectors: options.detectors.map((e) => detectorInfo(e.detector)),
      timing: keys.map((k) => {
        const t = timing.get(k) ?? { cases: 0, cached: 0, seconds: 0 };
        return { detector: k, ...t, casesPerSecond: t.seconds > 0 ? t.cases / t.seconds : 0 };
      }),
      skipped: issues.map((i) => ({ file: i.file, line: i.line, problem: `${i.field}: ${i.problem}` })),
      log,
      table,
      sizeOf: (row) => table.size(row),
      examples: (ids) => exampleTexts(options.corpora, ids),
    });
  } catch (e) {
    await log.close();
    throw e;
  }
}
