/**
 * Write a run's reports into its directory, each file atomically (temp file + rename), so an
 * interrupted run never leaves a half-written report.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { Results } from '../contracts/results.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';

export interface WrittenReports {
  dir: string;
  files: string[];
}

/**
 * Validate the results against their own contract (a bug here must not write a bad file) and
 * write every report. Parsing also puts every object's keys in schema order, so equal results
 * are equal bytes however they were assembled (one run, or merged shards).
 */
export async function writeReports(dir: string, raw: Results): Promise<WrittenReports> {
  const results = Results.parse(raw);
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['results.json', `${JSON.stringify(results, null, 1)}\n`],
    ['report.md', renderMarkdown(results)],
    ['report.html', await renderHtml(results)],
  ];
  for (const [name, text] of files) await writeFileAtomic(join(dir, name), text);
  return { dir, files: files.map(([name]) => join(dir, name)) };
}
