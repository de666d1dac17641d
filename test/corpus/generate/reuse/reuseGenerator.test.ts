import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, Case, type ReuseCase } from '../../../../src/contracts/case.ts';
import type { BuildContext, Generator } from '../../../../src/corpus/generate/generator.ts';
import { random } from '../../../../src/corpus/generate/random.ts';
import { curlyQuotes } from '../../../../src/corpus/generate/reuse/normalise.ts';
import { REUSE_GENERATORS, reuse, reuseWithBoilerplate } from '../../../../src/corpus/generate/reuse/reuseGenerator.ts';
import { sliceContext } from '../../../../src/corpus/generate/reuse/slices/sliceContext.ts';
import { spunCases } from '../../../../src/corpus/generate/reuse/slices/spun.ts';
import { type Article, loadArticles } from '../../../../src/corpus/generate/sources.ts';
import { splitOf } from '../../../../src/corpus/generate/splits.ts';

const CORPORA = fileURLToPath(new URL('../../../../corpora/', import.meta.url));
const sourcesDir = `${CORPORA}sources`;
const english = loadArticles(sourcesDir, 'en');
const french = loadArticles(sourcesDir, 'fr');
const SEED = 2026;
const ctx = (g: Generator, seed = SEED, articles: readonly Article[] = english): BuildContext => ({
  sourcesDir,
  english: articles,
  french,
  seed,
  random: random(seed).fork(g.name),
});
const SLICES = ['verbatim', 'spun-light', 'spun-heavy', 'partial', 'drift', 'with-boilerplate', 'same-event', 'same-topic', 'unrelated'];
const POSITIVE = new Set(['verbatim', 'spun-light', 'spun-heavy', 'partial', 'drift', 'with-boilerplate']);
const meta = (c: ReuseCase) => (c.meta ?? {}) as Record<string, unknown>;
const article = (id: string) => english.find((a) => a.id === id) as Article;
const covered = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

let cases: ReuseCase[] = [];
const of = (slice: string) => cases.filter((c) => c.slice === `reuse/${slice}`);

beforeAll(async () => {
  cases = [...(await reuse.generate(ctx(reuse))), ...(await reuseWithBoilerplate.generate(ctx(reuseWithBoilerplate)))] as ReuseCase[];
}, 120_000);

