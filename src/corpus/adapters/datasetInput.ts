/**
 * The part every dataset adapter shares: check the folder, run the adapter's record reader,
 * validate every produced case against the {@link Case} schema, keep ids unique, and locate
 * every problem as `dataset-file:line: field: problem` — like the JSONL reader, it never throws
 * on bad content and never drops a record silently. The fingerprint covers every file read.
 *
 * Cost: O(cases) validation on top of the adapter's own reading.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Case } from '../../contracts/case.ts';
import { UsageError } from '../../usageError.ts';
import { fieldPath } from '../issue.ts';
import type { CorpusInput } from '../open.ts';
import type { ReadItem, SeenIds } from '../read.ts';
import { DatasetFiles } from './datasetFiles.ts';

/** What an adapter's reader yields: a candidate case (validated here) or a located problem. */
export type Produced =
  | { kind: 'case'; value: unknown; file: string; line: number }
  | { kind: 'issue'; file: string; line: number; field: string; problem: string };

export interface DatasetAdapter {
  /** Adapter name, as in `--corpus <name>:<path>`. */
  name: string;
  /** Files or folders (relative to the dataset folder) that must exist. */
  required: readonly string[];
  /** At least one file directly in the dataset folder must match this. */
  requiredPattern?: { pattern: RegExp; describe: string };
  /** Read the dataset; file names in the output are relative to the dataset folder. */
  produce(files: DatasetFiles): AsyncGenerator<Produced>;
}

/** A located problem of a record, for adapters to yield. */
export const problem = (file: string, line: number, field: string, text: string): Produced => ({
  kind: 'issue',
  file,
  line,
  field,
  problem: text,
});

/** An unexpected failure while reading (a file vanishing mid-read) ends the read as one issue. */
async function* guarded(items: AsyncGenerator<Produced>): AsyncGenerator<Produced> {
  try {
    yield* items;
  } catch (e) {
    yield problem('.', 0, '(dataset)', `reading stopped: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Check the folder (a missing path is a one-line UsageError) and return the corpus input. */
export async function openDataset(adapter: DatasetAdapter, root: string, cwd = process.cwd()): Promise<CorpusInput> {
  const shown = relative(cwd, root) || '.';
  const info = statSync(root, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw new UsageError(`${adapter.name}: dataset folder not found: ${shown}`);
  const missing = adapter.required.filter((r) => statSync(join(root, r), { throwIfNoEntry: false }) === undefined);
  if (missing.length > 0) throw new UsageError(`${adapter.name}: ${shown} is missing ${missing.join(', ')}`);
  const wanted = adapter.requiredPattern;
  if (wanted && !readdirSync(root).some((f) => wanted.pattern.test(f)))
    throw new UsageError(`${adapter.name}: ${shown} has no ${wanted.describe}`);
  let digest = '';
  const display = (file: string) => relative(cwd, join(root, file));
  return {
    name: `${adapter.name}:${shown}`,
    sha256: () => digest,
    async *read(seen: SeenIds): AsyncGenerator<ReadItem> {
      const files = new DatasetFiles(root);
      for await (const item of guarded(adapter.produce(files))) {
        const file = display(item.file);
        if (item.kind === 'issue') {
          yield { kind: 'issue', issue: { file, line: item.line, field: item.field, problem: item.problem } };
          continue;
        }
        const parsed = Case.safeParse(item.value);
        if (!parsed.success) {
          for (const i of parsed.error.issues)
            yield { kind: 'issue', issue: { file, line: item.line, field: fieldPath(i.path), problem: i.message } };
          continue;
        }
        const first = seen.get(parsed.data.id);
        if (first !== undefined) {
          yield {
            kind: 'issue',
            issue: { file, line: item.line, field: 'id', problem: `duplicate id ${JSON.stringify(parsed.data.id)} (first at ${first})` },
          };
          continue;
        }
        seen.set(parsed.data.id, `${file}:${item.line}`);
        yield { kind: 'case', value: { case: parsed.data, file, line: item.line } };
      }
      digest = files.sha256();
    },
  };
}
