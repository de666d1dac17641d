import { describe, expect, it } from 'vitest';
import type { BoilerplateCase } from '../../../src/contracts/case.ts';
import { trafilaturaQuality } from '../../../src/corpus/adapters/labelQuality.ts';
import { collect, fixture, issueKeys, REAL_DATA_TIMEOUT, realDataset } from './collect.ts';

describe('trafilatura adapter', () => {
  it('labels the lines holding must-go snippets and keeps the snippets in meta', async () => {
    const { cases, issues } = await collect('trafilatura', fixture('trafilatura-eval-en'));
    expect(issues).toEqual([]);
    expect(cases.map((c) => c.id)).toEqual(['trafilatura/hard::stonegarden.test-wall.html', 'trafilatura/https://alpinecourier.test/travel/night-trains']);
    const night = cases[1] as BoilerplateCase;
    expect(night.spans.map((s) => night.text.slice(s.start, s.end))).toEqual([
      'We use cookies to improve your experience. Learn more',
      'Photo: K. Lind', // shares its line with a must-stay snippet: only the snippet
      'Read also: Why the cable car to Pizol closed\nShare this article\nFacebook', // a snippet over two blocks labels both
    ]);
    expect(night.label).toBe(true);
    expect(night.meta).toMatchObject({
      mustKeep: ['A sleeper service between Lindau and Brig', 'Tickets go on sale in April', 'demand for "slow travel" had doubled'],
      comments: ['Great news for the valley!'],
      conflicts: 1,
      spansExhaustive: false,
      oracle: { removed: 4, kept: 3 },
    });
    const located = night.meta?.located as { mustKeep: unknown[]; mustRemove: unknown[] };
    expect(located.mustKeep.every((r) => r !== null)).toBe(true); // the curly-quoted one too
    expect(located.mustRemove.map((r) => r !== null)).toEqual([true, true, true, true, false]);
    expect(trafilaturaQuality(cases)).toEqual({
      pages: 2,
      mustRemove: { total: 7, located: 6, removed: 6 },
      mustKeep: { total: 5, located: 5, kept: 5 },
      conflicts: 1,
    });
  });

  it('reports bad snippet lists, missing or unsafe page paths and non-object records at their line', async () => {
    const { cases, issues } = await collect('trafilatura', fixture('trafilatura-malformed'));
    expect(cases.map((c) => c.id)).toEqual(['trafilatura/hard::stonegarden.test-wall.html']);
    expect(issueKeys(issues)).toEqual([
      'evaldata-en.json:14 https://broken.test/with.with',
      'evaldata-en.json:19 https://broken.test/missing.html_path',
      'evaldata-en.json:27 https://broken.test/escape.html_path',
      'evaldata-en.json:35 https://broken.test/null',
    ]);
  });

  const real = realDataset('trafilatura-eval-en');
  it.skipIf(!real.present)(
    real.title('reads the real English subset: 202 pages, 603 must-go and 599 must-stay snippets'),
    async () => {
      const { cases, issues } = await collect('trafilatura', real.path);
      expect(issues).toEqual([]);
      const q = trafilaturaQuality(cases);
      expect([q.pages, q.mustRemove.total, q.mustKeep.total]).toEqual([202, 603, 599]);
      // the labels remove every must-go snippet found in the page text and keep every must-stay one
      expect(q.mustRemove.removed).toBe(q.mustRemove.located);
      expect(q.mustKeep.kept).toBe(q.mustKeep.located);
      expect(q.mustRemove.removed / q.mustRemove.total).toBeGreaterThan(0.84);
      expect(q.mustKeep.kept / q.mustKeep.total).toBeGreaterThan(0.98);
    },
    REAL_DATA_TIMEOUT,
  );
});
