/**
 * Run detectors over cases on a pool of worker threads (tinypool), in batches.
 *
 * Isolation: each batch publishes which case it is on; a watchdog aborts a batch whose current
 * case has run past the time limit (terminating the worker, which is the only way to stop a
 * synchronous infinite loop). That case is recorded as timed out, a worker crash is recorded
 * against the case it happened on, and the batch's other cases are run again in a fresh task.
 * Detectors are deterministic, so re-running them changes nothing. `workers: 0` runs in-process
 * (no preemption of synchronous detectors).
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { Case } from '../contracts/case.ts';
import type { CaseResult } from '../contracts/results.ts';
import type { DetectorRef } from './detectorRef.ts';
import { resolveDetector } from './detectorRef.ts';
import { runCase } from './runCase.ts';
import { type BatchResult, type BatchTask, PROGRESS_BYTES, progressViews } from './worker.ts';
import { moduleBundle, workerBundle } from './workerBundle.ts';

/** Cases per task: large enough to amortise messaging, small enough to balance threads. */
export const BATCH_SIZE = 32;
/** How often the watchdog looks at running batches, in ms. */
const WATCHDOG_MS = 50;

export interface Job {
  detector: DetectorRef;
  cases: readonly Case[];
}

export interface PoolOptions {
  /** Worker threads; 0 runs everything in this thread. */
  workers: number;
  timeoutMs: number;
  /** Called with every finished batch (in completion order). */
  onBatch: (detector: string, results: CaseResult[], seconds: number) => void;
}

const failed = (c: Case, detector: string, error: string): CaseResult => ({
  id: c.id,
  task: c.task,
  slice: c.slice,
  split: c.split,
  label: c.label,
  detector,
  error,
});

function batches(jobs: readonly Job[]): { detector: DetectorRef; cases: Case[] }[] {
  const out: { detector: DetectorRef; cases: Case[] }[] = [];
  for (const job of jobs)
    for (let i = 0; i < job.cases.length; i += BATCH_SIZE) out.push({ detector: job.detector, cases: job.cases.slice(i, i + BATCH_SIZE) });
  return out;
}

async function runInProcess(jobs: readonly Job[], options: PoolOptions): Promise<void> {
  for (const batch of batches(jobs)) {
    const detector = await resolveDetector(batch.detector);
    const t0 = performance.now();
    const results: CaseResult[] = [];
    for (const c of batch.cases) results.push(await runCase(detector, c, options.timeoutMs));
    options.onBatch(batch.detector.key, results, (performance.now() - t0) / 1000);
  }
}

/** Run every job; resolves when all cases have a result (a prediction or an error). */
export async function runJobs(jobs: readonly Job[], options: PoolOptions): Promise<void> {
  if (options.workers === 0) return runInProcess(jobs, options);
  const bundles = [await workerBundle()];
  // worker threads load user modules as bundled JavaScript too
  const compiled = new Map<string, string>();
  for (const job of jobs)
    if (job.detector.module && !compiled.has(job.detector.module)) compiled.set(job.detector.module, await moduleBundle(job.detector.module));
  bundles.push(...compiled.values());
  const pool = new Tinypool({
    filename: pathToFileURL(bundles[0] as string).href,
    minThreads: 1,
    maxThreads: options.workers,
  });
  const running = new Set<{ views: ReturnType<typeof progressViews>; abort: AbortController; timedOut: number }>();
  const watchdog = setInterval(() => {
    const now = Date.now();
    for (const r of running) {
      const i = Atomics.load(r.views.index, 0);
      if (i >= 0 && r.timedOut === -1 && now - (r.views.startedAt[0] as number) > options.timeoutMs) {
        r.timedOut = i;
        r.abort.abort();
      }
    }
  }, WATCHDOG_MS);

  const runBatch = async (detector: DetectorRef, cases: Case[]): Promise<void> => {
    if (cases.length === 0) return;
    const progress = new SharedArrayBuffer(PROGRESS_BYTES);
    const views = progressViews(progress);
    Atomics.store(views.index, 0, -1);
    const entry = { views, abort: new AbortController(), timedOut: -1 };
    running.add(entry);
    const task: BatchTask = { detector, cases, timeoutMs: options.timeoutMs, progress };
    try {
      const { results, seconds } = (await pool.run(task, { signal: entry.abort.signal })) as BatchResult;
      running.delete(entry);
      options.onBatch(detector.key, results, seconds);
    } catch (e) {
      running.delete(entry);
      const at = entry.timedOut >= 0 ? entry.timedOut : Atomics.load(views.index, 0);
      if (at < 0) {
        // failed outside any case (e.g. the detector did not load): every case gets the error
        const message = `worker failed: ${(e as Error).message}`;
        options.onBatch(detector.key, cases.map((c) => failed(c, detector.key, message)), 0);
        return;
      }
      const error = entry.timedOut >= 0 ? `timed out after ${options.timeoutMs} ms` : `worker crashed: ${(e as Error).message}`;
      options.onBatch(detector.key, [failed(cases[at] as Case, detector.key, error)], options.timeoutMs / 1000);
      await Promise.all([runBatch(detector, cases.slice(0, at)), runBatch(detector, cases.slice(at + 1))]);
    }
  };

  try {
    const forWorkers = (d: DetectorRef): DetectorRef => (d.module ? { ...d, module: compiled.get(d.module) as string, bundled: true } : d);
    await Promise.all(batches(jobs).map((b) => runBatch(forWorkers(b.detector), b.cases)));
  } finally {
    clearInterval(watchdog);
    await pool.destroy();
    for (const b of bundles) rmSync(b, { force: true });
  }
}
