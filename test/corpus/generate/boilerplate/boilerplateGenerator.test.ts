import { beforeAll, describe, expect, it } from 'vitest';
import { type BoilerplateCase, Case } from '../../../../src/contracts/case.ts';
import { SLICES } from '../../../../src/corpus/generate/boilerplate/boilerplateGenerator.ts';
import { splitBlock } from '../../../../src/corpus/generate/boilerplate/fill.ts';
import { CONTENT_KINDS, DEFAULT_SOURCES_DIR, defaultMaterial, FAMILIES } from '../../../../src/corpus/generate/boilerplate/material.ts';
import { BUILD_SEED, build } from '../../../../src/corpus/generate/build.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';
import { splitOf } from '../../../../src/corpus/generate/splits.ts';
import { lines } from '../../../../src/kernels/lines.ts';

/** Minimum test-split cases per slice. */
const MIN_TEST_CASES = 50;

interface Meta {
  sources: string[];
  event: string;
  window: { from: number; to: number };
  insertions: { family: string; template: number; lines: number; position: string }[];
  content: { kind: (typeof CONTENT_KINDS)[number]; line: number }[];
}

const serialise = (m: Map<string, unknown[]>) => JSON.stringify([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

let bySlice: Map<string, BoilerplateCase[]>;
let all: BoilerplateCase[];
const meta = (c: BoilerplateCase) => c.meta as unknown as Meta;
const articles = new Map(loadArticles(DEFAULT_SOURCES_DIR, 'en').map((a) => [a.id, a]));

beforeAll(async () => {
  bySlice = (await build(BUILD_SEED, ['boilerplate'])) as Map<string, BoilerplateCase[]>;
  all = [...bySlice.values()].flat();
});

describe('boilerplate generator', () => {
  it('writes every slice with at least 50 test cases, all valid, ids prefixed with the slice', () => {
    expect([...bySlice.keys()].sort()).toEqual(SLICES.map((s) => s.slice).sort());
    expect(SLICES).toHaveLength(FAMILIES.length + 4);
    for (const [slice, cases] of bySlice) {
      expect(cases.filter((c) => c.split === 'test').length, slice).toBeGreaterThanOrEqual(MIN_TEST_CASES);
      expect(cases.some((c) => c.split === 'dev'), slice).toBe(true);
      for (const c of cases) {
        expect(Case.safeParse(c).success).toBe(true);
        expect(c.id.startsWith(`${slice}/`)).toBe(true);
      }
    }
  });

  it('labels: negatives have no spans, positives one span per inserted line, typed with its family', () => {
    for (const c of all) {
      const negative = c.slice === 'boilerplate/clean' || c.slice === 'boilerplate/hard-content';
      expect(c.label).toBe(!negative);
      expect(c.spans.length).toBe(meta(c).insertions.reduce((n, i) => n + i.lines, 0));
      expect(c.spans.length > 0).toBe(c.label);
      const family = c.slice.slice('boilerplate/'.length);
      if ((FAMILIES as readonly string[]).includes(family)) for (const s of c.spans) expect(s.type).toBe(family);
    }
  });

  it('every span covers exactly one line of the text, without its terminator', () => {
    for (const c of all) {
      const lineRanges = new Set(lines(c.text).map((l) => `${l.start}:${l.end}`));
      for (const s of c.spans) {
        expect(lineRanges.has(`${s.start}:${s.end}`), `${c.id} ${s.quote}`).toBe(true);
        expect(c.text.slice(s.start, s.end)).toBe(s.quote);
      }
    }
  });

  it('removing the spans gives back the source window plus the content lines', () => {
    const material = defaultMaterial();
    for (const c of all) {
      const m = meta(c);
      const article = articles.get(m.sources[0] as string);
      expect(article?.event).toBe(m.event);
      const kept: string[] = [];
      let at = 0;
      for (const s of c.spans) {
        kept.push(c.text.slice(at, s.start));
        at = s.end;
      }
      kept.push(c.text.slice(at));
      const remaining = kept.join('').split('\n').filter((l) => l !== '').sort();
      const expected = [
        ...(article?.paragraphs.slice(m.window.from, m.window.to) ?? []).flatMap((p) => p.split('\n')),
        ...m.content.flatMap((k) => splitBlock(material.content[k.kind][k.line] as string)),
      ].sort();
      expect(remaining, c.id).toEqual(expected);
    }
  });

  it('uses every template of every family and every content line', () => {
    const material = defaultMaterial();
    for (const family of FAMILIES) {
      const used = new Set(all.flatMap((c) => meta(c).insertions.filter((i) => i.family === family).map((i) => i.template)));
      expect(used.size, family).toBe(material.templates[family].length);
    }
    for (const kind of CONTENT_KINDS) {
      const used = new Set(all.flatMap((c) => meta(c).content.filter((k) => k.kind === kind).map((k) => k.line)));
      expect(used.size, kind).toBe(material.content[kind].length);
    }
  });

  it('splits by source event: nothing derived from a dev event is in test', () => {
    for (const c of all) expect(c.split).toBe(splitOf(meta(c).event, BUILD_SEED));
    const splits = new Map<string, Set<string>>();
    for (const c of all) splits.set(meta(c).event, (splits.get(meta(c).event) ?? new Set()).add(c.split));
    for (const s of splits.values()) expect(s.size).toBe(1);
  });

  it('is deterministic: the same seed gives identical output, another seed another corpus', async () => {
    expect(serialise(await build(BUILD_SEED, ['boilerplate']))).toBe(serialise(bySlice));
    expect(serialise(await build(BUILD_SEED + 1, ['boilerplate']))).not.toBe(serialise(bySlice));
  });
});
