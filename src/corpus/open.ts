/**
 * Resolve `--corpus` arguments into corpus inputs: a JSONL file, a directory (every `*.jsonl`
 * below it, in path order) or `adapter:path` for a public dataset read by an adapter.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../usageError.ts';
import { ADAPTERS } from './adapters/index.ts';
import { type ReadItem, readCorpusFile, type SeenIds } from './read.ts';

/** One corpus input: a name for reports, its items, and its fingerprint once read. */
export interface CorpusInput {
  name: string;
  /** Stream the cases and issues; `seen` keeps ids unique across inputs. */
  read(seen: SeenIds): AsyncGenerator<ReadItem>;
  /** sha256 of what was read; available after `read` has finished. */
  sha256(): string;
}

/** The bundled corpora directory. */
export const BUNDLED_CORPORA = fileURLToPath(new URL('../../corpora/', import.meta.url));

async function jsonlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function fileInput(path: string, name: string): CorpusInput {
  let digest = '';
  return {
    name,
    read: (seen) => readCorpusFile(path, name, seen, (d) => (digest = d)),
    sha256: () => digest,
  };
}

/** Resolve one `--corpus` argument. Throws a UsageError naming a missing path or adapter. */
export async function openCorpus(spec: string, cwd = process.cwd()): Promise<CorpusInput[]> {
  const adapter = /^([a-z][a-z0-9-]*):(.+)$/.exec(spec);
  if (adapter && !/^[a-z]:[\\/]/i.test(spec)) {
    const [, name, path] = adapter as unknown as [string, string, string];
    const make = ADAPTERS[name];
    if (!make) throw new UsageError(`unknown corpus adapter "${name}" (known: ${Object.keys(ADAPTERS).join(', ') || 'none'})`);
    return [await make(resolve(cwd, path))];
  }
  const path = resolve(cwd, spec);
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`corpus not found: ${spec}`);
  if (info.isFile()) return [fileInput(path, relative(cwd, path) || spec)];
  const files = await jsonlFilesUnder(path);
  if (files.length === 0) throw new UsageError(`no *.jsonl files under ${spec}`);
  return files.map((f) => fileInput(f, relative(cwd, f)));
}

/** Resolve every `--corpus` argument, in order. */
export async function openCorpora(specs: readonly string[], cwd = process.cwd()): Promise<CorpusInput[]> {
  const all: CorpusInput[] = [];
  for (const spec of specs) all.push(...(await openCorpus(spec, cwd)));
  return all;
}
