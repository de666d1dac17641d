import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../src/contracts/results.ts';
import { openCorpora } from '../../src/corpus/open.ts';
import { DETECTORS } from '../../src/detectors/registry.ts';
import { type EvalOptions, evaluate } from '../../src/eval/evaluate.ts';
import type { EvaluatedRun } from '../../src/eval/evaluatedRun.ts';
import { mergeResults } from '../../src/eval/merge.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpora = ['corpora/reuse/hand.jsonl', 'corpora/mt/hand.jsonl', 'corpora/boilerplate/hand.jsonl', 'test/fixtures/external.jsonl'];

/** Evaluate and read every case result back from the spill file. */
async function complete(run: EvaluatedRun): Promise<Results> {
  try {
    return await run.allResults();
  } finally {
    await run.close();
  }
}

async function run(over: Partial<EvalOptions> = {}): Promise<Results> {
  return complete(await evaluate({
    corpora: await openCorpora(corpora, root),
    detectors: DETECTORS.map((detector) => ({ detector })),
    split: 'all',
    seed: 7,
    timeoutMs: 5_000,
    workers: 0,
    skipInvalid: false,
    resamples: 100,
    runId: 'test',
    rehashVersion: '0.0.0',
    gitCommit: null,
    ...over,
  }));
}

/** Everything but run metadata and timings, which legitimately differ between runs. */
const comparable = (r: Results) => JSON.stringify({ ...r, run: undefined, timing: undefined });

describe('evaluate', () => {
  it('gives identical results for any number of workers', async () => {
    const [inProcess, one, two] = await Promise.all([run(), run({ workers: 1 }), run({ workers: 2 })]);
    expect(comparable(one)).toBe(comparable(inProcess));
    expect(comparable(two)).toBe(comparable(inProcess));
    // hand slices: 6 cases per task, plus the fixture's 2 reuse, 1 mt and 1 boilerplate case
    const casesPerTask = { reuse: 8, mt: 7, boilerplate: 7 };
    expect(inProcess.cases.length).toBe(DETECTORS.reduce((n, d) => n + casesPerTask[d.task], 0));
  }, 60_000);

  it('merged shards equal one run', async () => {
    const whole = await run();
    const shards = await Promise.all([1, 2, 3].map((index) => run({ shard: { index, count: 3 } })));
    expect(shards.map((s) => s.cases.length).reduce((a, b) => a + b)).toBe(whole.cases.length);
    const merged = await complete(await mergeResults(shards.map((results, i) => ({ name: `shard${i}`, results }))));
    // merge canonicalises key order through the schema, so compare parsed values
    expect(JSON.parse(comparable(merged))).toEqual(JSON.parse(comparable(whole)));
  }, 60_000);

  it('serves an unchanged detector from the cache', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'rehash-cache-'));
    const first = await run({ cacheDir });
    const second = await run({ cacheDir });
    expect(first.timing.every((t) => t.cached === 0)).toBe(true);
    expect(second.timing.every((t) => t.cases === 0 && t.cached > 0)).toBe(true);
    expect(comparable(second)).toBe(comparable(first));
  }, 60_000);
});
