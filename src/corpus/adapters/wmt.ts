/**
 * `wmt`: WMT general/news test sets into English, as document-level MT cases (no spans).
 * From every `<testset>.<pair>.docs.jsonl[.gz]` file, each document gives one case per human
 * reference (`label: false`, slice `wmt/<year>-<pair>/reference`) and one per MT system
 * (`label: true`, slice `wmt/<year>-<pair>/<system>`); from every
 * `<testset>.en-XX.english-original-sources.jsonl[.gz]` file, each document's English-original
 * source side is one case (`label: false`, slice `wmt/<year>-<pair>/english-original`).
 *
 * A case's text is its segments in order, one per line, with a blank line where the
 * paragraph index changes. Split by source document (every translation of one document in the
 * same split, ~30% of documents in dev). Documents without a single segment are skipped
 * (there is nothing to classify); a translation whose segments do not line up with the
 * source's, or that is empty where the source is not, is a located issue.
 *
 * Caveat kept in `meta.caveat`: Ukrainian-origin references lowercase some proper nouns
 * ("russia", "putin") on purpose, so lower-case names are no MT signal there.
 *
 * Cost: streams one document (one JSON line) at a time; O(bytes).
 */
import type { DatasetFiles } from './datasetFiles.ts';
import { type DatasetAdapter, type Produced, problem } from './datasetInput.ts';
import { datasetSplit } from './datasetSplit.ts';
import { jsonLines } from './jsonLines.ts';

const DOCS = /^([a-z]+)(\d{4})\.([a-z]{2}-[a-z]{2})\.docs\.jsonl(\.gz)?$/;
const ORIGINALS = /^([a-z]+)(\d{4})\.([a-z]{2})-XX\.english-original-sources\.jsonl(\.gz)?$/;
/** Per-reference caveats of the dataset (SOURCE.txt), by source language. */
const REFERENCE_CAVEATS: Record<string, string> = {
  uk: 'Ukrainian-origin reference: some proper nouns ("russia", "putin") are lowercased on purpose; lower case is no MT signal here',
};

interface Segment {
  p: number;
  id: string;
  text: string;
}

interface Doc {
  pair: string;
  collection?: string;
  doc_id: string;
  origlang?: string;
  domain?: string | null;
  domain_inferred?: string;
  testsuite?: string | null;
  src: Segment[];
  refs?: Record<string, Segment[]>;
  hyps?: Record<string, Segment[]>;
}

const isSegments = (v: unknown): v is Segment[] =>
  Array.isArray(v) &&
  v.every((s) => typeof s === 'object' && s !== null && Number.isInteger(s.p) && typeof s.id === 'string' && typeof s.text === 'string');

/** Segments as one text: one segment per line, a blank line between paragraphs. */
export function documentText(segments: readonly Segment[]): string {
  let out = '';
  segments.forEach((s, i) => {
    if (i > 0) out += s.p === (segments[i - 1] as Segment).p ? '\n' : '\n\n';
    out += s.text.trim();
  });
  return out;
}

/** A slice path segment from a system or translator name. */
const sliceName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[^A-Za-z0-9]+/, '') || 'unnamed';

/** What is wrong with a parsed document line, or undefined. */
function docProblem(d: unknown): { field: string; problem: string } | undefined {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return { field: '(line)', problem: 'must be a JSON object' };
  const doc = d as Partial<Doc>;
  if (typeof doc.doc_id !== 'string' || doc.doc_id === '') return { field: 'doc_id', problem: 'must be a non-empty string' };
  if (typeof doc.pair !== 'string') return { field: 'pair', problem: 'must be a string' };
  if (!isSegments(doc.src)) return { field: 'src', problem: 'must be a list of {p, id, text} segments' };
  for (const key of ['refs', 'hyps'] as const) {
    const group = doc[key];
    if (group === undefined) continue;
    if (typeof group !== 'object' || group === null) return { field: key, problem: 'must be an object of segment lists' };
    for (const [name, segs] of Object.entries(group)) if (!isSegments(segs)) return { field: `${key}.${name}`, problem: 'must be a list of {p, id, text} segments' };
  }
  return undefined;
}

