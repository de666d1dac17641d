/**
 * One enormous document: a 50 MB case is read, evaluated and reported without crashing; a
 * detector may decline it, and the decline is recorded as that case's error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCorpora } from '../../src/corpus/open.ts';
import { DETECTORS } from '../../src/detectors/registry.ts';
import { evaluate } from '../../src/eval/evaluate.ts';

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
    const run = await evaluate({
      corpora: await openCorpora([join(dir, 'big.jsonl')], root),
      detectors: DETECTORS.filter((d) => d.task !== 'reuse').map((detector) => ({ detector })),
      split: 'test',
      seed: 1,
      timeoutMs: 120_000,
      workers: 1,
      skipInvalid: false,
      resamples: 20,
      runId: 'big',
      rehashVersion: '0',
      gitCommit: null,
    });
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
