/**
 * `mqm`: Google's expert MQM annotations of WMT23 Chinese→English as MT cases with spans. One
 * case per translated segment (system × document × segment), rated by three raters:
 *
 * - text: the segment's English MT output (the `<v>…</v>` error marker removed, trimmed);
 * - spans: every error a rater marked in the output, category mapped by
 *   labels/mqmCategories.ts (`Source language fragment`, `Non-translation!` → `untranslated`,
 *   …), one span per (rater, error) — overlapping spans of several raters are allowed;
 *   `meta.errors` keeps each error's rater, original category, severity and span (null for
 *   the few markers around a trailing space, which trimming leaves empty), and
 *   `meta.sourceErrors` the errors marked in the Chinese source (omissions), which have no
 *   span in the output;
 * - label: true when at least one rater marked a translation error (severity Minor or Major;
 *   "Source issue" is a problem of the source, not an error) — a segment all raters passed
 *   as "No-error" is the natural negative; `meta.ratersWithError` (0–3) allows stricter
 *   cut-offs;
 * - attention-check rows (severity HOTW-test) are dropped;
 * - slice by the error family that matters for recall: `mqm/non-translation`,
 *   `mqm/source-language-fragment` (segments with such a span), `mqm/other-errors`,
 *   `mqm/no-error`; split by source document: all 10 systems' translations of a document in
 *   one split, round(30%) of the documents (ranked by a stable hash) in dev.
 *
 * Cost: O(rows); the rows are grouped in memory (25k rows, a few MB) before the cases are
 * emitted in (document, segment, system) order.
 */
import type { Split } from '../../contracts/case.ts';
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, type Produced, problem } from './datasetInput.ts';
import { rankedSplit } from './datasetSplit.ts';
import { jsonLines } from './jsonLines.ts';
import {
  ATTENTION_CHECK_SEVERITY,
  ERROR_SEVERITIES,
  mqmSpanType,
  NOT_MT_ERRORS,
  UNTRANSLATED_CATEGORIES,
} from './labels/mqmCategories.ts';

const FILE = /\.jsonl(\.gz)?$/;
const OPEN = '<v>';
const CLOSE = '</v>';

interface Row {
  system: string;
  doc: string;
  docSegId: number;
  globalSegId?: number;
  rater: string;
  source: string;
  target: string;
  category: string;
  severity: string;
  side?: number;
}

interface Located {
  row: Row;
  file: string;
  line: number;
}

/** What is wrong with one parsed row, or undefined. */
export function rowProblem(r: unknown): { field: string; problem: string } | undefined {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return { field: '(line)', problem: 'must be a JSON object' };
  const row = r as Record<string, unknown>;
  for (const f of ['system', 'doc', 'rater', 'source', 'target', 'category', 'severity'])
    if (typeof row[f] !== 'string') return { field: f, problem: 'must be a string' };
  if (!Number.isInteger(row.docSegId)) return { field: 'docSegId', problem: 'must be an integer' };
  if (row.side !== undefined && row.side !== 0 && row.side !== 1 && row.side !== 2) return { field: 'side', problem: 'must be 0, 1 or 2' };
  return undefined;
}

/** The target without the error marker, and the marked range in it (when there is one). */
export function unmark(target: string): { text: string; start?: number; end?: number } | { problem: string } {
  const open = target.indexOf(OPEN);
  const close = target.indexOf(CLOSE);
  if (open === -1 && close === -1) return { text: target };
  if (open === -1 || close < open || target.indexOf(OPEN, open + 1) !== -1 || target.indexOf(CLOSE, close + 1) !== -1)
    return { problem: 'expected one <v>…</v> error marker' };
  const text = target.slice(0, open) + target.slice(open + OPEN.length, close) + target.slice(close + CLOSE.length);
  return { text, start: open, end: close - OPEN.length };
}

const targetSide = (r: Row) => r.side === 1 || r.side === 2;

