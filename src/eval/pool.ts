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

export interface PoolOptions {
  /** Worker threads; 0 runs everything in this thread. */
  workers: number;
  timeoutMs: number;
  /** Called with every finished batch (in completion order). */
  onBatch: (detector: string, results: CaseResult[], seconds: number) => void;
}

/** A running pool: submit batches as cases stream in; `close` waits for all of them. */
export interface DetectorPool {
  /** Queue a batch; resolves once the pool has room for more (backpressure), not when it is done. */
  submit(detector: DetectorRef, cases: Case[]): Promise<void>;
  /** Wait for every submitted batch, then stop the workers. */
  close(): Promise<void>;
}

/** Batches in flight per worker before `submit` waits: keeps workers busy, memory bounded. */
const IN_FLIGHT_PER_WORKER = 4;

const failed = (c: Case, detector: string, error: string): CaseResult => ({
  id: c.id,
  task: c.task,
  slice: c.slice,
  split: c.split,
  label: c.label,
  detector,
  error,
});

function inProcessPool(options: PoolOptions): DetectorPool {
  return {
    async submit(ref, cases) {
      const detector = await resolveDetector(ref);
      const t0 = performance.now();
      const results: CaseResult[] = [];
      for (const c of cases) results.push(await runCase(detector, c, options.timeoutMs));
      options.onBatch(ref.key, results, (performance.now() - t0) / 1000);
    },
    close: async () => {},
  };
}

/**
 * Open a pool for the given detectors (user modules are bundled to JavaScript once, here).
 * Submitted batches run on worker threads; see the module comment for timeouts and crashes.
 */
export async function openPool(detectors: readonly DetectorRef[], options: PoolOptions): Promise<DetectorPool> {
  if (options.workers === 0) return inProcessPool(options);
  const bundles = [await workerBundle()];
  // worker threads load user modules as bundled JavaScript too
  const compiled = new Map<string, string>();
  for (const d of detectors) if (d.module && !compiled.has(d.module)) compiled.set(d.module, await moduleBundle(d.module));
  bundles.push(...compiled.values());
  const forWorkers = (d: DetectorRef): DetectorRef => (d.module ? { ...d, module: compiled.get(d.module) as string, bundled: true } : d);
  const pool = new Tinypool({ filename: pathToFileURL(bundles[0] as string).href, minThreads: 1, maxThreads: options.workers });
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
    const task: BatchTask = { detector: forWorkers(detector), cases, timeoutMs: options.timeoutMs, progress };
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

  const inFlight = new Set<Promise<void>>();
  const limit = options.workers * IN_FLIGHT_PER_WORKER;
  return {
    async submit(detector, cases) {
      const p: Promise<void> = runBatch(detector, cases).finally(() => inFlight.delete(p));
      inFlight.add(p);
      while (inFlight.size >= limit) await Promise.race(inFlight);
    },
    async close() {
      try {
        await Promise.all(inFlight);
      } finally {
        clearInterval(watchdog);
        await pool.destroy();
        for (const b of bundles) rmSync(b, { force: true });
      }
    },
  };
}
