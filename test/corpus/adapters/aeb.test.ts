import { describe, expect, it } from 'vitest';
import type { BoilerplateCase } from '../../../src/contracts/case.ts';
import { aebQuality } from '../../../src/corpus/adapters/labelQuality.ts';
import { bySlice, collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

const boilerplate = (c: BoilerplateCase) => c.spans.map((s) => c.text.slice(s.start, s.end));

describe('aeb adapter', () => {
  it('labels the page lines outside the gold article body as boilerplate', async () => {
    const { cases, issues, at } = await collect('aeb', fixture('aeb-scrapinghub'));
    expect(issues).toEqual([]);
    const [ferry, frost, valbourg] = cases as BoilerplateCase[];
    expect(ferry?.id).toBe('aeb/a1b2c3');
    expect(boilerplate(ferry as BoilerplateCase)).toEqual([
      // the teaser repeating the lead sits in the page chrome, above the headline
      'Home\nNews\nSport\nSearch\nThe ferry link between Brelstadt and the island of Skarholm reopened on Monday after six weeks of repairs to the pier.\nFerry link to Skarholm restored\nBy Ilse Varga · 3 March',
      'Advertisement',
      'Share\nTweet\nRelated stories\nStorm damage bill tops two million\nWater taxi fares frozen for winter\n© 2026 Northgate Courier. All rights reserved.',
    ]);
    expect(ferry?.spans.every((s) => s.type === 'other')).toBe(true);
    expect(ferry?.label).toBe(true);
    // script, style and noscript never reach the text
    expect(ferry?.text).not.toMatch(/dataLayer|font-family|enable JavaScript/i);
    expect(boilerplate(frost as BoilerplateCase)).toEqual(['Subscribe for £1 a week', '3 comments\nTerrible news for the growers.']);
    expect(at[0]).toMatch(/fixtures\/aeb-scrapinghub\/ground-truth\.json:2$/);
    expect(ferry?.meta).toMatchObject({ url: 'https://northgate-courier.test/news/ferry-link', host: 'northgate-courier.test', htmlLang: 'en-GB' });
    expect(ferry?.meta?.goldBody).toMatch(/^The ferry link between Brelstadt/);
    expect(bySlice(cases)).toEqual({ 'aeb/en': 2, 'aeb/other': 1 });
    expect(valbourg?.slice).toBe('aeb/other');
    // on these pages the labeled content lines reproduce the gold body exactly
    expect(aebQuality(cases).mean).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('reports records without a page, without a body or that are not objects, at their line of ground-truth.json', async () => {
    const { cases, issues } = await collect('aeb', fixture('aeb-malformed'));
    expect(cases.map((c) => c.id)).toEqual(['aeb/a1b2c3']);
    expect(issueKeys(issues)).toEqual(['ground-truth.json:10 c0c0c0.articleBody', 'ground-truth.json:14 e0e0e0.articleBody', 'ground-truth.json:6 b0b0b0']);
  });

  const real = realDataset('aeb-scrapinghub');
  it.skipIf(!real.present)(
    real.title('reads the real benchmark: 181 pages, labels reproducing the gold bodies (mean token F1 ≥ 0.99)'),
    async () => {
      const { cases, issues } = await collect('aeb', real.path);
      expect(issues).toEqual([]);
      expect(cases.length).toBe(181);
      expect(new Set(cases.map((c) => c.meta?.host)).size).toBe(126);
      const q = aebQuality(cases);
      expect(q.mean.f1).toBeGreaterThan(0.99);
      expect(q.pageRecall).toBeGreaterThan(0.99);
      // split by host: no host in both splits
      const hostSplits = new Map<unknown, Set<string>>();
      for (const c of cases) hostSplits.set(c.meta?.host, (hostSplits.get(c.meta?.host) ?? new Set()).add(c.split));
      expect([...hostSplits.values()].every((s) => s.size === 1)).toBe(true);
      expect(bySlice(cases)['aeb/en']).toBeGreaterThan(150);
    },
    REAL_DATA_TIMEOUT,
  );
});
