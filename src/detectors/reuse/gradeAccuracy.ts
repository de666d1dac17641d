/**
 * Clough–Stevenson 4-grade accuracy of the reuse detector: non < heavy < light < cut.
 *
 *   node --import tsx src/detectors/reuse/gradeAccuracy.ts [--clough <dir>] [--signal <name>]
 *
 * `rehash eval --corpus clough:…` reports the same figure for the document score; this tool adds
 * `--signal doc.wordingExact` (any numeric signal: the cut-points are fitted on it instead) and
 * the test confusion matrix. It runs the `reuse` detector on every answer and fits three
 * cut-points on the dev split with the engine's exact fit (`src/eval/metrics/grades.ts`).
 * Development tooling: the detector does not import it.
 *
 * Cost: one detection per answer (95) plus O(n log n) for the fit.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReuseCase } from '../../contracts/case.ts';
import { CLOUGH_GRADE_ORDER } from '../../corpus/adapters/clough.ts';
import { fitGradeCuts, gradeOf } from '../../eval/metrics/grades.ts';
import { loadReuseCases } from './fit/cases.ts';
import { reuseDetector } from './reuseDetector.ts';

/** Share of `items` whose value falls in their grade under `cuts`. */
const accuracy = (items: readonly { score: number; rank: number }[], cuts: readonly (number | null)[]) =>
  items.length === 0 ? 0 : items.filter((x) => gradeOf(x.score, cuts) === x.rank).length / items.length;

async function measure(c: ReuseCase, signal: string | undefined): Promise<number> {
  const d = await reuseDetector.detect({ source: c.source.text, candidate: c.candidate.text });
  if (signal === undefined) return d.score;
  const s = d.signals?.find((x) => x.name === signal);
  if (s === undefined) throw new Error(`no signal ${signal} in the detection`);
  return s.value;
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const clough = arg('--clough') ?? '../shared/datasets/clough-stevenson-reuse';
  const signal = arg('--signal');
  const cases = await loadReuseCases(`clough:${clough}`, 'all');
  const items = await Promise.all(
    cases.map(async (c) => ({ split: c.split, score: await measure(c, signal), rank: (c.meta as { gradeRank: number }).gradeRank })),
  );
  const dev = items.filter((x) => x.split === 'dev');
  const test = items.filter((x) => x.split === 'test');
  const cuts = fitGradeCuts(dev, CLOUGH_GRADE_ORDER.length);
  console.log(`${reuseDetector.id}@${reuseDetector.version}, grades fitted on ${signal ?? 'the document score'}`);
  console.log(`cut-points (dev, ${dev.length} answers): ${cuts.map((t) => (t === null ? 'never' : t.toPrecision(4))).join(' / ')}`);
  console.log(`4-grade accuracy: dev ${accuracy(dev, cuts).toFixed(3)}, test ${accuracy(test, cuts).toFixed(3)} (${test.length} answers)`);
  console.log(`test confusion (rows gold, columns predicted): ${CLOUGH_GRADE_ORDER.join(' ')}`);
  CLOUGH_GRADE_ORDER.forEach((g, gold) => {
    const row = CLOUGH_GRADE_ORDER.map((_, predicted) => String(test.filter((x) => x.rank === gold && gradeOf(x.score, cuts) === predicted).length).padStart(5));
    console.log(`  ${g.padEnd(5)} ${row.join('')}`);
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
