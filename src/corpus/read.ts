/**
 * Streaming JSONL corpus reader with line-exact validation.
 *
 * Reads a file as bytes, splits on `\n`, decodes each line as strict UTF-8 and validates it
 * against the {@link Case} schema. Every problem becomes a {@link CaseIssue} naming file, line
 * and field — the reader never throws on bad content and never drops a line silently. The
 * sha256 fingerprint of the file is computed in the same pass.
 *
 * Cost: O(bytes) time; memory O(longest line) plus one entry per id for duplicate detection.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Case, TASKS } from '../contracts/case.ts';
import type { CaseIssue } from './issue.ts';
import { fieldPath } from './issue.ts';

/** Longest line accepted: a 50 MB document must fit, a runaway file must not exhaust memory. */
export const MAX_LINE_BYTES = 128 * 1024 * 1024;

export interface LocatedCase {
  case: Case;
  file: string;
  line: number;
}

export type ReadItem = { kind: 'case'; value: LocatedCase } | { kind: 'issue'; issue: CaseIssue };

/** Where ids were first seen, shared across the files of one corpus so ids stay unique. */
export type SeenIds = Map<string, string>;

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = '\uFEFF';

/** Lines of a file as raw bytes (without `\n`), streamed, with over-long lines cut to a marker. */
async function* byteLines(
  path: string,
  hash: ReturnType<typeof createHash>,
): AsyncGenerator<{ bytes: Buffer | null; line: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 1;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (!overflow) parts.push(chunk.subarray(from, nl));
      yield { bytes: overflow ? null : Buffer.concat(parts), line };
      parts = [];
      size = 0;
      overflow = false;
      line++;
      from = nl + 1;
    }
    if (from < chunk.length && !overflow) {
      size += chunk.length - from;
      if (size > MAX_LINE_BYTES) {
        overflow = true;
        parts = [];
      } else parts.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (overflow || size > 0) yield { bytes: overflow ? null : Buffer.concat(parts), line };
}

/** Validate one decoded JSONL line; returns the case or the issues found in it. */
export function parseCaseLine(text: string, file: string, line: number): { case?: Case; issues: CaseIssue[] } {
  const at = (field: string, problem: string): CaseIssue => ({ file, line, field, problem });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { issues: [at('(line)', `not valid JSON: ${(e as Error).message}`)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { issues: [at('(line)', 'must be a JSON object')] };
  const task = (raw as { task?: unknown }).task;
  if (!TASKS.includes(task as never))
    return { issues: [at('task', `must be one of ${TASKS.join(', ')} (got ${JSON.stringify(task) ?? 'nothing'})`)] };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== 1)
    return { issues: [at('schemaVersion', `unsupported version ${JSON.stringify(version)}; this rehash reads version 1`)] };
  const parsed = Case.safeParse(raw);
  if (parsed.success) return { case: parsed.data, issues: [] };
  return { issues: parsed.error.issues.map((i) => at(fieldPath(i.path), i.message)) };
}

/**
 * Stream the cases of one JSONL file. Blank lines are skipped; a UTF-8 BOM at the start and
 * CR before LF are accepted. Calls `done(sha256)` after the last line.
 */
export async function* readCorpusFile(
  path: string,
  displayName: string,
  seen: SeenIds,
  done?: (sha256: string) => void,
): AsyncGenerator<ReadItem> {
  const hash = createHash('sha256');
  for await (const { bytes, line } of byteLines(path, hash)) {
    const issue = (field: string, problem: string): ReadItem => ({ kind: 'issue', issue: { file: displayName, line, field, problem } });
    if (bytes === null) {
      yield issue('(line)', `longer than ${MAX_LINE_BYTES} bytes`);
      continue;
    }
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      yield issue('(line)', 'not valid UTF-8');
      continue;
    }
    if (line === 1 && text.startsWith(BOM)) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') continue;
    const result = parseCaseLine(text, displayName, line);
    for (const i of result.issues) yield { kind: 'issue', issue: i };
    if (!result.case) continue;
    const first = seen.get(result.case.id);
    if (first !== undefined) {
      yield issue('id', `duplicate id ${JSON.stringify(result.case.id)} (first at ${first})`);
      continue;
    }
    seen.set(result.case.id, `${displayName}:${line}`);
    yield { kind: 'case', value: { case: result.case, file: displayName, line } };
  }
  done?.(hash.digest('hex'));
}
