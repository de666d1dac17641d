import { describe, expect, it } from 'vitest';
import { type BenchEntry, type BenchRun, compareBench, MIN_DROP } from '../../benchmarks/gate.ts';

/** An entry whose kernel and reference samples both spread by `cv` (sd / mean). */
const entry = (id: string, ratio: number, cv = 0.02): BenchEntry => ({
  id,
  role: 'kernel',
  ratio,
  opsPerSec: 1000 * ratio,
  opsPerSecSd: 1000 * ratio * cv,
  referenceOpsPerSec: 1000,
  referenceSd: 1000 * cv,
});
const run = (...entries: BenchEntry[]): BenchRun => ({ schema: 'rehash-kernel-bench/1', env: {}, entries });

describe('speed gate', () => {
  it('passes a rerun whose ratios wobble within the noise', () => {
    const { rows } = compareBench(run(entry('dice/600/rehash', 24), entry('lev/600/rehash', 1.3)), run(entry('dice/600/rehash', 22.5), entry('lev/600/rehash', 1.36)));
    expect(rows.map((r) => r.regressed)).toEqual([false, false]);
  });

  it('flags a kernel whose normalised throughput halved', () => {
    const { rows } = compareBench(run(entry('dice/600/rehash', 24)), run(entry('dice/600/rehash', 12)));
    expect(rows[0]).toMatchObject({ regressed: true, drop: 0.5, tolerance: MIN_DROP });
  });

  it('widens the tolerance for noisy measurements', () => {
    const { rows } = compareBench(run(entry('k', 10, 0.3)), run(entry('k', 6, 0.3)));
    // spread per ratio √2 · 0.3 = 0.42; both runs combined 0.6 > the 0.40 drop
    expect(rows[0]?.tolerance).toBeCloseTo(0.6, 5);
    expect(rows[0]?.regressed).toBe(false);
  });

  it('only flags gross slowdowns when a quick run meets a full baseline', () => {
    const full = (e: BenchEntry): BenchRun => ({ ...run(e), env: { quick: false } });
    const quick = (e: BenchEntry): BenchRun => ({ ...run(e), env: { quick: true } });
    expect(compareBench(full(entry('lev', 2.28)), quick(entry('lev', 1.4))).rows[0]?.regressed).toBe(false);
    expect(compareBench(full(entry('dice', 15)), quick(entry('dice', 5.5))).rows[0]?.regressed).toBe(true);
  });

  it('ignores references and reports kernels missing from the run', () => {
    const ref: BenchEntry = { ...entry('dice/600/string-similarity', 1), role: 'reference' };
    const { rows, missing } = compareBench(run(entry('a', 2), ref, entry('gone', 3)), run(entry('a', 2)));
    expect(rows.map((r) => r.id)).toEqual(['a']);
    expect(missing).toEqual(['gone']);
  });
});
