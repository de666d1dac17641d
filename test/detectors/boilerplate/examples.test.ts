/**
 * Example tests of the reference boilerplate detector on hand-written text (see fixtures.ts):
 * each family's lines are found and typed wherever they are inserted, clean articles and
 * content lines that look like chrome are left alone, page chrome around an article goes, and
 * every prediction explains itself in its signals.
 */
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/contracts/detection.ts';
import { boilerplateReference as detector } from '../../../src/detectors/boilerplate/boilerplate.ts';
import { ARTICLE_A, ARTICLE_B, BOILERPLATE, HARD_CONTENT, page } from './fixtures.ts';

const run = async (text: string) => Detection.parse(await detector.detect({ text }));
const flagged = async (text: string) => (await run(text)).spans?.map((s) => [s.type, text.slice(s.start, s.end)]) ?? [];

describe('boilerplate@1.0.0 examples', () => {
  it('is registered as the reference boilerplate detector', () => {
    expect([detector.id, detector.version, detector.task, detector.baseline]).toEqual(['boilerplate', '1.0.0', 'boilerplate', undefined]);
  });

  for (const [family, lines] of Object.entries(BOILERPLATE)) {
    it(`finds and types ${family} lines at the top, in the middle and at the bottom`, async () => {
      for (const line of lines) {
        for (const at of [0, 2, ARTICLE_A.length]) {
          const paragraphs = [...ARTICLE_A];
          paragraphs.splice(at, 0, line);
          expect(await flagged(page(paragraphs)), `${line} at ${at}`).toEqual([[family, line]]);
        }
      }
    });
  }

  it('leaves clean articles alone, with a low document score', async () => {
    for (const article of [ARTICLE_A, ARTICLE_B]) {
      const d = await run(page(article));
      expect(d.spans).toEqual([]);
      expect(d.label).toBe(false);
      expect(d.score).toBeLessThan(0.2);
    }
  });

  it('keeps headlines, sub-headings, pull quotes, lists, datelines and fact lines', async () => {
    const [headline, subheading, subheading2, quote, dateline, ...rest] = HARD_CONTENT as [string, string, string, string, string, ...string[]];
    const text = page([
      headline,
      dateline,
      ARTICLE_A[1] as string,
      subheading,
      ARTICLE_A[2] as string,
      quote,
      ARTICLE_A[3] as string,
      rest.slice(0, 3).join('\n'),
      ARTICLE_A[4] as string,
      subheading2,
      ...rest.slice(3),
    ]);
    expect(await flagged(text)).toEqual([]);
  });

  it('removes the chrome of a scraped page and keeps its article', async () => {
    const menu = ['Home', 'News', 'Local', 'Business', 'Sport', 'Weather', 'Opinion', 'Contact'];
    const footer = ['About us', 'Careers', 'Advertise with us', '© 2025 Lakeside Courier', 'Back to top'];
    const lines = [...menu, 'Search', ...ARTICLE_A, 'Share this article', 'Facebook', 'X', 'Email', 'Most read', ...ARTICLE_B.map((p) => p.split(',')[0] as string), ...footer];
    const text = lines.join('\n');
    const d = await run(text);
    const gone = new Set((d.spans ?? []).map((s) => text.slice(s.start, s.end)));
    for (const p of ARTICLE_A) expect(gone.has(p), p).toBe(false);
    for (const l of [...menu, ...footer, 'Share this article', 'Most read']) expect(gone.has(l), l).toBe(true);
  });

  it('scores a page with boilerplate above the same page without it', async () => {
    const clean = await run(page(ARTICLE_A));
    const dirty = await run(page([...ARTICLE_A, BOILERPLATE['legal-footer']?.[0] as string]));
    expect(dirty.score).toBeGreaterThan(clean.score);
    expect(dirty.label).toBe(true);
  });

  it('explains every flagged line in its signals', async () => {
    const line = BOILERPLATE['cookie-notice']?.[0] as string;
    const d = await run(page([line, ...ARTICLE_A]));
    const names = (d.signals ?? []).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['lines', 'flaggedLines', 'maxLineProbability', 'bodyWordShare', 'type:cookie-notice', 'line:0']));
    const explained = d.signals?.find((s) => s.name === 'line:0');
    expect(explained?.detail).toMatch(/^cookie-notice: .*family:cookie-notice \+\d/);
    expect(explained?.value).toBeGreaterThan(0.5);
  });

  it('handles empty and blank input', async () => {
    for (const text of ['', '\n\n', '   ']) {
      const d = await run(text);
      expect(d).toMatchObject({ score: 0, label: false, spans: [] });
    }
  });
});
