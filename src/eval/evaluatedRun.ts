/**
 * A finished run in bounded memory, and how one is made from spilled case results — shared by
 * `evaluate` and `merge`, so merged shards score exactly like one run. The case results stay
 * on disk (CaseLog) with a compact table of what scoring needs (CaseTable); memory holds the
 * metrics, the example cases and the few case results the reports show.
 */
import type { Task } from '../contracts/case.ts';
import {
  type CaseResult,
  type DetectorInfo,
  type ExampleCase,
  RESULTS_SCHEMA_VERSION,
  type Results,
  type RunInfo,
} from '../contracts/results.ts';
import type { CaseLog } from './caseLog.ts';
import type { CaseTable } from './caseTable.ts';
import { examplePicker, type Outcome } from './examples.ts';
import { type PrPoint, precisionRecallCurve } from './metrics/prCurve.ts';
import { scoreCases } from './score.ts';
import { decidePrediction, fitThresholdToScores } from './thresholds.ts';

export interface EvaluatedRun {
  /**
   * The results as reports render them: every field, except that `cases` holds only the case
   * results the reports show — those of the example cases and the failed ones. The complete
   * list streams from `caseLines`.
   */
  results: Results;
  /** Every case result's canonical results.json line, in results order (detector, then case id). */
  caseLines(): AsyncIterable<string>;
  /** Case results in the run. */
  caseCount: number;
  /** Precision–recall points per detector key over all its reported cases (for the HTML charts). */
  prCurves: ReadonlyMap<string, PrPoint[]>;
  /** The complete results in memory, every case result included — for tests and small runs. */
  allResults(): Promise<Results>;
  /** Remove the spilled case results. */
  close(): Promise<void>;
}

export interface SpilledRun {
  run: RunInfo;
  corpora: Results['corpora'];
  slices: Results['slices'];
  detectors: DetectorInfo[];
  timing: Results['timing'];
  skipped: Results['skipped'];
  /** Every case result, added in the same order as to `table` (arrival number = table row). */
  log: CaseLog;
  table: CaseTable;
  /** Text size of a case (by results-order row or id) for example picking; undefined: no texts. */
  sizeOf: (row: number, id: string) => number | undefined;
  /** The example records of the chosen case ids. */
  examples: (ids: string[]) => Promise<ExampleCase[]>;
}

/**
 * Put the case results in results order, fit thresholds on dev, score, pick the examples and
 * gather what the reports show. Reads the spilled results three times, holding one at a time.
 */
export async function finishRun(input: SpilledRun): Promise<EvaluatedRun> {
  const { run, log, table } = input;
  const order = new Uint32Array(log.count);
  let k = 0;
  for await (const e of log.entries()) order[k++] = e.arrival;
  table.reorder(order);

  const tasks = new Map<string, Task>(input.detectors.map((d) => [d.key, d.task]));
  const reported = (i: number) => run.split === 'all' || table.split(i) === run.split;
  const scoredRows = (d: number, keep: (i: number) => boolean) => {
    const out: { gold: boolean; score: number }[] = [];
    for (let i = 0; i < table.length; i++) if (table.detector(i) === d && keep(i) && table.prediction(i)) out.push({ gold: table.label(i), score: table.score(i) });
    return out;
  };
  const thresholds = table.detectors.map((key, d) => fitThresholdToScores(key, scoredRows(d, (i) => table.split(i) === 'dev'), run.thresholdObjective));
  const metrics = scoreCases(table, tasks, thresholds, { split: run.split, seed: run.seed, resamples: run.resamples });
  const prCurves = new Map(table.detectors.map((key, d) => [key, precisionRecallCurve(scoredRows(d, reported))]));

  const picker = examplePicker();
  const outcome = (i: number): Outcome => {
    if (table.failed(i)) return 'error';
    const p = decidePrediction(table.prediction(i), thresholds[table.detector(i)]);
    return p && table.label(i) ? 'tp' : p ? 'fp' : table.label(i) ? 'fn' : 'tn';
  };
  k = 0;
  for await (const e of log.entries()) {
    const i = k++;
    if (reported(i)) picker.offer(e.id, table.detectors[e.detector] as string, table.slice(i), outcome(i), () => input.sizeOf(i, e.id));
  }
  const examples = await input.examples(picker.ids());
  const shownIds = new Set(examples.map((x) => x.id));
  const shown: CaseResult[] = [];
  k = 0;
  for await (const e of log.entries()) if (table.failed(k++) || shownIds.has(e.id)) shown.push(JSON.parse(e.line) as CaseResult);

  const results: Results = {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    kind: 'rehash-results',
    run,
    corpora: input.corpora,
    slices: input.slices,
    detectors: input.detectors,
    thresholds,
    metrics,
    timing: input.timing,
    skipped: input.skipped,
    cases: shown,
    examples,
  };
  async function* caseLines() {
    for await (const e of log.entries()) yield e.line;
  }
  return {
    results,
    caseLines,
    caseCount: log.count,
    prCurves,
    async allResults() {
      const cases: CaseResult[] = [];
      for await (const line of caseLines()) cases.push(JSON.parse(line) as CaseResult);
      return { ...results, cases };
    },
    close: () => log.close(),
  };
}
