/**
 * Worker-thread entry: run one detector on a batch of cases. Before each case it publishes the
 * case's index and start time in shared memory, so the main thread can see which case a stuck
 * or crashed worker was on, and time it out without losing the others.
 */
import type { Case } from '../contracts/case.ts';
import type { CaseResult } from '../contracts/results.ts';
import type { DetectorRef } from './detectorRef.ts';
import { resolveDetector } from './detectorRef.ts';
import { runCase } from './runCase.ts';

export interface BatchTask {
  detector: DetectorRef;
  cases: Case[];
  timeoutMs: number;
  /** Int32 [index of the case in progress, or -1] followed by Float64 [its start, epoch ms]. */
  progress: SharedArrayBuffer;
}

export interface BatchResult {
  results: CaseResult[];
  seconds: number;
}

/** Layout of the progress buffer shared with the main thread. */
export const PROGRESS_BYTES = 16;
export const progressViews = (buffer: SharedArrayBuffer) => ({ index: new Int32Array(buffer, 0, 1), startedAt: new Float64Array(buffer, 8, 1) });

export default async function runBatch(task: BatchTask): Promise<BatchResult> {
  const detector = await resolveDetector(task.detector);
  const { index, startedAt } = progressViews(task.progress);
  const results: CaseResult[] = [];
  const t0 = performance.now();
  for (const [i, c] of task.cases.entries()) {
    startedAt[0] = Date.now();
    Atomics.store(index, 0, i);
    results.push(await runCase(detector, c, task.timeoutMs));
  }
  Atomics.store(index, 0, -1);
  return { results, seconds: (performance.now() - t0) / 1000 };
}
