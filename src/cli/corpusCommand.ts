/**
 * `rehash corpus validate|stats`: check corpus files line by line; count cases.
 */
import { Command, Option } from 'commander';
import type { Case } from '../contracts/case.ts';
import { formatIssue } from '../corpus/issue.ts';
import { openCorpora } from '../corpus/open.ts';
import { compactTable } from '../report/compactTable.ts';
import { markdownCell, terminalSafe } from '../report/sanitize.ts';

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
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown']).default('table'))
    .action(async (paths: string[], opts: { format: 'table' | 'markdown' }) => {
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
      const head = ['task', 'slice', 'dev +', 'dev −', 'test +', 'test −', 'total'];
      const rows = [...counts]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, e]) => {
          const [task, slice] = key.split('\t') as [string, string];
          return [task, terminalSafe(slice), e.dev[0], e.dev[1], e.test[0], e.test[1], e.dev[0] + e.dev[1] + e.test[0] + e.test[1]];
        });
      if (opts.format === 'markdown') {
        const md = [head, head.map((_, i) => (i < 2 ? '---' : '--:')), ...rows.map((r) => r.map((x) => (typeof x === 'string' ? markdownCell(x) : String(x))))];
        process.stdout.write(`${md.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
      } else {
        const table = compactTable(head);
        table.push(...rows);
        process.stdout.write(`${table.toString()}\n`);
      }
      for (const input of inputs) process.stdout.write(`${input.sha256()}  ${terminalSafe(input.name)}\n`);
      if (bad > 0) process.stdout.write(`${bad} invalid line(s) not counted (run \`rehash corpus validate\`)\n`);
    });
  return corpus;
}
