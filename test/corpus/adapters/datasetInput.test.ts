import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetAdapter } from '../../../src/corpus/adapters/datasetInput.ts';
import { openDataset } from '../../../src/corpus/adapters/datasetInput.ts';
import { rankedSplit } from '../../../src/corpus/adapters/datasetSplit.ts';
import { ADAPTERS } from '../../../src/corpus/adapters/index.ts';
import { decodeText, decodeWindows1252 } from '../../../src/corpus/adapters/windows1252.ts';
import { openCorpus } from '../../../src/corpus/open.ts';
import { UsageError } from '../../../src/usageError.ts';
import { collect, FIXTURES, fixture } from './collect.ts';

/** Each adapter and its clean fixture folder. */
const CLEAN: Record<string, string> = {
  mrpc: 'mrpc',
  clough: 'clough-stevenson-reuse',
  aeb: 'aeb-scrapinghub',
  trafilatura: 'trafilatura-eval-en',
  wmt: 'wmt-xx-en',
  mqm: 'mqm-wmt23-zhen',
};

const scratch = mkdtempSync(join(tmpdir(), 'rehash-adapters-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;
/** A private copy of a fixture folder, to change without touching the fixture. */
const copyOf = (dir: string) => {
  const to = join(scratch, `${copies++}-${dir}`);
  cpSync(fixture(dir), to, { recursive: true });
  return to;
};

describe('dataset adapters (shared behaviour)', () => {
  it('registers one adapter per public dataset', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(['aeb', 'clough', 'mqm', 'mrpc', 'trafilatura', 'wmt']);
  });

  it.each(Object.keys(CLEAN))('%s: a missing folder is a one-line UsageError naming it', async (name) => {
    const make = ADAPTERS[name] as (p: string) => Promise<unknown>;
    const error = await make(join(scratch, 'no-such-dataset')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(new RegExp(`^${name}: dataset folder not found: .*no-such-dataset$`));
    expect((error as Error).message).not.toContain('\n');
  });

  it('a folder without the dataset files is a UsageError saying what is missing', async () => {
    const empty = mkdtempSync(join(scratch, 'empty-'));
    await expect(ADAPTERS.mrpc?.(empty)).rejects.toThrow(/mrpc: .* is missing msr_paraphrase_train\.txt, msr_paraphrase_test\.txt$/);
    await expect(ADAPTERS.wmt?.(empty)).rejects.toThrow(/wmt: .* has no .*docs\.jsonl/);
    await expect(ADAPTERS.mqm?.(empty)).rejects.toThrow(UsageError);
  });

  it('resolves `name:path` through openCorpus', async () => {
    const [input] = await openCorpus(`mrpc:${fixture('mrpc')}`);
    expect(input?.name).toMatch(/^mrpc:.*fixtures\/mrpc$/);
  });

  it.each(Object.entries(CLEAN))('%s: reading twice gives the same cases and fingerprint', async (name, dir) => {
    const first = await collect(name, fixture(dir));
    const second = await collect(name, fixture(dir));
    expect(first.cases.length).toBeGreaterThan(0);
    expect(JSON.stringify(second.cases)).toBe(JSON.stringify(first.cases));
    expect(second.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(second.sha256).toBe(first.sha256);
  });

  it.each(Object.entries(CLEAN))('%s: the fingerprint changes with any file read, not with files it never reads', async (name, dir) => {
    const copy = copyOf(dir);
    const before = (await collect(name, copy)).sha256;
    writeFileSync(join(copy, 'NOTES.txt'), 'not part of the dataset');
    expect((await collect(name, copy)).sha256).toBe(before);
    // append a blank line to the first file the adapter reads: same cases, new fingerprint
    const file = { mrpc: 'msr_paraphrase_data.txt', clough: 'texts/orig_taskb.txt', aeb: 'ground-truth.json', trafilatura: 'evaldata-en.json', wmt: 'wmttest2023.uk-en.docs.jsonl', mqm: 'mqm_fixture.sxs.jsonl' }[name] as string;
    writeFileSync(join(copy, file), `${readFileSync(join(copy, file), 'utf8')}\n`);
    expect((await collect(name, copy)).sha256).not.toBe(before);
  });

  it('reads gzip-compressed files as the datasets ship them', async () => {
    const wmt = copyOf('wmt-xx-en');
    for (const f of ['wmttest2023.uk-en.docs.jsonl', 'newstest2021.en-XX.english-original-sources.jsonl']) {
      writeFileSync(join(wmt, `${f}.gz`), gzipSync(readFileSync(join(wmt, f))));
      rmSync(join(wmt, f));
    }
    const plain = await collect('wmt', fixture('wmt-xx-en'));
    const zipped = await collect('wmt', wmt);
    expect(zipped.issues).toEqual([]);
    expect(zipped.cases.map((c) => [c.id, c.task === 'mt' && c.text])).toEqual(plain.cases.map((c) => [c.id, c.task === 'mt' && c.text]));

    const aeb = copyOf('aeb-scrapinghub');
    writeFileSync(join(aeb, 'html/a1b2c3.html.gz'), gzipSync(readFileSync(join(aeb, 'html/a1b2c3.html'))));
    rmSync(join(aeb, 'html/a1b2c3.html'));
    const [page] = (await collect('aeb', aeb)).cases;
    const [plainPage] = (await collect('aeb', fixture('aeb-scrapinghub'))).cases;
    expect(page?.meta?.htmlFile).toBe('html/a1b2c3.html.gz');
    if (page?.task !== 'boilerplate' || plainPage?.task !== 'boilerplate') throw new Error('expected boilerplate cases');
    expect([page.text, page.spans]).toEqual([plainPage.text, plainPage.spans]);
  });

  it('a corrupt gzip file is an issue, not a crash', async () => {
    const mqm = copyOf('mqm-wmt23-zhen');
    writeFileSync(join(mqm, 'broken.jsonl.gz'), Buffer.from('not gzip at all'));
    const { cases, issues } = await collect('mqm', mqm);
    expect(cases.length).toBe(5);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toMatch(/broken\.jsonl\.gz$/);
    expect(issues[0]?.problem).toMatch(/cannot read broken\.jsonl\.gz/);
  });

  it('an unreadable JSON annotation file is one issue at line 1', async () => {
    const aeb = copyOf('aeb-scrapinghub');
    writeFileSync(join(aeb, 'ground-truth.json'), '{"a1b2c3": {');
    const { cases, issues } = await collect('aeb', aeb);
    expect(cases).toEqual([]);
    expect(issues.map((i) => [i.line, i.field])).toEqual([[1, '(file)']]);
    expect(issues[0]?.problem).toMatch(/^not valid JSON/);
  });

  it('keeps ids unique across inputs read with one `seen` map', async () => {
    const seen = new Map<string, string>();
    await collect('mrpc', fixture('mrpc'), seen);
    const again = await collect('mrpc', fixture('mrpc'), seen);
    expect(again.cases).toEqual([]);
    expect(again.issues).toHaveLength(5);
    expect(again.issues.every((i) => i.field === 'id' && i.problem.startsWith('duplicate id'))).toBe(true);
  });

  it('validates every produced case against the Case schema and locates what does not fit', async () => {
    const faulty: DatasetAdapter = {
      name: 'faulty',
      required: [],
      async *produce() {
        yield { kind: 'case', file: 'data.jsonl', line: 7, value: { id: 'x', task: 'mt', slice: 'x', split: 'test', label: true, text: 'abc', spans: [{ start: 1, end: 9, type: 'untranslated' }] } };
        yield { kind: 'case', file: 'data.jsonl', line: 8, value: { id: 'y', task: 'mt', slice: 'x', split: 'test', label: true, text: 'abc', spans: [] } };
        throw new Error('disk vanished');
      },
    };
    const input = await openDataset(faulty, FIXTURES);
    const items = [];
    for await (const item of input.read(new Map())) items.push(item);
    expect(items.map((i) => (i.kind === 'case' ? `case ${i.value.case.id}` : `${i.issue.file.split('/').at(-1)}:${i.issue.line} ${i.issue.field}: ${i.issue.problem}`))).toEqual([
      'data.jsonl:7 spans[0].end: 9 is past the end of the text (length 3)',
      'case y',
      'fixtures:0 (dataset): reading stopped: disk vanished',
    ]);
  });
});

describe('rankedSplit', () => {
  it('puts exactly round(30%) of the groups in dev, deterministically and independent of order', () => {
    const groups = Array.from({ length: 19 }, (_, i) => `p${i}`);
    const a = rankedSplit('test', groups);
    const b = rankedSplit('test', [...groups].reverse());
    expect([...a.values()].filter((s) => s === 'dev').length).toBe(6);
    expect([...b].sort()).toEqual([...a].sort());
  });
});

describe('Windows-1252 decoding', () => {
  it('maps 0x80–0x9F to the code page (Node maps them to C1 controls)', () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x41, 0x94, 0x85, 0x80, 0xe9]))).toBe('\u201cA\u201d\u2026\u20ac\u00e9');
    expect(decodeText(Buffer.from('\uFEFFcaf\u00e9', 'utf8'))).toEqual({ text: 'caf\u00e9', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0x63, 0x92, 0x73]))).toEqual({ text: 'c\u2019s', encoding: 'windows-1252' });
  });
});
