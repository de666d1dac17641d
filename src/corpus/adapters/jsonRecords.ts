/**
 * Read a dataset file that is one JSON object of records (`{"<key>": {...}, ...}`) and locate
 * each record: the line where its key appears in the file, so a problem with a record is
 * reported as `file:line`. Keys are returned sorted (the adapters' iteration order).
 *
 * Cost: O(bytes); the whole file is held in memory (these annotation files are a few MB).
 */
import type { DatasetFiles } from './datasetFiles.ts';
import { type Produced, problem } from './datasetInput.ts';

export interface JsonRecord {
  key: string;
  value: unknown;
  line: number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Line (1-based) of each key's first occurrence after the previous key, in file order. */
function keyLines(text: string, keys: readonly string[]): Map<string, number> {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;
  for (const k of keys) {
    const found = text.indexOf(JSON.stringify(k), at);
    if (found === -1) continue;
    for (let i = text.indexOf('\n', at); i !== -1 && i < found; i = text.indexOf('\n', i + 1)) line++;
    at = found;
    lines.set(k, line);
  }
  return lines;
}

/** The records of a JSON-object file, or the one issue that makes the file unreadable. */
export async function readJsonRecords(files: DatasetFiles, rel: string): Promise<{ records: JsonRecord[]; issue?: Produced }> {
  let text: string;
  try {
    text = UTF8.decode(await files.bytes(rel));
  } catch (e) {
    return { records: [], issue: problem(rel, 1, '(file)', e instanceof TypeError ? 'not valid UTF-8' : (e as Error).message) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return { records: [], issue: problem(rel, 1, '(file)', `not valid JSON: ${(e as Error).message}`) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { records: [], issue: problem(rel, 1, '(file)', 'must be a JSON object of records keyed by id') };
  const record = data as Record<string, unknown>;
  const lines = keyLines(text, Object.keys(record));
  const records = Object.keys(record)
    .sort()
    .map((key) => ({ key, value: record[key], line: lines.get(key) ?? 1 }));
  return { records };
}
