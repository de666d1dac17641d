import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MtCase } from '../../../src/contracts/case.ts';
import { mqmSpanType } from '../../../src/corpus/adapters/labels/mqmCategories.ts';
import { unmark } from '../../../src/corpus/adapters/mqm.ts';
import { bySlice, collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

const quoted = (c: MtCase) => c.spans.map((s) => [s.type, c.text.slice(s.start, s.end)]);

describe('mqm adapter', () => {
  it('makes one case per translated segment with every rater’s error spans, mapped to rehash types', async () => {
    const { cases, issues } = await collect('mqm', fixture('mqm-wmt23-zhen'));
    expect(issues).toEqual([]);
    const mt = cases as MtCase[];
    expect(mt.map((c) => [c.id, c.slice, c.label])).toEqual([
      ['mqm/SysA/news_alpha.1:zh-en/1', 'mqm/source-language-fragment', true],
      ['mqm/SysB/news_alpha.1:zh-en/1', 'mqm/non-translation', true],
      ['mqm/SysA/news_alpha.1:zh-en/2', 'mqm/no-error', false],
      ['mqm/SysB/news_alpha.1:zh-en/2', 'mqm/other-errors', true], // an omission marked in the source: no span
      ['mqm/SysA/news_beta.7:zh-en/1', 'mqm/other-errors', true],
    ]);
    const [a, c, b, d, e] = mt as [MtCase, MtCase, MtCase, MtCase, MtCase];
    expect(quoted(a)).toEqual([
      ['untranslated', 'Linhe'],
      ['mistranslation', 'opened'],
    ]);
    expect(a.meta).toMatchObject({ raters: ['rater1', 'rater2', 'rater3'], ratersWithError: 2 });
    expect(a.meta?.errors).toEqual([
      { rater: 'rater1', category: 'Accuracy/Mistranslation', severity: 'Minor', type: 'mistranslation', start: 19, end: 25 },
      { rater: 'rater3', category: 'Accuracy/Source language fragment', severity: 'Major', type: 'untranslated', start: 13, end: 18 },
    ]);
    // text trimmed (one rating had a trailing space), spans clamped to it
    expect(c.text).toBe('Buy the bridge now!');
    expect(quoted(c)).toEqual([
      ['untranslated', 'Buy the bridge now!'],
      ['typography', '!'],
    ]);
    expect(b.spans).toEqual([]);
    expect(d.spans).toEqual([]);
    expect(d.meta?.sourceErrors).toEqual([{ rater: 'rater1', category: 'Accuracy/Omission (Translation)', severity: 'Major' }]);
    // a marker around a trailing space: an error without a span; a source issue is no MT error
    expect(quoted(e)).toEqual([['grammar', 'rose']]);
    expect(e.meta?.errors).toContainEqual(expect.objectContaining({ category: 'Accuracy/Addition', start: null, whitespaceOnly: true }));
    expect(e.meta?.notErrors).toEqual([{ rater: 'rater2', category: 'Source issue', severity: 'Minor' }]);
    expect(e.meta?.ratersWithError).toBe(2);
  });

  it('reports unreadable rows at their line and gives no case for a segment with an unreadable rating', async () => {
    const { cases, issues } = await collect('mqm', fixture('mqm-malformed'));
    expect(cases.map((c) => c.id)).toEqual(['mqm/SysA/news_alpha.1:zh-en/2']);
    expect(issueKeys(issues)).toEqual([
      'mqm_broken.jsonl:4 (line)',
      'mqm_broken.jsonl:5 docSegId',
      'mqm_broken.jsonl:6 target',
      'mqm_broken.jsonl:7 target',
      'mqm_broken.jsonl:8 target',
      'mqm_broken.jsonl:9 side',
    ]);
  });

  it('maps categories: source-language fragments and non-translations are untranslated, the unknown is other', () => {
    expect(mqmSpanType('Accuracy/Source language fragment')).toBe('untranslated');
    expect(mqmSpanType('Non-translation!')).toBe('untranslated');
    expect(mqmSpanType('Accuracy/Mistranslation')).toBe('mistranslation');
    expect(mqmSpanType('Fluency/Grammar')).toBe('grammar');
    expect(mqmSpanType('Style/Unnatural or awkward')).toBe('other');
    expect(mqmSpanType('Something new')).toBe('other');
  });

  it('unmark gives back the text and the marked range', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (before, marked, after) => {
        fc.pre(![before, marked, after].some((s) => s.includes('<v>') || s.includes('</v>')));
        expect(unmark(`${before}<v>${marked}</v>${after}`)).toEqual({ text: before + marked + after, start: before.length, end: before.length + marked.length });
      }),
    );
    expect(unmark('no marker')).toEqual({ text: 'no marker' });
    expect(unmark('<v>a</v> and <v>b</v>')).toHaveProperty('problem');
    expect(unmark('</v>reversed<v>')).toHaveProperty('problem');
  });

  const real = realDataset('mqm-wmt23-zhen');
  it.skipIf(!real.present)(
    real.title('reads the real annotations: 25,060 rows without the 461 attention checks → 3,770 segments of 10 systems'),
    async () => {
      const { cases, issues } = await collect('mqm', real.path);
      expect(issues).toEqual([]);
      const rows = gunzipSync(readFileSync(join(real.path, 'mqm_generalMT2023_zhen.sxs.3ratings.jsonl.gz'))).toString('utf8').trim().split('\n');
      expect(rows.length).toBe(25060);
      expect(rows.filter((r) => r.includes('"severity": "HOTW-test"')).length).toBe(461);
      expect(cases.length).toBe(3770);
      expect(new Set(cases.map((c) => c.meta?.system)).size).toBe(10);
      expect(new Set(cases.map((c) => c.meta?.doc)).size).toBe(38);
      expect(cases.filter((c) => !c.label).length).toBe(292); // all three raters: No-error
      const spans = (cases as MtCase[]).flatMap((c) => c.spans);
      expect(spans.filter((s) => s.type === 'untranslated').length).toBe(139 + 27);
      const slices = bySlice(cases);
      expect(slices['mqm/non-translation']).toBe(19);
      expect(slices['mqm/source-language-fragment']).toBe(93);
      // documents never straddle the splits
      const docSplits = new Map<unknown, Set<string>>();
      for (const c of cases) docSplits.set(c.meta?.doc, (docSplits.get(c.meta?.doc) ?? new Set()).add(c.split));
      expect([...docSplits.values()].every((s) => s.size === 1)).toBe(true);
    },
    REAL_DATA_TIMEOUT,
  );
});
