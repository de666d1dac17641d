/**
 * `rehash merge <dir|results.json>…`: combine shard results into the results of one run.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { mergeResults } from '../eval/merge.ts';
import { readResults } from '../report/readResults.ts';
import { renderTerminal } from '../report/terminal.ts';
import { writeReports } from '../report/write.ts';
import { UsageError } from '../usageError.ts';

export function mergeCommand(): Command {
  return new Command('merge')
    .description('combine the results of shards (eval --shard k/n) into the results of one run')
    .argument('<inputs...>', 'run directories or results.json files')
    .requiredOption('--out <dir>', 'directory for the merged reports')
    .action(async (inputs: string[], opts: { out: string }) => {
      const parts = [];
      for (const input of inputs) {
        const file = existsSync(input) && statSync(input).isDirectory() ? join(input, 'results.json') : input;
        if (!existsSync(file)) throw new UsageError(`no results at ${input}`);
        parts.push({ name: input, results: await readResults(file) });
      }
      const merged = await mergeResults(parts);
      try {
        const written = await writeReports(resolve(opts.out), merged);
        process.stdout.write(`${renderTerminal(merged.results)}\nMerged ${parts.length} result file(s) into ${written.dir}/\n`);
      } finally {
        await merged.close();
      }
    });
}
