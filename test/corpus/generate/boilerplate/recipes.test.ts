import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../../src/corpus/generate/boilerplate/deck.ts';
import { kit } from '../../../../src/corpus/generate/boilerplate/kit.ts';
import { CONTENT_KINDS, defaultMaterial, FAMILIES } from '../../../../src/corpus/generate/boilerplate/material.ts';
import { clean, hardContent, hardMixed, mixedFamilies, oneFamily } from '../../../../src/corpus/generate/boilerplate/recipes.ts';
import { MAX_WINDOW, MIN_WINDOW, windowsOf } from '../../../../src/corpus/generate/boilerplate/windows.ts';
import { random } from '../../../../src/corpus/generate/random.ts';

const seeds = fc.integer();
const sizes = fc.integer({ min: MIN_WINDOW, max: 14 });
const deal = (seed: number) => kit(defaultMaterial(), random(seed).fork('kit'));

describe('deck', () => {
  it('deals every item once per round', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 30 }), seeds, (items, seed) => {
        const d = deck(items, random(seed));
        const round = () => Array.from(items, () => d.draw()).sort((a, b) => a - b);
        const sorted = [...items].sort((a, b) => a - b);
        expect(round()).toEqual(sorted);
        expect(round()).toEqual(sorted);
      }),
    );
  });
});

describe('windowsOf', () => {
  it('starts with the whole body, then distinct in-bounds windows of MIN..MAX paragraphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5 }), seeds, (n, count, seed) => {
        const ws = windowsOf(n, count, random(seed));
        expect(ws[0]).toEqual({ from: 0, to: n });
        expect(new Set(ws.map((w) => `${w.from}-${w.to}`)).size).toBe(ws.length);
        expect(ws.length).toBeLessThanOrEqual(count);
        if (n > MIN_WINDOW + 3) expect(ws.length).toBe(count);
        for (const w of ws.slice(1)) {
          expect(w.to - w.from).toBeGreaterThanOrEqual(MIN_WINDOW);
          expect(w.to - w.from).toBeLessThanOrEqual(MAX_WINDOW);
          expect(w.from).toBeGreaterThanOrEqual(0);
          expect(w.to).toBeLessThanOrEqual(n);
        }
      }),
    );
  });
});

describe('recipes', () => {
  it('oneFamily: 1–3 insertions, all of the family, gaps in range', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FAMILIES), sizes, seeds, (family, n, seed) => {
        const plan = oneFamily(family)(n, random(seed), deal(seed));
        expect(plan.content).toEqual([]);
        expect(plan.insertions.length).toBeGreaterThanOrEqual(1);
        expect(plan.insertions.length).toBeLessThanOrEqual(3);
        for (const { insertion, record } of plan.insertions) {
          expect(insertion.block.family).toBe(family);
          expect(record.family).toBe(family);
          expect(record.lines).toBe(insertion.block.lines.length);
          expect(insertion.gap).toBe(record.gap);
          expect(record.gap).toBeGreaterThanOrEqual(0);
          expect(record.gap).toBeLessThanOrEqual(n);
          expect(defaultMaterial().templates[family][record.template]).toBeDefined();
        }
      }),
    );
  });

  it('mixedFamilies: 3–5 different families, at the top, the bottom and between paragraphs', () => {
    fc.assert(
      fc.property(sizes, seeds, (n, seed) => {
        const plan = mixedFamilies(n, random(seed), deal(seed));
        const families = plan.insertions.map((i) => i.record.family);
        expect(families.length).toBeGreaterThanOrEqual(3);
        expect(families.length).toBeLessThanOrEqual(5);
        expect(new Set(families).size).toBe(families.length);
        expect(new Set(plan.insertions.map((i) => i.record.position))).toEqual(new Set(['top', 'between', 'bottom']));
      }),
    );
  });

  it('clean and hardContent insert no boilerplate; hardContent adds 2–4 kinds, headline before lede', () => {
    fc.assert(
      fc.property(sizes, seeds, (n, seed) => {
        expect(clean(n, random(seed), deal(seed))).toEqual({ insertions: [], content: [] });
        const plan = hardContent(n, random(seed), deal(seed));
        expect(plan.insertions).toEqual([]);
        const kinds = plan.content.map((c) => c.record.kind);
        expect(kinds.length).toBeGreaterThanOrEqual(2);
        expect(kinds.length).toBeLessThanOrEqual(4);
        expect(kinds).toEqual([...new Set(kinds)].sort((a, b) => CONTENT_KINDS.indexOf(a) - CONTENT_KINDS.indexOf(b)));
        for (const c of plan.content) {
          if (c.record.kind === 'headlines' || c.record.kind === 'dateline-ledes') expect(c.record.position).toBe('top');
          if (c.record.kind === 'subheadings' || c.record.kind === 'pull-quotes') expect(c.record.position).toBe('between');
          expect(c.insertion.block.family).toBeUndefined();
        }
      }),
    );
  });

  it('hardMixed: content blocks plus 1–3 boilerplate insertions', () => {
    fc.assert(
      fc.property(sizes, seeds, (n, seed) => {
        const plan = hardMixed(n, random(seed), deal(seed));
        expect(plan.content.length).toBeGreaterThanOrEqual(2);
        expect(plan.insertions.length).toBeGreaterThanOrEqual(1);
        expect(plan.insertions.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('a kit deals every template of a family before repeating one', () => {
    const k = deal(1);
    const n = defaultMaterial().templates.byline.length;
    expect(new Set(Array.from({ length: n }, () => k.template('byline').index)).size).toBe(n);
  });
});
