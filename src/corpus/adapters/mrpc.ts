/**
 * `mrpc`: the Microsoft Research Paraphrase Corpus (Dolan & Brockett 2005) as reuse cases.
 * One case per sentence pair: `source` = #1 String, `candidate` = #2 String, `label` = the
 * paraphrase judgment (Quality 1). MRPC train becomes split `dev` (thresholds are fitted on
 * it), MRPC test becomes `test`; one slice `mrpc`. When `msr_paraphrase_data.txt` is present
 * the outlet, author and date of both sentences go into `meta`.
 *
 * Cost: O(bytes), streaming; memory O(sentences of msr_paraphrase_data.txt) for provenance.
 */
import type { Split } from '../../contracts/case.ts';
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, type Produced, problem } from './datasetInput.ts';

export const MRPC_SLICE = 'mrpc';

/** The two labeled files and the split each becomes. */
export const MRPC_PARTS: readonly { file: string; part: string; split: Split }[] = [
  { file: 'msr_paraphrase_train.txt', part: 'train', split: 'dev' },
  { file: 'msr_paraphrase_test.txt', part: 'test', split: 'test' },
];
const DATA_FILE = 'msr_paraphrase_data.txt';
const PAIR_HEADER = ['Quality', '#1 ID', '#2 ID', '#1 String', '#2 String'];
const DATA_HEADER = ['Sentence ID', 'String', 'Author', 'URL', 'Agency', 'Date', 'Web Date'];

/** Where one sentence was published, from msr_paraphrase_data.txt ("*" = unknown → absent). */
export interface SentenceOrigin {
  author?: string;
  url?: string;
  agency?: string;
  date?: string;
}

function origin(fields: readonly string[]): SentenceOrigin {
  const [, , author, url, agency, date] = fields;
  const known = (v: string | undefined) => (v !== undefined && v !== '*' && v !== '' ? v : undefined);
  const o: SentenceOrigin = {};
  if (known(author)) o.author = author as string;
  if (known(url)) o.url = url as string;
  if (known(agency)) o.agency = agency as string;
  if (known(date)) o.date = date as string;
  return o;
}

/** Read msr_paraphrase_data.txt into id → origin; bad lines are reported, not fatal. */
async function* readOrigins(files: DatasetFiles, into: Map<string, SentenceOrigin>): AsyncGenerator<Produced> {
  if (!files.exists(DATA_FILE)) return;
  for await (const l of files.textLines(DATA_FILE)) {
    if ('error' in l) {
      yield problem(DATA_FILE, l.line, '(line)', l.error);
      continue;
    }
    if (l.text.trim() === '') continue;
    const fields = l.text.split('\t');
    if (l.line === 1) {
      if (fields.join('\t') !== DATA_HEADER.join('\t')) yield problem(DATA_FILE, 1, '(header)', `expected ${DATA_HEADER.join(' | ')}`);
      continue;
    }
    if (fields.length !== DATA_HEADER.length || !/^\d+$/.test(fields[0] as string)) {
      yield problem(DATA_FILE, l.line, '(line)', `expected ${DATA_HEADER.length} tab-separated fields starting with a numeric id`);
      continue;
    }
    into.set(fields[0] as string, origin(fields));
  }
}

/** Parse one pair line into a case, or say what is wrong with it. */
export function pairCase(
  text: string,
  at: { file: string; line: number; part: string; split: Split },
  origins: ReadonlyMap<string, SentenceOrigin>,
): { value: unknown } | { field: string; problem: string } {
  const fields = text.split('\t');
  if (fields.length !== PAIR_HEADER.length)
    return { field: '(line)', problem: `expected ${PAIR_HEADER.length} tab-separated fields, got ${fields.length}` };
  const [quality, id1, id2, s1, s2] = fields as [string, string, string, string, string];
  if (quality !== '0' && quality !== '1') return { field: 'Quality', problem: `must be 0 or 1 (got ${JSON.stringify(quality)})` };
  if (!/^\d+$/.test(id1)) return { field: '#1 ID', problem: `must be a number (got ${JSON.stringify(id1)})` };
  if (!/^\d+$/.test(id2)) return { field: '#2 ID', problem: `must be a number (got ${JSON.stringify(id2)})` };
  if (s1.trim() === '') return { field: '#1 String', problem: 'is empty' };
  if (s2.trim() === '') return { field: '#2 String', problem: 'is empty' };
  const meta: Record<string, unknown> = { dataset: 'mrpc', part: at.part, file: at.file, line: at.line, sentenceIds: [id1, id2], quality: Number(quality) };
  const o1 = origins.get(id1);
  const o2 = origins.get(id2);
  if (o1 || o2) meta.origins = [o1 ?? null, o2 ?? null];
  return {
    value: {
      id: `mrpc/${at.part}/${id1}-${id2}`,
      task: 'reuse',
      slice: MRPC_SLICE,
      split: at.split,
      label: quality === '1',
      meta,
      source: { text: s1 },
      candidate: { text: s2 },
    },
  };
}

export const mrpcAdapter: DatasetAdapter = {
  name: 'mrpc',
  required: MRPC_PARTS.map((p) => p.file),
  async *produce(files) {
    const origins = new Map<string, SentenceOrigin>();
    yield* readOrigins(files, origins);
    for (const { file, part, split } of MRPC_PARTS) {
      for await (const l of files.textLines(file)) {
        if ('error' in l) {
          yield problem(file, l.line, '(line)', l.error);
          continue;
        }
        if (l.text.trim() === '') continue;
        if (l.line === 1) {
          if (l.text !== PAIR_HEADER.join('\t')) yield problem(file, 1, '(header)', `expected ${PAIR_HEADER.join(' | ')}`);
          continue;
        }
        const result = pairCase(l.text, { file, line: l.line, part, split }, origins);
        if ('value' in result) yield { kind: 'case', value: result.value, file, line: l.line };
        else yield problem(file, l.line, result.field, result.problem);
      }
    }
  },
};
