/**
 * `rehash compare <a> <b>`: is B better than A, and where? Prints the summary and per-slice
 * table, writes compare.md (for a pull-request comment) and compare.html.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { Results } from '../contracts/results.ts';
import { type Comparison, compareResults } from '../eval/compare.ts';
import { renderCompareHtml, renderCompareMarkdown, renderCompareTerminal } from '../report/compare.ts';
import { readResults } from '../report/readResults.ts';
import { UsageError } from '../usageError.ts';

/** A run directory or its results.json. */
export function resultsFile(input: string): string {
  const file = existsSync(input) && statSync(input).isDirectory() ? join(input, 'results.json') : input;
  if (!existsSync(file)) throw new UsageError(`no results at ${input}`);
  return resolve(file);
}

/** Write compare.md and compare.html into `out`, linking to each run's report.html when present. */
export async function writeComparison(c: Comparison, out: string, files: { a: string; b: string }): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const link = (f: string) => {
    const html = join(dirname(f), 'report.html');
    return existsSync(html) ? relative(out, html) || 'report.html' : undefined;
  };
  const links = { ...(link(files.a) && { a: link(files.a) }), ...(link(files.b) && { b: link(files.b) }) };
  const written = [join(out, 'compare.md'), join(out, 'compare.html')];
  await writeFileAtomic(written[0] as string, renderCompareMarkdown(c, links));
  await writeFileAtomic(written[1] as string, renderCompareHtml(c, links));
  return written;
}

export async function compareFiles(a: string, b: string, opts: { pair?: string[]; allowCorpusChange?: boolean }, bResults?: Results) {
  const fa = resultsFile(a);
  const ra = await readResults(fa);
  const rb = bResults ?? (await readResults(resultsFile(b)));
  return compareResults({ name: a, results: ra }, { name: b, results: rb }, { pairs: opts.pair ?? [], allowCorpusChange: opts.allowCorpusChange ?? false });
}

export function compareCommand(): Command {
  return new Command('compare')
    .description('compare two runs (or two versions in one run): paired deltas, McNemar tests, fixed and broken cases')
    .argument('<a>', 'results.json (or run directory) of the reference version')
    .argument('<b>', 'results.json (or run directory) of the candidate version')
    .option('--pair <a=b...>', 'detector keys to compare, e.g. boilerplate@1.2.0=boilerplate@1.3.0 (default: same ids)')
    .option('--allow-corpus-change', 'compare the shared cases even when slices differ', false)
    .option('--out <dir>', 'where to write compare.md and compare.html (default: beside b)')
    .option('--fail-on-worse', 'exit 1 when any pair is significantly worse overall or on a slice', false)
    .action(async (a: string, b: string, opts: { pair?: string[]; allowCorpusChange: boolean; out?: string; failOnWorse: boolean }) => {
      const c = await compareFiles(a, b, opts);
      const out = resolve(opts.out ?? dirname(resultsFile(b)));
      const written = await writeComparison(c, out, { a: resultsFile(a), b: resultsFile(b) });
      process.stdout.write(`${renderCompareTerminal(c)}\nWrote ${written.join(', ')}\n`);
      if (opts.failOnWorse && c.pairs.some((p) => p.slices.some((s) => s.verdict === 'worse'))) process.exitCode = 1;
    });
}
