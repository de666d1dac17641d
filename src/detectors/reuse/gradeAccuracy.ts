/**
 * Clough–Stevenson 4-grade accuracy of the reuse detector: non < heavy < light < cut.
 *
 *   node --import tsx src/detectors/reuse/gradeAccuracy.ts [--clough <dir>] [--signal <name>]
 *
 * Runs the `reuse` detector on every answer, fits three cut-points on the dev split (the ordered
 * triple maximising dev accuracy; each cut-point midway between adjacent dev values), and reports
 * the dev and test accuracy of the grades they assign, with the test confusion matrix. By default
 * the cut-points are fitted on the document score; `--signal doc.wordingExact` (any numeric
 * signal) fits them on that signal instead. Development tooling: the detector does not import it.
 *
 * Cost: one detection per answer (95) plus O(n³) cut-point search over the n dev values.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReuseCase } from '../../contracts/case.ts';
import { loadReuseCases } from './fit/cases.ts';
import { reuseDetector } from './reuseDetector.ts';

export const GRADES = ['non', 'heavy', 'light', 'cut'] as const;
export type Grade = (typeof GRADES)[number];

export interface GradedValue {
  readonly value: number;
  readonly grade: Grade;
}

/** The grade of `value` under ascending cut-points `[t1, t2, t3]`. */
export function gradeOf(value: number, cuts: readonly number[]): Grade {
  let g = 0;
  while (g < cuts.length && value >= (cuts[g] as number)) g++;
  return GRADES[g] as Grade;
}

export function accuracy(items: readonly GradedValue[], cuts: readonly number[]): number {
  return items.length === 0 ? 0 : items.filter((x) => gradeOf(x.value, cuts) === x.grade).length / items.length;
}

/** The ascending cut-points (midways between distinct dev values) that maximise dev accuracy; ties: the first found. */
export function fitCuts(dev: readonly GradedValue[]): number[] {
  const values = [...new Set(dev.map((x) => x.value))].sort((a, b) => a - b);
  const candidates = [Number.NEGATIVE_INFINITY, ...values.slice(1).map((v, i) => (v + (values[i] as number)) / 2), Number.POSITIVE_INFINITY];
  let best: number[] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  let bestAccuracy = -1;
  for (let a = 0; a < candidates.length; a++)
    for (let b = a; b < candidates.length; b++)
      for (let c = b; c < candidates.length; c++) {
        const cuts = [candidates[a] as number, candidates[b] as number, candidates[c] as number];
        const acc = accuracy(dev, cuts);
        if (acc > bestAccuracy) {
          bestAccuracy = acc;
          best = cuts;
        }
      }
  return best;
}

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
    cases.map(async (c) => ({ split: c.split, value: await measure(c, signal), grade: (c.meta as { grade: Grade }).grade })),
  );
  const dev = items.filter((x) => x.split === 'dev');
  const test = items.filter((x) => x.split === 'test');
  const cuts = fitCuts(dev);
  console.log(`${reuseDetector.id}@${reuseDetector.version}, grades fitted on ${signal ?? 'the document score'}`);
  console.log(`cut-points (dev, ${dev.length} answers): ${cuts.map((t) => t.toPrecision(4)).join(' / ')}`);
  console.log(`4-grade accuracy: dev ${accuracy(dev, cuts).toFixed(3)}, test ${accuracy(test, cuts).toFixed(3)} (${test.length} answers)`);
  console.log(`test confusion (rows gold, columns predicted): ${GRADES.join(' ')}`);
  for (const g of GRADES) console.log(`  ${g.padEnd(5)} ${GRADES.map((p) => String(test.filter((x) => x.grade === g && gradeOf(x.value, cuts) === p).length).padStart(5)).join('')}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
