import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCorpora } from '../../src/corpus/open.ts';
import { detectorsFromModule } from '../../src/eval/detectorRef.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { evalOptions } from '../support/evalOptions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const MODULE = join(root, 'test/fixtures/numberDetector.ts');

/** A graded reuse case: gold grade `rank` of 4, scored `score`. */
const graded = (id: string, split: 'dev' | 'test', rank: number, score: number) =>
  JSON.stringify({ id, task: 'reuse', slice: `g/${rank}`, split, label: rank > 0, meta: { gradeRank: rank, gradeLevels: 4 }, source: { text: 'source' }, candidate: { text: String(score) } });

describe('ordinal grade accuracy in a run', () => {
  it('fits cut-points on dev, grades the test cases with them and reports the share graded right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehash-grades-'));
    const lines = [
      // dev: grades separable at 0.25 / 0.6 / 0.9
      graded('d0', 'dev', 0, 0.1),
      graded('d1', 'dev', 1, 0.4),
      graded('d2', 'dev', 2, 0.8),
      graded('d3', 'dev', 3, 1),
      // test: 3 of 4 right (the grade-2 case scores like a grade 1)
      graded('t0', 'test', 0, 0.2),
      graded('t1', 'test', 1, 0.5),
      graded('t2', 'test', 2, 0.3),
      graded('t3', 'test', 3, 0.95),
      // an ungraded case counts for the document figures, not for grades
      JSON.stringify({ id: 'u', task: 'reuse', slice: 'g/none', split: 'test', label: false, source: { text: 's' }, candidate: { text: '0.1' } }),
    ];
    writeFileSync(join(dir, 'graded.jsonl'), `${lines.join('\n')}\n`);
    const detectors = (await detectorsFromModule(MODULE)).map((detector) => ({ detector, module: MODULE }));
    const run = await evaluate(evalOptions({ corpora: await openCorpora([join(dir, 'graded.jsonl')], root), detectors, resamples: 50 }));
    try {
      const r = await run.allResults();
      const whole = r.metrics.find((m) => m.slice === '*');
      expect(whole?.grades?.levels).toBe(4);
      expect(whole?.grades?.fittedOn).toBe(4);
      expect(whole?.grades?.cuts.map((c) => (c === null ? null : Math.round(c * 100) / 100))).toEqual([0.25, 0.6, 0.9]);
      expect(whole?.grades?.accuracy.value).toBe(0.75);
      expect(r.metrics.find((m) => m.slice === 'g/2')?.grades?.accuracy.value).toBe(0);
      expect(r.metrics.find((m) => m.slice === 'g/none')?.grades).toBeUndefined();
      expect(r.cases.find((c) => c.id === 't2')?.match?.grade).toEqual({ rank: 2, levels: 4 });
    } finally {
      await run.close();
    }
  });
});
