/**
 * Write a run's reports into its directory, each file atomically (temp file + rename), so an
 * interrupted run never leaves a half-written report.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Results } from '../contracts/results.ts';
import { renderMarkdown } from './markdown.ts';

export interface WrittenReports {
  dir: string;
  files: string[];
}

export async function writeReports(dir: string, results: Results): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['results.json', `${JSON.stringify(results, null, 1)}\n`],
    ['report.md', renderMarkdown(results)],
  ];
  for (const [name, text] of files) await writeFileAtomic(join(dir, name), text);
  return { dir, files: files.map(([name]) => join(dir, name)) };
}
