import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { random } from '../../../../src/corpus/generate/random.ts';
import { paragraphsOf, spin, spinDetailed, spinParagraphs } from '../../../../src/corpus/generate/reuse/spin.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';
import { reuseWordShingles } from '../../../../src/detectors/reuse/wordShingles.ts';

const english = loadArticles(new URL('../../../../corpora/sources/', import.meta.url).pathname, 'en');
const sample = english.filter((_, i) => i % 11 === 0);
const textOf = (a: (typeof english)[number]) => `${a.title}\n\n${a.body}`;
const figures = (t: string) => (t.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((f) => f.replace(/,/g, '').replace(/\.$/, ''));
const byId = (id: string) => english.find((a) => a.id === id) as (typeof english)[number];
const containment = (source: string, candidate: string) => reuseWordShingles.detect({ source, candidate } as never) as { score: number };

describe('spin', () => {
  it('is deterministic for a random stream and differs between streams', () => {
    const t = textOf(english[0] as (typeof english)[number]);
    expect(spin(t, random(1), 'heavy')).toBe(spin(t, random(1), 'heavy'));
    expect(spin(t, random(1), 'heavy')).not.toBe(spin(t, random(2), 'heavy'));
  });

  it.each(sample.map((a) => a.id))('%s: light spin keeps paragraphs, names, figures and quotes', (id) => {
    const a = byId(id);
    const t = textOf(a);
    const { text, stats } = spinDetailed(t, random(5).fork(a.id), 'light');
    expect(paragraphsOf(text)).toHaveLength(paragraphsOf(t).length);
    const rate = stats.swapped / stats.contentWords;
    expect(rate).toBeGreaterThanOrEqual(0.1);
    expect(rate).toBeLessThanOrEqual(0.25);
    for (const q of t.match(/"[^"\n]+"/g) ?? []) expect(text).toContain(q);
    for (const name of ['Endara', 'Becerril', 'Otieno']) if (t.includes(name)) expect(text).toContain(name);
    expect(new Set(figures(text))).toEqual(new Set(figures(t)));
    expect(containment(t, text).score).toBeGreaterThan(0.5);
  });

  it.each(sample.map((a) => a.id))('%s: heavy spin swaps 40–60%% of content words and breaks many 3-grams', (id) => {
    const a = byId(id);
    const t = textOf(a);
    const { text, stats } = spinDetailed(t, random(5).fork(a.id), 'heavy');
    const rate = stats.swapped / stats.contentWords;
    expect(rate).toBeGreaterThanOrEqual(0.4);
    expect(rate).toBeLessThanOrEqual(0.6);
    expect(containment(t, text).score).toBeLessThan(0.45);
    expect(containment(t, text).score).toBeGreaterThan(0.15); // still the same text
    for (const f of figures(text)) expect(figures(t)).toContain(f); // figures are never invented
  });

  it('property: light spin keeps paragraph i at position i; heavy spin only swaps neighbours', () => {
    fc.assert(
      fc.property(fc.constantFrom(...english), fc.integer(), (a, seed) => {
        const light = spinParagraphs(a.paragraphs, random(seed), 'light');
        expect(light.order).toEqual(a.paragraphs.map((_, i) => i));
        const heavy = spinParagraphs(a.paragraphs, random(seed), 'heavy');
        expect([...heavy.order].sort((x, y) => x - y)).toEqual(a.paragraphs.map((_, i) => i));
        heavy.order.forEach((k, i) => {
          expect(Math.abs(k - i)).toBeLessThanOrEqual(1);
        });
        expect(heavy.order.slice(0, 2)).toEqual([0, 1]);
      }),
      { numRuns: 15 },
    );
  });
});