/** One segment's rows → its case, or the problems of the rows that could not be read (then no case). */
export function segmentCase(rows: readonly Located[], split: Split): Produced[] {
  const out: Produced[] = [];
  const first = rows[0] as Located;
  const { system, doc, docSegId } = first.row;
  const texts = rows.map((l) => unmark(l.row.target));
  const base = texts.find((t): t is { text: string } => 'text' in t)?.text;
  if (base === undefined) {
    for (const [i, t] of texts.entries()) if ('problem' in t) out.push(problem((rows[i] as Located).file, (rows[i] as Located).line, 'target', t.problem));
    return out;
  }
  const text = base.trim();
  const spans: { start: number; end: number; type: string }[] = [];
  const errors: Record<string, unknown>[] = [];
  const sourceErrors: Record<string, unknown>[] = [];
  const notErrors: Record<string, unknown>[] = [];
  const erring = new Set<string>();
  for (const [i, l] of rows.entries()) {
    const t = texts[i] as ReturnType<typeof unmark>;
    const at = (field: string, message: string) => out.push(problem(l.file, l.line, field, message));
    if ('problem' in t) {
      at('target', t.problem);
      continue;
    }
    if (t.text.trim() !== text) {
      at('target', 'differs from the other ratings of this segment');
      continue;
    }
    const { row } = l;
    if (!ERROR_SEVERITIES.has(row.severity)) continue;
    const note = { rater: row.rater, category: row.category, severity: row.severity };
    if (NOT_MT_ERRORS.has(row.category)) {
      notErrors.push(note);
      continue;
    }
    if (!targetSide(row)) {
      sourceErrors.push(note);
      erring.add(row.rater);
      continue;
    }
    if (t.start === undefined || t.end === undefined) {
      at('target', `side ${row.side} error without a <v>…</v> marker`);
      continue;
    }
    const lead = t.text.length - t.text.trimStart().length;
    const start = Math.max(0, t.start - lead);
    const end = Math.min(text.length, t.end - lead);
    const type = mqmSpanType(row.category);
    erring.add(row.rater);
    // a marker around white space at the very start or end (an added trailing space) has no
    // characters left in the trimmed text: the error counts for the label, without a span
    if (start >= end) errors.push({ ...note, type, start: null, end: null, whitespaceOnly: true });
    else {
      spans.push({ start, end, type });
      errors.push({ ...note, type, start, end });
    }
  }
  // a rating that could not be read might have been an error: no label rather than a wrong one
  if (out.length > 0) return out;
  const label = erring.size > 0;
  const categories = new Set(errors.map((e) => e.category as string));
  const slice = !label
    ? 'mqm/no-error'
    : categories.has('Non-translation!')
      ? 'mqm/non-translation'
      : [...categories].some((c) => UNTRANSLATED_CATEGORIES.has(c))
        ? 'mqm/source-language-fragment'
        : 'mqm/other-errors';
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;
  out.push({
    kind: 'case',
    file: first.file,
    line: first.line,
    value: {
      id: `mqm/${system}/${doc}/${docSegId}`,
      task: 'mt',
      slice,
      split,
      label,
      meta: {
        dataset: 'mqm-wmt23-zhen',
        system,
        doc,
        docSegId,
        globalSegId: first.row.globalSegId ?? null,
        sourceText: first.row.source.replace(/<\/?v>/g, ''),
        raters: [...new Set(rows.map((l) => l.row.rater))].sort(),
        ratersWithError: erring.size,
        errors,
        sourceErrors,
        notErrors,
      },
      text,
      spans: spans.sort(byStart),
    },
  });
  return out;
}

/** Read every row of one file, grouped by segment; bad rows become problems. */
async function* readRows(files: DatasetFiles, file: string, groups: Map<string, Located[]>): AsyncGenerator<Produced> {
  for await (const item of jsonLines<Row>(files, file, rowProblem)) {
    if (item.kind !== 'row') {
      yield item;
      continue;
    }
    const { row, line } = item;
    if (row.severity === ATTENTION_CHECK_SEVERITY) continue;
    const key = JSON.stringify([row.doc, row.docSegId, row.system]);
    const group = groups.get(key);
    if (group) group.push({ row, file, line });
    else groups.set(key, [{ row, file, line }]);
  }
}

const segmentOrder = (a: string, b: string): number => {
  const [da, sa, ya] = JSON.parse(a) as [string, number, string];
  const [db, sb, yb] = JSON.parse(b) as [string, number, string];
  return da < db ? -1 : da > db ? 1 : sa - sb || (ya < yb ? -1 : ya > yb ? 1 : 0);
};

export const mqmAdapter: DatasetAdapter = {
  name: 'mqm',
  required: [],
  requiredPattern: { pattern: FILE, describe: 'MQM annotation file (*.jsonl or *.jsonl.gz)' },
  async *produce(files) {
    const groups = new Map<string, Located[]>();
    for (const file of (await files.list()).filter((f) => FILE.test(f))) yield* readRows(files, file, groups);
    const splits = rankedSplit('mqm', [...groups.values()].map((g) => (g[0] as Located).row.doc));
    for (const key of [...groups.keys()].sort(segmentOrder)) {
      const rows = groups.get(key) as Located[];
      yield* segmentCase(rows, splits.get((rows[0] as Located).row.doc) as Split);
    }
  },
};
