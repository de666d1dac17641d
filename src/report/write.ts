/**
 * Write a run's reports into its directory, each file atomically (temp file + rename), so an
 * interrupted run never leaves a half-written report.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Results } from '../contracts/results.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { writeResultsJson } from './resultsJson.ts';

export interface WrittenReports {
  dir: string;
  files: string[];
}

/**
 * Write every report: `results.json` first (validated against its own contract on the way, so a
 * bug here cannot write a bad file), then the Markdown and HTML renderings of it.
 */
export async function writeReports(dir: string, results: Results): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  await writeResultsJson(join(dir, 'results.json'), results);
  const files: [string, string][] = [
    ['report.md', renderMarkdown(results)],
    ['report.html', await renderHtml(results)],
  ];
  for (const [name, text] of files) await writeFileAtomic(join(dir, name), text);
  return { dir, files: ['results.json', ...files.map(([name]) => name)].map((name) => join(dir, name)) };
}
