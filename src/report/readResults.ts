/**
 * Read a results.json back (for merge, compare and gate), validated against the contract,
 * with one-line errors naming the file.
 */
import { readFile } from 'node:fs/promises';
import { READABLE_RESULTS_VERSIONS, Results } from '../contracts/results.ts';
import { fieldPath } from '../corpus/issue.ts';
import { UsageError } from '../usageError.ts';

export async function readResults(path: string): Promise<Results> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !READABLE_RESULTS_VERSIONS.includes(version))
    throw new UsageError(`${path}: unsupported results schemaVersion ${JSON.stringify(version)} (this rehash reads ${READABLE_RESULTS_VERSIONS.join(' and ')})`);
  const parsed = Results.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UsageError(`${path}: not a valid results file: ${i ? `${fieldPath(i.path)}: ${i.message}` : ''}`);
  }
  return parsed.data;
}