/** `testset` names the slice family: `<year>-<pair>`, e.g. `2023-uk-en` (for originals, the en→X pair). */
async function* readFile(files: DatasetFiles, file: string, year: string, originals: boolean): AsyncGenerator<Produced> {
  for await (const item of jsonLines<Doc>(files, file, docProblem)) {
    if (item.kind !== 'row') {
      yield item;
      continue;
    }
    const { row: doc, line } = item;
    if (doc.src.every((s) => s.text.trim() === '')) continue; // an empty document: nothing to classify
    const testset = `${year}-${doc.pair}`;
    const split = datasetSplit('wmt', `${testset}:${doc.doc_id}`);
    const base = {
      dataset: 'wmt-xx-en',
      file,
      testset,
      collection: doc.collection ?? null,
      docId: doc.doc_id,
      domain: doc.domain ?? doc.domain_inferred ?? null,
      testsuite: doc.testsuite ?? null,
      segments: doc.src.length,
      // document-level provenance only: an empty span list does not mean "no artifacts"
      spansAnnotated: false,
    };
    const make = (id: string, slice: string, label: boolean, text: string, meta: Record<string, unknown>): Produced => ({
      kind: 'case',
      file,
      line,
      value: { id, task: 'mt', slice, split, label, meta: { ...base, ...meta }, text, spans: [] },
    });
    if (originals) {
      yield make(`wmt/${testset}/${doc.doc_id}/english-original`, `wmt/${testset}/english-original`, false, documentText(doc.src), {
        role: 'english-original',
        origlang: doc.origlang ?? 'en',
      });
      continue;
    }
    const named = (group: Record<string, Segment[]> | undefined, role: string) =>
      Object.keys(group ?? {})
        .sort()
        .map((name): [string, string, Segment[]] => [role, name, (group as Record<string, Segment[]>)[name] as Segment[]]);
    const translations = [...named(doc.refs, 'reference'), ...named(doc.hyps, 'mt')];
    for (const [role, name, segs] of translations) {
      const field = `${role === 'mt' ? 'hyps' : 'refs'}.${name}`;
      if (segs.length !== doc.src.length || segs.some((s, i) => s.id !== (doc.src[i] as Segment).id)) {
        yield problem(file, line, field, `segments do not line up with src (${segs.length} vs ${doc.src.length})`);
        continue;
      }
      const text = documentText(segs);
      if (text.trim() === '') {
        yield problem(file, line, field, 'empty translation of a non-empty document');
        continue;
      }
      const meta: Record<string, unknown> = { role, origlang: doc.origlang ?? doc.pair.slice(0, 2) };
      if (role === 'reference') {
        meta.translator = name;
        const caveat = REFERENCE_CAVEATS[doc.origlang ?? doc.pair.slice(0, 2)];
        if (caveat) meta.caveat = caveat;
        yield make(`wmt/${testset}/${doc.doc_id}/ref-${name}`, `wmt/${testset}/reference`, false, text, meta);
      } else {
        meta.system = name;
        yield make(`wmt/${testset}/${doc.doc_id}/mt-${name}`, `wmt/${testset}/${sliceName(name)}`, true, text, meta);
      }
    }
  }
}

export const wmtAdapter: DatasetAdapter = {
  name: 'wmt',
  required: [],
  requiredPattern: { pattern: new RegExp(`${DOCS.source}|${ORIGINALS.source}`), describe: '<testset><year>.<pair>.docs.jsonl[.gz] files' },
  async *produce(files) {
    const known = (await files.list()).filter((f) => DOCS.test(f) || ORIGINALS.test(f));
    for (const file of known) {
      const docs = DOCS.exec(file);
      const originals = ORIGINALS.exec(file);
      if (docs) yield* readFile(files, file, docs[2] as string, false);
      else if (originals) yield* readFile(files, file, originals[2] as string, true);
    }
  },
};
