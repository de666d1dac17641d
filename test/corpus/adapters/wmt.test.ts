import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MtCase } from '../../../src/contracts/case.ts';
import { documentText } from '../../../src/corpus/adapters/wmt.ts';
import { bySlice, collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

describe('wmt adapter', () => {
  it('makes one document-level case per reference, system output and English original', async () => {
    const { cases, issues } = await collect('wmt', fixture('wmt-xx-en'));
    expect(issues).toEqual([]);
    const mt = cases as MtCase[];
    expect(mt.map((c) => [c.id, c.slice, c.label])).toEqual([
      ['wmt/2021-en-ja/harbour-wire.12/english-original', 'wmt/2021-en-ja/english-original', false],
      ['wmt/2023-uk-en/tram-7/ref-refA', 'wmt/2023-uk-en/reference', false],
      ['wmt/2023-uk-en/tram-7/mt-Sys Two!', 'wmt/2023-uk-en/Sys_Two_', true],
      ['wmt/2023-uk-en/tram-7/mt-SysOne', 'wmt/2023-uk-en/SysOne', true],
    ]); // the document without segments gives nothing
    expect(mt[1]?.text).toBe('The city council approved a new tram route.\nConstruction will begin in spring.\n\nThe mayor called the project important for the district.');
    expect(mt.every((c) => c.spans.length === 0 && c.meta?.spansAnnotated === false)).toBe(true);
    // every translation of a document shares its split
    expect(new Set(mt.slice(1).map((c) => c.split)).size).toBe(1);
    expect(mt[1]?.meta).toMatchObject({ role: 'reference', translator: 'refA', docId: 'tram-7', domain: 'news', segments: 3 });
    expect(mt[1]?.meta?.caveat).toMatch(/lowercased on purpose/);
    expect(mt[3]?.meta).toMatchObject({ role: 'mt', system: 'SysOne' });
    expect(mt[3]?.meta?.caveat).toBeUndefined();
  });

  it('reports bad JSON, missing fields, misaligned and empty translations at their line', async () => {
    const { cases, issues } = await collect('wmt', fixture('wmt-malformed'));
    expect(cases.map((c) => c.id)).toEqual([
      'wmt/2022-ru-en/ok-1/ref-A',
      'wmt/2022-ru-en/ok-1/mt-SysOne',
      'wmt/2022-ru-en/short-hyp/ref-A',
      'wmt/2022-ru-en/empty-hyp/ref-A',
    ]);
    expect(issueKeys(issues)).toEqual([
      'wmttest2022.ru-en.docs.jsonl:2 (line)',
      'wmttest2022.ru-en.docs.jsonl:3 doc_id',
      'wmttest2022.ru-en.docs.jsonl:4 hyps.SysOne',
      'wmttest2022.ru-en.docs.jsonl:5 hyps.SysOne',
      'wmttest2022.ru-en.docs.jsonl:6 src',
    ]);
  });

  it('joins segments one per line, a blank line between paragraphs', () => {
    const seg = (p: number, text: string) => ({ p, id: text, text });
    expect(documentText([seg(0, 'a '), seg(0, 'b'), seg(2, 'c'), seg(2, ' d')])).toBe('a\nb\n\nc\nd');
    expect(documentText([])).toBe('');
  });

  const real = realDataset('wmt-xx-en');
  it.skipIf(!real.present)(
    real.title('reads the real test sets: documents and segments as in SOURCE.txt, one case per translation'),
    async () => {
      const { cases, issues } = await collect('wmt', real.path);
      expect(issues).toEqual([]);
      const docs = (testset: string) => new Set(cases.filter((c) => c.meta?.testset === testset).map((c) => c.meta?.docId)).size;
      const segments = (testset: string, role: string) =>
        cases.filter((c) => c.meta?.testset === testset && c.meta?.role === role).reduce((n, c) => n + (c.meta?.segments as number), 0);
      // SOURCE.txt: uk-en 132 docs / 1,826 segs, of which 2 docs have no segment; ru-en 2023 162 / 1,723; ru-en 2022 227 / 2,016
      expect([docs('2023-uk-en'), segments('2023-uk-en', 'reference')]).toEqual([130, 1826]);
      expect([docs('2023-ru-en'), segments('2023-ru-en', 'reference')]).toEqual([162, 1723]);
      expect([docs('2022-ru-en'), segments('2022-ru-en', 'reference')]).toEqual([227, 2016]);
      // English originals: 65 docs / 1,000 segs; 264 docs of which one is empty
      expect([docs('2021-en-ja'), segments('2021-en-ja', 'english-original')]).toEqual([65, 1000]);
      expect(docs('2022-en-hr')).toBe(263);
      const lines = (file: string) => gunzipSync(readFileSync(join(real.path, file))).toString('utf8').trim().split('\n').length;
      expect(lines('wmttest2023.uk-en.docs.jsonl.gz')).toBe(132);
      expect(lines('wmttest2022.en-XX.english-original-sources.jsonl.gz')).toBe(264);
      const slices = bySlice(cases);
      expect(Object.keys(slices).filter((s) => s.startsWith('wmt/2023-uk-en/')).length).toBe(12); // 11 systems + reference
      expect(Object.keys(slices).filter((s) => s.startsWith('wmt/2023-ru-en/')).length).toBe(13);
      expect(Object.keys(slices).filter((s) => s.startsWith('wmt/2022-ru-en/')).length).toBe(11);
      expect(cases.length).toBe(130 * 12 + 162 * 13 + 227 * 11 + 65 + 263);
    },
    REAL_DATA_TIMEOUT,
  );
});
