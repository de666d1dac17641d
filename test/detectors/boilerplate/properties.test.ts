/**
 * Metamorphic properties of the reference boilerplate detector (fast-check, fixed seeds):
 * - output is a valid, deterministic detection whose spans are whole lines of the text, in order;
 * - in pages made of clean paragraphs with boilerplate lines inserted at random paragraph breaks,
 *   exactly the inserted lines are flagged, each with its family — so a boilerplate line's
 *   detection does not depend on the unrelated lines around it, and inserting boilerplate never
 *   takes article text with it;
 * - adding a clean paragraph never adds a span inside it, and leaves the other lines' decisions
 *   as they were;
 * - content lines that look like chrome (headlines, sub-headings, quotes, lists, fact lines)
 *   inserted anywhere stay, with or without boilerplate around them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/contracts/detection.ts';
import { boilerplateReference as detector } from '../../../src/detectors/boilerplate/boilerplate.ts';
import { lines } from '../../../src/kernels/lines.ts';
import { ARTICLE_A, ARTICLE_B, BOILERPLATE, HARD_CONTENT, HARD_CONTENT_B, page } from './fixtures.ts';

const detect = async (text: string) => Detection.parse(await detector.detect({ text }));
const flaggedTexts = async (text: string) => ((await detect(text)).spans ?? []).map((s) => [s.type, text.slice(s.start, s.end)] as const);

const FAMILY_LINES = Object.entries(BOILERPLATE).flatMap(([family, ls]) => ls.map((line) => ({ family, line })));
/** An article: a non-empty, ordered selection of one fixture article's paragraphs. */
const article = fc
  .tuple(fc.constantFrom(ARTICLE_A, ARTICLE_B), fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 2, maxLength: 5 }))
  .map(([paragraphs, picks]) => [...picks].sort((a, b) => a - b).map((i) => paragraphs[i % paragraphs.length] as string))
  .map((ps) => [...new Set(ps)])
  .filter((ps) => ps.length >= 2);
/** Boilerplate insertions: which line, and before which paragraph (modulo the article's length + 1). */
const insertions = fc.array(fc.record({ pick: fc.constantFrom(...FAMILY_LINES), at: fc.nat({ max: 10 }) }), { maxLength: 3 });

function insert(paragraphs: readonly string[], items: readonly { pick: { line: string }; at: number }[]): string[] {
  const out = [...paragraphs];
  for (const { pick, at } of items) out.splice(at % (out.length + 1), 0, pick.line);
  return out;
}

describe('boilerplate@1.0.0 properties', () => {
  it('returns a valid, deterministic detection whose spans are whole lines, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...FAMILY_LINES.map((f) => f.line), ...ARTICLE_A)), { maxLength: 12 }), async (parts) => {
        const text = parts.join(parts.length % 2 ? '\n' : '\n\n');
        const first = await detect(text);
        expect(await detect(text)).toEqual(first);
        const starts = new Map(lines(text).map((l) => [l.start, l.end]));
        let previousEnd = -1;
        for (const s of first.spans ?? []) {
          expect(starts.get(s.start), 'span starts a line').toBe(s.end);
          expect(s.start).toBeGreaterThan(previousEnd);
          previousEnd = s.end;
        }
        expect(first.label).toBe((first.spans ?? []).length > 0);
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('flags exactly the inserted boilerplate lines, each with its family, wherever they go', async () => {
    await fc.assert(
      fc.asyncProperty(article, insertions, async (paragraphs, items) => {
        const text = page(insert(paragraphs, items));
        const expected = items.map((i) => [i.pick.family, i.pick.line] as const);
        const got = await flaggedTexts(text);
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('never flags an added clean paragraph, and leaves the other decisions unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(article, insertions, fc.constantFrom(...ARTICLE_A, ...ARTICLE_B), fc.nat({ max: 10 }), async (paragraphs, items, extra, at) => {
        const before = insert(paragraphs, items);
        if (before.includes(extra)) return;
        const after = [...before];
        after.splice(at % (after.length + 1), 0, extra);
        const flaggedBefore = (await flaggedTexts(page(before))).map(([, l]) => l).sort();
        const flaggedAfter = (await flaggedTexts(page(after))).map(([, l]) => l);
        expect(flaggedAfter).not.toContain(extra);
        expect([...flaggedAfter].sort()).toEqual(flaggedBefore);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('keeps content lines that look like chrome between article paragraphs, with boilerplate elsewhere on the page', async () => {
    // articles of three paragraphs or more; a content line goes between two paragraphs, after the
    // first (the top and the bottom of a page are where chrome lives: what may open a page — a
    // headline, a dateline lede — is covered by the examples), and boilerplate goes before a paragraph that
    // does not follow a content line. A short line squeezed between boilerplate lines is
    // ambiguous to any reader, so that case is left out.
    // content lines belong to the article they go into (a line on another subject is foreign text)
    const setup = fc
      .tuple(
        article.filter((ps) => ps.length >= 3),
        fc.uniqueArray(fc.nat({ max: 20 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat({ max: 10 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.record({ pick: fc.constantFrom(...FAMILY_LINES), at: fc.nat({ max: 10 }) }), { maxLength: 3 }),
      )
      .map(([paragraphs, picks, contentAt, items]) => {
        const pool = ARTICLE_A.includes(paragraphs[0] as string) ? HARD_CONTENT : HARD_CONTENT_B;
        const content = [...new Set(picks.map((k) => pool[k % pool.length] as string))];
        const after = new Map<number, string>();
        content.forEach((line, k) => {
          after.set(1 + ((contentAt[k] as number) % (paragraphs.length - 2)), line);
        });
        const before = new Map<number, string[]>();
        for (const { pick, at } of items) {
          const j = at % paragraphs.length;
          if (after.has(j - 1)) continue;
          before.set(j, [...(before.get(j) ?? []), pick.line]);
        }
        const out: string[] = [];
        paragraphs.forEach((p, j) => {
          out.push(...(before.get(j) ?? []), p);
          const c = after.get(j);
          if (c) out.push(c);
        });
        return { text: page(out), inserted: [...before.values()].flat() };
      });
    await fc.assert(
      fc.asyncProperty(setup, async ({ text, inserted }) => {
        const got = (await flaggedTexts(text)).map(([, l]) => l).sort();
        expect(got).toEqual([...inserted].sort());
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});
