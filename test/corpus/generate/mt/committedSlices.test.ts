import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Case, type MtCase } from '../../../../src/contracts/case.ts';
import { MARK_CHARS } from '../../../../src/corpus/generate/mt/apertiumOutput.ts';
import { foreignTypography } from '../../../../src/corpus/generate/mt/foreignTypography.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';
import { splitOf } from '../../../../src/corpus/generate/splits.ts';

// The Apertium slices are built on a machine with Apertium and committed; CI checks the files.
const CORPORA = fileURLToPath(new URL('../../../../corpora/', import.meta.url));
const SLICES = ['apertium-en-roundtrip', 'apertium-fr', 'apertium-marked', 'injected', 'human', 'spun-human'] as const;
const english = loadArticles(`${CORPORA}sources`, 'en');
const meta = (c: MtCase) => (c.meta ?? {}) as Record<string, unknown>;
const french = loadArticles(`${CORPORA}sources`, 'fr');
const read = (slice: string): MtCase[] =>
  readFileSync(`${CORPORA}mt/${slice}.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as MtCase);

describe.each(SLICES)('committed slice mt/%s', (slice) => {
  const present = existsSync(`${CORPORA}mt/${slice}.jsonl`);

  it.runIf(present)('is valid, split by source event, with at least 50 test cases', () => {
    const cases = read(slice);
    for (const c of cases) {
      expect(Case.safeParse(c).success, c.id).toBe(true);
      expect(c.slice).toBe(`mt/${slice}`);
      const id = (meta(c).sources as string[])[0] as string;
      const en = english.find((a) => a.id === id);
      const expected = en ? splitOf(en.event, meta(c).seed as number) : splitOf(id, meta(c).seed as number);
      expect(en ?? french.find((a) => a.id === id), id).toBeDefined();
      expect(c.split, c.id).toBe(expected);
      for (const s of c.spans) expect(c.text.slice(s.start, s.end)).toBe(s.quote);
    }
    expect(cases.filter((c) => c.split === 'test').length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((c) => c.label)).size).toBe(1);
  });

  it.runIf(present && slice.startsWith('apertium'))('has marks only in the marked slice, and every typography match labeled', () => {
    for (const c of read(slice)) {
      const marks = [...c.text].filter((ch) => MARK_CHARS.includes(ch)).length;
      if (slice === 'apertium-marked') expect(c.spans.some((s) => MARK_CHARS.includes(s.quote?.[0] ?? ''))).toBe(marks > 0);
      else expect(marks, c.id).toBe(0);
      const typography = c.spans.filter((s) => s.type === 'typography').map((s) => s.quote);
      expect(typography, c.id).toEqual(foreignTypography(c.text).filter((t) => !c.spans.some((s) => s.type !== 'typography' && s.start < t.end && t.start < s.end)).map((t) => t.quote));
    }
  });
});
