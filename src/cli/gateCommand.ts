/**
 * `rehash gate <results>`: check a run against the committed accuracy floors; non-zero exit with
 * one line per failing floor. `--update` ratchets the floors up (never down without
 * `--allow-regression`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { checkFloors, DEFAULT_TOLERANCE, FLOORS_SCHEMA_VERSION, Floors, updateFloors } from '../eval/gate.ts';
import { BUNDLED_CORPORA } from '../corpus/open.ts';
import { readResults } from '../report/readResults.ts';
import { UsageError } from '../usageError.ts';
import { resultsFile } from './compareCommand.ts';

export const DEFAULT_FLOORS = resolve(BUNDLED_CORPORA, 'floors.json');

function readFloors(path: string, create: boolean): Floors {
  if (!existsSync(path)) {
    if (create) return { schemaVersion: FLOORS_SCHEMA_VERSION, tolerance: DEFAULT_TOLERANCE, floors: [] };
    throw new UsageError(`no floors file at ${path} (create one with --update)`);
  }
  const parsed = Floors.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new UsageError(`${path}: not a valid floors file: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function gateCommand(): Command {
  return new Command('gate')
    .description('check a run against the accuracy floors (exit 1 with one line per failing floor), or ratchet them up')
    .argument('<results>', 'results.json or run directory')
    .option('--floors <file>', 'floors file', DEFAULT_FLOORS)
    .option('--update', 'raise floors to this run\'s figures and add missing ones; refuses to lower a floor', false)
    .option('--allow-regression', 'with --update: lower floors the run falls below', false)
    .action(async (input: string, opts: { floors: string; update: boolean; allowRegression: boolean }) => {
      const results = await readResults(resultsFile(input));
      const floors = readFloors(opts.floors, opts.update);
      if (opts.update) {
        const { floors: next, refused, changed } = updateFloors(results, floors, opts.allowRegression);
        if (refused.length > 0) {
          for (const r of refused) process.stderr.write(`refused to lower: ${r}\n`);
          throw new UsageError(`${refused.length} floor(s) would go down; fix the regression or pass --allow-regression`);
        }
        await writeFileAtomic(opts.floors, `${JSON.stringify(next, null, 2)}\n`);
        process.stdout.write(`${changed.length ? changed.join('\n') : 'floors unchanged'}\n${next.floors.length} floor(s) in ${opts.floors}\n`);
        return;
      }
      const { failures, checked } = checkFloors(results, floors);
      for (const f of failures) process.stdout.write(`FAIL ${f.reason}\n`);
      process.stdout.write(`gate: ${checked - failures.length} of ${checked} floor check(s) passed (split ${results.run.split})\n`);
      if (failures.length > 0) process.exitCode = 1;
    });
}
