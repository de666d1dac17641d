/**
 * `rehash eval`: evaluate detectors on corpora, print the summary and write the reports.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { BUNDLED_CORPORA, openCorpora } from '../corpus/open.ts';
import { evaluate } from '../eval/evaluate.ts';
import { parseShard } from '../eval/shard.ts';
import { renderCompareTerminal } from '../report/compare.ts';
import { renderTerminal } from '../report/terminal.ts';
import { writeReports } from '../report/write.ts';
import { UsageError } from '../usageError.ts';
import { gitCommit, REHASH_VERSION } from '../version.ts';
import { chooseDetectors } from './chooseDetectors.ts';
import { compareFiles, resultsFile, writeComparison } from './compareCommand.ts';
import { progress } from './progress.ts';

/** Default seed of bootstrap resampling: fixed, so reruns give the same intervals. */
export const DEFAULT_SEED = 20261122;
/** Resamples in `--quick` runs (CI smoke); full runs use 1,000. */
const QUICK_RESAMPLES = 200;

const integer = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number (got "${v}")`);
  return Number(v);
};

/** A run id that sorts by time: `2026-11-22T04-05-06Z-1a2b3c`. */
const newRunId = () => `${new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}-${randomBytes(3).toString('hex')}`;

export function evalCommand(): Command {
  return new Command('eval')
    .description('evaluate detectors on corpora and write results.json, report.md under reports/<run-id>/')
    .option('--corpus <path...>', 'JSONL file, directory of *.jsonl, or adapter:path (default: the bundled corpora)')
    .option('--out <dir>', 'directory for this run\'s reports (default: reports/<run-id>)')
    .option('--detector <id...>', 'detector id, id@version, or a module file exporting detectors (default: every bundled detector)')
    .addOption(new Option('--split <split>', 'split to report').choices(['dev', 'test', 'all']).default('test'))
    .addOption(new Option('--threshold-objective <objective>', 'what the dev-fitted threshold maximises').choices(['balanced', 'f1', 'accuracy']).default('balanced'))
    .option('--slice <glob>', 'only slices matching this glob, e.g. "reuse/*"')
    .option('--seed <n>', 'seed of the bootstrap intervals', integer('--seed'), DEFAULT_SEED)
    .option('--timeout <ms>', 'per-case time limit of a detector', integer('--timeout'), 10_000)
    .option('--workers <n>', 'worker threads (0: run in this thread)', integer('--workers'), availableParallelism())
    .option('--shard <k/n>', 'evaluate only the k-th of n deterministic shards (combine with `rehash merge`)')
    .option('--cache-dir <dir>', 'where cached predictions live', '.rehash-cache')
    .option('--no-cache', 'run every detector on every case, ignoring cached predictions')
    .option('--skip-invalid', 'evaluate the valid cases of a corpus with bad lines and count the rest', false)
    .option('--baseline <results>', 'compare this run with an earlier results.json (writes compare.md/html into the run directory)')
    .option('--quick', `a fast smoke run (${QUICK_RESAMPLES} bootstrap resamples)`, false)
    .action(async (opts) => {
      const detectors = await chooseDetectors(opts.detector ?? []);
      const shard = opts.shard ? parseShard(opts.shard) : undefined;
      const corpora = await openCorpora(opts.corpus ?? [BUNDLED_CORPORA]);
      const runId = newRunId();
      const bar = progress();
      const run = await evaluate({
        corpora,
        detectors,
        split: opts.split,
        ...(opts.slice && { slice: opts.slice }),
        seed: opts.seed,
        thresholdObjective: opts.thresholdObjective,
        timeoutMs: opts.timeout,
        workers: opts.workers,
        ...(opts.cache && { cacheDir: resolve(opts.cacheDir) }),
        ...(shard && { shard }),
        skipInvalid: opts.skipInvalid,
        ...(opts.quick && { resamples: QUICK_RESAMPLES }),
        runId,
        rehashVersion: REHASH_VERSION,
        gitCommit: gitCommit(),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.stop();
      const dir = resolve(opts.out ?? join('reports', runId));
      try {
        const written = await writeReports(dir, run);
        process.stdout.write(`${renderTerminal(run.results)}\n`);
        process.stdout.write(`Reports written to ${written.dir}/\n${written.files.map((f) => `  ${f}`).join('\n')}\n`);
      } finally {
        await run.close();
      }
      if (opts.baseline) {
        // compare needs every case result: it reads them back from the results.json just written
        const c = await compareFiles(opts.baseline, dir, { allowCorpusChange: false });
        const files = await writeComparison(c, dir, { a: resultsFile(opts.baseline), b: join(dir, 'results.json') });
        process.stdout.write(`\nCompared with ${opts.baseline}:\n${renderCompareTerminal(c)}\nWrote ${files.join(', ')}\n`);
      }
    });
}
