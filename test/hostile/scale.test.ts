/**
 * Scale: one enormous document (a 50 MB case is read, evaluated and reported without crashing;
 * a detector may decline it, and the decline is recorded as that case's error), and many small
 * ones (the memory a finished run holds does not grow with its case count beyond a few tens of
 * bytes a case, and no case result is left on disk).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openCorpora } from '../../src/corpus/open.ts';
import { DETECTORS } from '../../src/detectors/registry.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { writeGeneratedCorpus } from '../support/largeCorpus.ts';
import { evalOptions } from '../support/evalOptions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('a 50 MB document', () => {
  it('is processed (or declined with a reason) without crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehash-big-'));
    const paragraph = 'The council approved the new tram line on Thursday after a long debate.\nadnexa.com, pub-4830129947561203, DIRECT, f08c47fec0942fa0\n';
    const text = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
    const lines = [
      { id: 'big-bp', task: 'boilerplate', slice: 'big', split: 'test', label: true, text, spans: [] },
      { id: 'big-mt', task: 'mt', slice: 'big', split: 'test', label: true, text, spans: [] },
      { id: 'small-mt', task: 'mt', slice: 'big', split: 'test', label: false, text: 'A normal sentence.', spans: [] },
    ];
    writeFileSync(join(dir, 'big.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const run = await evaluate(
      evalOptions({
        corpora: await openCorpora([join(dir, 'big.jsonl')], root),
        detectors: DETECTORS.filter((d) => d.task !== 'reuse').map((detector) => ({ detector })),
        timeoutMs: 120_000,
        workers: 1,
      }),
    );
    const r = await run.allResults();
    await run.close();
    const byKey = Object.fromEntries(r.cases.map((c) => [`${c.detector} ${c.id}`, c.error ?? `score ${c.prediction?.score}`]));
    for (const d of DETECTORS.filter((x) => x.task !== 'reuse')) {
      const big = byKey[`${d.id}@${d.version} big-${d.task === 'mt' ? 'mt' : 'bp'}`];
      expect(big, d.id).toBeDefined();
      if (d.maxInputChars !== undefined) expect(big).toMatch(/^declined: input of \d+ characters exceeds this detector's limit of \d+$/);
      else expect(big).toMatch(/^score /);
    }
    expect(r.examples.some((e) => e.id.startsWith('big-'))).toBe(false);
  }, 180_000);
});

/** A cheap bundled detector (a few patterns), so the run's own bookkeeping is what is measured. */
const cheap = DETECTORS.find((d) => d.id === 'mt-artifacts') as (typeof DETECTORS)[number];

/** Case counts compared: big enough that 1 KB a case would show as tens of megabytes. */
const SMALL = 25_000;
const LARGE = 4 * SMALL;
/**
 * Heap a finished run may keep per extra case: its compact table row is 27 bytes plus 24 for
 * character overlaps; a retained CaseResult object (what the engine used to hold) is several hundred.
 */
const MAX_RETAINED_BYTES_PER_CASE = 120;

describe('many small cases', () => {
  it('a finished run holds a few bytes per case, not its case results, and cleans up its spill file', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const dir = mkdtempSync(join(tmpdir(), 'rehash-many-'));
    // the engine spills under os.tmpdir(): point it at a directory of this test's own, so runs of
    // other test files (in other processes) cannot leave or remove spill directories in view
    const ownTmp = mkdtempSync(join(tmpdir(), 'rehash-scale-tmp-'));
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    const spills = () => readdirSync(ownTmp).filter((f) => f.startsWith('rehash-cases-')).length;
    const retained = async (n: number) => {
      const file = join(dir, `${n}.jsonl`);
      await writeGeneratedCorpus(n, file);
      const corpora = await openCorpora([file], root);
      gc();
      const before = process.memoryUsage().heapUsed;
      const run = await evaluate(evalOptions({ corpora, detectors: [{ detector: cheap }], resamples: 10 }));
      gc();
      const held = process.memoryUsage().heapUsed - before;
      expect(run.caseCount).toBe(n);
      expect(spills()).toBe(1); // the open run's spill directory is where this test looks
      await run.close();
      return held;
    };
    try {
      const small = await retained(SMALL);
      expect(tmpdir()).toBe(ownTmp);
      const large = await retained(LARGE);
      expect((large - small) / (LARGE - SMALL)).toBeLessThan(MAX_RETAINED_BYTES_PER_CASE);
      expect(spills()).toBe(0);
    } finally {
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
  }, 120_000);
});
