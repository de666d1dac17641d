/**
 * Test helpers for the dataset adapters: read an adapter's whole output, locate the fixtures
 * and the real datasets (which live beside the project and may be absent).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Case } from '../../../src/contracts/case.ts';
import { ADAPTERS } from '../../../src/corpus/adapters/index.ts';
import type { CaseIssue } from '../../../src/corpus/issue.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** `../shared/datasets/` from the project root (REHASH_DATASETS overrides it, e.g. to check the skips). */
export const DATASETS = process.env.REHASH_DATASETS ?? fileURLToPath(new URL('../../../../shared/datasets/', import.meta.url));

export const fixture = (dir: string) => join(FIXTURES, dir);

export interface Collected {
  cases: Case[];
  /** Where each case was located (`file:line`, file relative to the working directory). */
  at: string[];
  issues: CaseIssue[];
  sha256: string;
}

export async function collect(adapter: string, path: string, seen = new Map<string, string>()): Promise<Collected> {
  const make = ADAPTERS[adapter];
  if (!make) throw new Error(`no adapter ${adapter}`);
  const input = await make(path);
  const out: Collected = { cases: [], at: [], issues: [], sha256: '' };
  for await (const item of input.read(seen)) {
    if (item.kind === 'issue') out.issues.push(item.issue);
    else {
      out.cases.push(item.value.case);
      out.at.push(`${item.value.file}:${item.value.line}`);
    }
  }
  out.sha256 = input.sha256();
  return out;
}

/** Issues as `file-name:line field` (file name without its folder), for compact assertions. */
export const issueKeys = (issues: readonly CaseIssue[]) =>
  issues.map((i) => `${i.file.split('/').at(-1)}:${i.line} ${i.field}`).sort();

/** A real dataset folder, whether it is there, and a test title that says why it is skipped. */
export function realDataset(dir: string): { path: string; present: boolean; title: (t: string) => string } {
  const path = join(DATASETS, dir);
  const present = existsSync(path);
  const shown = relative(process.cwd(), path);
  return { path, present, title: (t) => (present ? t : `${t} — skipped: dataset not found at ${shown}`) };
}

export const bySlice = (cases: readonly Case[]) => {
  const m: Record<string, number> = {};
  for (const c of cases) m[c.slice] = (m[c.slice] ?? 0) + 1;
  return m;
};

/** Real-dataset tests read megabytes of HTML or JSON. */
export const REAL_DATA_TIMEOUT = 120_000;