describe('reuse generators', () => {
  it('make valid, uniquely named reuse cases in every slice', () => {
    const ids = new Set<string>();
    for (const c of cases) {
      expect(Case.safeParse(c).success, c.id).toBe(true);
      expect(c.task).toBe('reuse');
      expect(c.id.startsWith(`reuse-${c.slice.slice('reuse/'.length)}-`), c.id).toBe(true);
      expect(ids.has(c.id), c.id).toBe(false);
      ids.add(c.id);
      expect(c.meta).toMatchObject({ seed: SEED });
      expect(REUSE_GENERATORS.map((g) => g.name)).toContain(meta(c).generator);
    }
    expect(new Set(cases.map((c) => c.slice))).toEqual(new Set(SLICES.map((s) => `reuse/${s}`)));
  });

  it.each(SLICES)('reuse/%s has at least 50 test cases, the right label, and splits by source event', (slice) => {
    const mine = of(slice);
    expect(mine.filter((c) => c.split === 'test').length).toBeGreaterThanOrEqual(50);
    for (const c of mine) {
      expect(c.label, c.id).toBe(POSITIVE.has(slice));
      const sources = (meta(c).sources as string[]).map(article);
      // every article a case is made of is in the case's split: nothing from dev reaches test
      for (const a of sources) expect(splitOf(a.event, SEED), c.id).toBe(c.split);
      if (meta(c).host) expect(splitOf(article(meta(c).host as string).event, SEED)).toBe(c.split);
    }
  });

  it('verbatim: the aligned source range is the candidate, up to layout and quote marks', () => {
    for (const c of of('verbatim')) {
      const [a] = c.alignments ?? [];
      expect(c.alignments).toHaveLength(1);
      const copied = covered(c.source.text, a?.source as never);
      expect(covered(c.candidate.text, a?.candidate as never)).toBe(c.candidate.text);
      const squash = (t: string) => curlyQuotes(t).replace(/\s+/g, ' ');
      expect(squash(c.candidate.text), c.id).toBe(squash(copied));
      if (meta(c).normalisation === 'none') expect(c.candidate.text).toBe(copied);
    }
  });

  it('partial: each alignment covers exactly a lifted passage, verbatim ones equal in both texts', () => {
    for (const c of of('partial')) {
      const passages = meta(c).passages as { paragraphs: [number, number]; spun: string }[];
      expect(c.alignments).toHaveLength(passages.length);
      c.alignments?.forEach((al, i) => {
        const s = covered(c.source.text, al.source);
        const k = covered(c.candidate.text, al.candidate);
        const [from, to] = (passages[i] as { paragraphs: [number, number] }).paragraphs;
        const a = article((meta(c).sources as string[])[0] as string);
        expect(s).toBe([a.title, ...a.paragraphs].slice(from, to).join('\n\n'));
        if ((passages[i] as { spun: string }).spun === 'verbatim') expect(k, c.id).toBe(s);
        expect(k.split('\n\n')).toHaveLength(to - from);
      });
      const host = article(meta(c).host as string);
      expect(c.candidate.text.startsWith(host.title)).toBe(true);
    }
  });

  it('drift: each drift item covers the changed token in both texts, with its kind', () => {
    let kinds = new Set<string>();
    for (const c of of('drift')) {
      const changes = meta(c).changes as { kind: string; from: string; to: string }[];
      expect(c.drift?.length).toBe(changes.length);
      expect(changes.length).toBeGreaterThanOrEqual(1);
      expect(changes.length).toBeLessThanOrEqual(3);
      c.drift?.forEach((d, i) => {
        const ch = changes[i] as { kind: string; from: string; to: string };
        expect(covered(c.source.text, d.source), c.id).toBe(ch.from);
        expect(covered(c.candidate.text, d.candidate), c.id).toBe(ch.to);
        expect(ch.to).not.toBe(ch.from);
        expect(d.kind).toBe(ch.kind);
        // each drift lies inside one alignment, in both texts
        const al = c.alignments?.find((x) => x.candidate.start <= d.candidate.start && d.candidate.end <= x.candidate.end);
        expect(al, c.id).toBeDefined();
        expect(al && al.source.start <= d.source.start && d.source.end <= al.source.end, c.id).toBe(true);
      });
      if (meta(c).copy === 'verbatim') {
        // apart from the drifted tokens, the copy is exact: rebuild it from the source
        const rebuilt = (c.alignments ?? []).map((al) => {
          let p = covered(c.source.text, al.source);
          const inside = (c.drift ?? []).filter((d) => al.source.start <= d.source.start && d.source.end <= al.source.end);
          for (const d of inside.sort((x, y) => y.source.start - x.source.start))
            p = p.slice(0, d.source.start - al.source.start) + covered(c.candidate.text, d.candidate) + p.slice(d.source.end - al.source.start);
          return p;
        });
        expect(c.candidate.text, c.id).toBe(rebuilt.join('\n\n'));
      }
      kinds = new Set([...kinds, ...changes.map((x) => x.kind)]);
      if (meta(c).copy === 'verbatim') {
        // apart from the drifted tokens, the copy is exact
        let s = c.source.text;
        for (const d of [...(c.drift ?? [])].sort((x, y) => y.source.start - x.source.start))
          s = s.slice(0, d.source.start) + covered(c.candidate.text, d.candidate) + s.slice(d.source.end);
        const al = c.alignments ?? [];
        expect(c.candidate.text).toBe(s.slice(al[0]?.source.start, (al[al.length - 1]?.source.end ?? 0) + c.candidate.text.length - (c.source.text.length - (c.source.text.length - 0)) * 0).slice(0, c.candidate.text.length));
      }
    }
    expect(kinds).toEqual(new Set(['number', 'date', 'name']));
  });

  it('spun and with-boilerplate: one alignment per copied paragraph, in order, covering whole paragraphs', () => {
    for (const slice of ['spun-light', 'spun-heavy', 'with-boilerplate']) {
      for (const c of of(slice)) {
        const [from, to] = meta(c).paragraphs as [number, number];
        expect(c.alignments?.length, c.id).toBe(to - from);
        for (const al of c.alignments ?? []) {
          const k = covered(c.candidate.text, al.candidate);
          expect(k).toBe(k.trim());
          expect(k.includes('\n\n')).toBe(false);
          expect(covered(c.source.text, al.source).includes('\n\n')).toBe(false);
        }
        if (slice === 'spun-light') expect(c.alignments?.map((a) => a.source.start)).toEqual([...(c.alignments ?? [])].map((a) => a.source.start).sort((x, y) => x - y));
      }
    }
  });

  it('with-boilerplate: the inserted lines are in the candidate and outside every alignment', () => {
    for (const c of of('with-boilerplate')) {
      const inserted = meta(c).boilerplate as { start: number; end: number; quote: string }[];
      expect(inserted.length).toBeGreaterThanOrEqual(1);
      for (const b of inserted) {
        expect(covered(c.candidate.text, b)).toBe(b.quote);
        for (const al of c.alignments ?? []) expect(b.end <= al.candidate.start || al.candidate.end <= b.start).toBe(true);
      }
    }
  });

  it('negatives: same-event pairs twins, same-topic pairs different events of one topic, unrelated pairs different beats', () => {
    for (const c of of('same-event')) {
      const [a, b] = (meta(c).sources as string[]).map(article) as [Article, Article];
      expect(a.event).toBe(b.event);
      expect(a.id).not.toBe(b.id);
    }
    for (const c of of('same-topic')) {
      const [a, b] = (meta(c).sources as string[]).map(article) as [Article, Article];
      expect(a.topic).toBe(b.topic);
      expect(a.event).not.toBe(b.event);
    }
    for (const c of of('unrelated')) {
      const [a, b] = (meta(c).sources as string[]).map(article) as [Article, Article];
      expect(a.beat).not.toBe(b.beat);
    }
  });

  it('heavy spin is harder for word 3-gram containment than light spin', async () => {
    const { reuseWordShingles } = await import('../../../../src/detectors/reuse/wordShingles.ts');
    const median = (slice: string) => {
      const xs = of(slice)
        .map((c) => (reuseWordShingles.detect({ source: c.source.text, candidate: c.candidate.text } as never) as { score: number }).score)
        .sort((x, y) => x - y);
      return xs[Math.floor(xs.length / 2)] as number;
    };
    expect(median('spun-light')).toBeGreaterThan(0.6);
    expect(median('spun-heavy')).toBeLessThan(0.4);
  });

  it('is deterministic for a seed and changes with it', () => {
    const few = english.filter((a) => /-0[13]/.test(a.id));
    const g = { name: 'reuse', version: 'test' };
    const run = (seed: number) => JSON.stringify(spunCases(sliceContext(ctx(reuse, seed, few), g), 'heavy'));
    expect(run(SEED)).toBe(run(SEED));
    expect(run(SEED + 1)).not.toBe(run(SEED));
  });

  it.each(SLICES)('the committed corpora/reuse/%s.jsonl is what the generators build', (slice) => {
    const file = `${CORPORA}reuse/${slice}.jsonl`;
    if (!existsSync(file)) return;
    const expected = [...of(slice)]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((c) => JSON.stringify({ schemaVersion: CASE_SCHEMA_VERSION, ...c }))
      .join('\n');
    expect(readFileSync(file, 'utf8')).toBe(`${expected}\n`);
  });
});
