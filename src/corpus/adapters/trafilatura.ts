/**
 * `trafilatura`: the English pages of the trafilatura extraction benchmark as boilerplate
 * cases. One case per page: the page HTML becomes text with one block per line
 * (html/htmlToLines.ts); the annotators' snippets are located in it (labels/snippetLines.ts)
 * and every line holding a must-go snippet ("without") is a boilerplate span of type `other`
 * — only the snippet itself when the line also holds a must-stay snippet ("with"). The
 * snippets are not exhaustive, so unlabeled lines are not certified clean.
 *
 * `meta.mustKeep` / `meta.mustRemove` keep the snippets and `meta.located` where each was
 * found (null when not found), for the metric "≥ 0.85 of the must-go snippets removed and
 * ≥ 0.95 of the must-stay snippets kept"; `meta.comments` keeps the comment snippets
 * (neither labeled nor scored). `label` = the annotators listed must-go snippets for the
 * page (every page here): boilerplate is there even where a snippet could not be found in
 * the static HTML (then it has fewer spans, never a false negative label). One slice
 * `trafilatura`; split by web host (~30% of hosts in dev).
 *
 * Cost: O(HTML bytes + snippets × text) per page; one page in memory at a time.
 */
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, type Produced, problem } from './datasetInput.ts';
import { datasetSplit } from './datasetSplit.ts';
import { htmlToLines } from './html/htmlToLines.ts';
import { readJsonRecords } from './jsonRecords.ts';
import { type Range, SnippetIndex, snippetSpans } from './labels/snippetLines.ts';
import { hostOf } from './webHost.ts';
import { decodeText } from './windows1252.ts';

const ANNOTATIONS = 'evaldata-en.json';
export const TRAFILATURA_SLICE = 'trafilatura';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The page file of a record: its `html_path`, else `html/<file>.gz` or `html/<file>`. */
function pageFile(files: DatasetFiles, entry: { html_path?: unknown; file?: unknown }): string | undefined {
  const safe = (p: unknown): p is string => typeof p === 'string' && /^[\w./-]+$/.test(p) && !p.split('/').includes('..');
  const candidates = [entry.html_path, typeof entry.file === 'string' ? `html/${entry.file}.gz` : undefined, typeof entry.file === 'string' ? `html/${entry.file}` : undefined];
  return candidates.filter(safe).find((p) => files.exists(p));
}

/** Share of must-go snippets the labels remove and of must-stay snippets they keep. */
export function oracle(spans: readonly Range[], mustRemove: readonly (Range | null)[], mustKeep: readonly (Range | null)[]) {
  const covered = (r: Range) => {
    let need = r.start;
    for (const s of spans) if (s.start <= need && s.end > need) need = s.end;
    return need >= r.end;
  };
  const untouched = (r: Range) => spans.every((s) => s.end <= r.start || s.start >= r.end);
  return {
    removed: mustRemove.filter((r) => r !== null && covered(r)).length,
    kept: mustKeep.filter((r) => r !== null && untouched(r)).length,
  };
}

async function* pageCase(files: DatasetFiles, key: string, value: unknown, line: number): AsyncGenerator<Produced> {
  const entry = value as { with?: unknown; without?: unknown; comments?: unknown; html_path?: unknown; file?: unknown } | null;
  if (typeof entry !== 'object' || entry === null) {
    yield problem(ANNOTATIONS, line, key, 'must be an object with file, with and without');
    return;
  }
  if (!isStrings(entry.with)) {
    yield problem(ANNOTATIONS, line, `${key}.with`, 'must be a list of strings');
    return;
  }
  if (!isStrings(entry.without)) {
    yield problem(ANNOTATIONS, line, `${key}.without`, 'must be a list of strings');
    return;
  }
  const file = pageFile(files, entry);
  if (!file) {
    yield problem(ANNOTATIONS, line, `${key}.html_path`, `page file not found (${JSON.stringify(entry.html_path ?? entry.file)})`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await files.bytes(file);
  } catch (e) {
    yield problem(file, 1, '(file)', `cannot read: ${(e as Error).message}`);
    return;
  }
  const { text: html, encoding } = decodeText(bytes);
  const page = htmlToLines(html);
  const index = new SnippetIndex(page.text);
  const mustKeep = entry.with.map((s) => index.locate(s) ?? null);
  const mustRemove = entry.without.map((s) => index.locate(s) ?? null);
  const present = (rs: (Range | null)[]) => rs.filter((r): r is Range => r !== null);
  const { spans, conflicts } = snippetSpans(page.lines, present(mustRemove), present(mustKeep));
  const host = hostOf(key);
  yield {
    kind: 'case',
    file: ANNOTATIONS,
    line,
    value: {
      id: `trafilatura/${key}`,
      task: 'boilerplate',
      slice: TRAFILATURA_SLICE,
      split: datasetSplit('trafilatura', host),
      label: entry.without.length > 0,
      meta: {
        dataset: 'trafilatura-eval-en',
        url: key,
        host,
        htmlFile: file,
        encoding,
        htmlLang: page.lang ?? null,
        mustKeep: entry.with,
        mustRemove: entry.without,
        comments: isStrings(entry.comments) ? entry.comments : [],
        located: { mustKeep, mustRemove },
        conflicts,
        // a few hand-picked snippets per page: unlabeled lines are not certified clean
        spansExhaustive: false,
        oracle: oracle(spans, mustRemove, mustKeep),
      },
      text: page.text,
      spans,
    },
  };
}

export const trafilaturaAdapter: DatasetAdapter = {
  name: 'trafilatura',
  required: [ANNOTATIONS],
  async *produce(files) {
    const { records, issue } = await readJsonRecords(files, ANNOTATIONS);
    if (issue) yield issue;
    for (const { key, value, line } of records) yield* pageCase(files, key, value, line);
  },
};
