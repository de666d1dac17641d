/**
 * Write a run's reports into its directory, each file atomically (temp file + rename), so an
 * interrupted run never leaves a half-written report.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { EvaluatedRun } from '../eval/evaluatedRun.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { writeResultsJson } from './resultsJson.ts';

export interface WrittenReports {
  dir: string;
  files: string[];
}

/**
 * Write every report: `results.json` first (validated against its own contract on the way, so a
 * bug here cannot write a bad file), its case results streamed from the run's spill file, then
 * the Markdown and HTML renderings of the results.
 */
export async function writeReports(dir: string, run: EvaluatedRun): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  await writeResultsJson(join(dir, 'results.json'), run.results, run.caseLines());
  const files: [string, string][] = [
    ['report.md', renderMarkdown(run.results)],
    ['report.html', await renderHtml(run.results, run.prCurves)],
  ];
  for (const [name, text] of files) await writeFileAtomic(join(dir, name), text);
  return { dir, files: ['results.json', ...files.map(([name]) => name)].map((name) => join(dir, name)) };
}
