/**
 * `rehash corpus validate|stats`: check corpus files line by line; count cases.
 */
import { Command } from 'commander';
import Table from 'cli-table3';
import type { Case } from '../contracts/case.ts';
import { formatIssue } from '../corpus/issue.ts';
import { openCorpora } from '../corpus/open.ts';
import { terminalSafe } from '../report/sanitize.ts';

export function corpusCommand(): Command {
  const corpus = new Command('corpus').description('validate corpora and count their cases');
  corpus
    .command('validate')
    .description('check every line of the given corpora; report each bad line as file:line: field: problem')
    .argument('<path...>', 'JSONL files, directories or adapter:path')
    .action(async (paths: string[]) => {
      const inputs = await openCorpora(paths);
      const seen = new Map<string, string>();
      let good = 0;
      let bad = 0;
      for (const input of inputs)
        for await (const item of input.read(seen)) {
          if (item.kind === 'case') good++;
          else {
            bad++;
            process.stdout.write(`${terminalSafe(formatIssue(item.issue))}\n`);
          }
        }
      process.stdout.write(`${good} valid case(s), ${bad} problem(s) in ${inputs.length} file(s)\n`);
      if (bad > 0) process.exitCode = 1;
    });
  corpus
    .command('stats')
    .description('count cases per task, slice, split and label, and print each input\'s sha256 fingerprint')
    .argument('<path...>', 'JSONL files, directories or adapter:path')
    .action(async (paths: string[]) => {
      const inputs = await openCorpora(paths);
      const seen = new Map<string, string>();
      const counts = new Map<string, { dev: [number, number]; test: [number, number] }>();
      let bad = 0;
      const add = (c: Case) => {
        const key = `${c.task}\t${c.slice}`;
        const entry = counts.get(key) ?? { dev: [0, 0], test: [0, 0] };
        entry[c.split][c.label ? 0 : 1]++;
        counts.set(key, entry);
      };
      for (const input of inputs) for await (const item of input.read(seen)) item.kind === 'case' ? add(item.value.case) : bad++;
      const table = new Table({ head: ['task', 'slice', 'dev +', 'dev −', 'test +', 'test −', 'total'] });
      for (const [key, e] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [task, slice] = key.split('\t') as [string, string];
        table.push([task, terminalSafe(slice), e.dev[0], e.dev[1], e.test[0], e.test[1], e.dev[0] + e.dev[1] + e.test[0] + e.test[1]]);
      }
      process.stdout.write(`${table.toString()}\n`);
      for (const input of inputs) process.stdout.write(`${input.sha256()}  ${terminalSafe(input.name)}\n`);
      if (bad > 0) process.stdout.write(`${bad} invalid line(s) not counted (run \`rehash corpus validate\`)\n`);
    });
  return corpus;
}
