import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Case, type MtCase } from '../../../../src/contracts/case.ts';
import type { BuildContext, Generator } from '../../../../src/corpus/generate/generator.ts';
import { englishWindowPlan } from '../../../../src/corpus/generate/mt/englishWindowPlan.ts';
import { humanNegatives } from '../../../../src/corpus/generate/mt/humanNegatives.ts';
import { injected } from '../../../../src/corpus/generate/mt/injected.ts';
import { spunHuman } from '../../../../src/corpus/generate/mt/spunHuman.ts';
import { random } from '../../../../src/corpus/generate/random.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';
import { splitOf } from '../../../../src/corpus/generate/splits.ts';

const sourcesDir = fileURLToPath(new URL('../../../../corpora/sources/', import.meta.url));
const english = loadArticles(sourcesDir, 'en');
const french = loadArticles(sourcesDir, 'fr');
const SEED = 2026;
const meta = (c: MtCase) => (c.meta ?? {}) as Record<string, unknown>;
const ctx = (g: Generator, seed = SEED): BuildContext => ({ sourcesDir, english, french, seed, random: random(seed).fork(g.name) });
const run = async (g: Generator, seed = SEED) => (await g.generate(ctx(g, seed))) as MtCase[];

describe.each([injected, humanNegatives, spunHuman])('generator $name', (g) => {
  it('makes valid, uniquely named cases with provenance and at least 50 test cases', async () => {
    const cases = await run(g);
    const ids = new Set<string>();
    for (const c of cases) {
      expect(Case.safeParse(c).success, c.id).toBe(true);
      expect(c.id.startsWith(`${c.slice}:`)).toBe(true);
      expect(ids.has(c.id)).toBe(false);
      ids.add(c.id);
      expect(c.meta).toMatchObject({ generator: g.name, seed: SEED });
      const source = english.find((a) => a.id === (meta(c).sources as string[])[0]);
      expect(source).toBeDefined();
      expect(c.split).toBe(splitOf(source?.event as string, SEED));
    }
    expect(cases.filter((c) => c.split === 'test').length).toBeGreaterThanOrEqual(50);
  });

  it('is deterministic for a seed and changes with it', async () => {
    const a = JSON.stringify(await run(g));
    expect(JSON.stringify(await run(g))).toBe(a);
    if (g !== humanNegatives) expect(JSON.stringify(await run(g, SEED + 1))).not.toBe(a);
  });
});

describe('slice contents', () => {
  it('mt/human holds the human originals of the round-trip passages, unlabeled', async () => {
    const cases = await run(humanNegatives);
    const a = english[0];
    if (a === undefined) throw new Error('no articles');
    const plan = englishWindowPlan(a, SEED);
    const mine = cases.filter((c) => (meta(c).sources as string[])[0] === a.id);
    expect(mine.map((c) => meta(c).paragraphs)).toEqual(plan.map((w) => [w.from, w.to]));
    expect(mine[0]?.text).toBe(a.body);
    expect(cases.every((c) => !c.label && c.spans.length === 0)).toBe(true);
  });

  it('mt/injected cases are positives with 1–4 artifacts whose spans quote the text', async () => {
    for (const c of await run(injected)) {
      expect(c.label).toBe(true);
      expect((meta(c).artifacts as unknown[]).length).toBeGreaterThanOrEqual(1);
      expect((meta(c).artifacts as unknown[]).length).toBeLessThanOrEqual(4);
      for (const s of c.spans) expect(c.text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it('mt/spun-human texts differ from the human passage they were spun from', async () => {
    const cases = await run(spunHuman);
    const changed = cases.filter((c) => {
      const a = english.find((x) => x.id === (meta(c).sources as string[])[0]);
      const [from, to] = meta(c).paragraphs as [number, number];
      return a !== undefined && a.paragraphs.slice(from, to).join('\n\n') !== c.text;
    });
    expect(changed.length / cases.length).toBeGreaterThan(0.9);
    expect(new Set(cases.map((c) => meta(c).spin))).toEqual(new Set(['light', 'heavy']));
  });
});
