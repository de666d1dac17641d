import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertBoilerplate } from '../../../../src/corpus/generate/boilerplate/insert.ts';
import { FAMILIES } from '../../../../src/corpus/generate/boilerplate/material.ts';
import { random } from '../../../../src/corpus/generate/random.ts';
import { lines } from '../../../../src/kernels/lines.ts';

const paragraph = fc.stringMatching(/^[A-Z][a-z ,.'0-9]{0,60}[a-z.]$/);
const paragraphs = fc.array(paragraph, { maxLength: 8 });
const families = fc.subarray([...FAMILIES], { minLength: 1 });

/** The text with every span's characters removed, as its remaining non-empty lines. */
function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string[] {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  out += text.slice(at);
  return out.split('\n').filter((l) => l !== '');
}

describe('insertBoilerplate', () => {
  it('inserts nothing when count is 0', () => {
    expect(insertBoilerplate(['A.', 'B.'], random(1), { count: 0 })).toEqual({ text: 'A.\n\nB.', spans: [] });
  });

  it('rejects unknown families and bad counts', () => {
    expect(() => insertBoilerplate(['A.'], random(1), { families: ['weather'] })).toThrow(/unknown family/);
    expect(() => insertBoilerplate(['A.'], random(1), { families: [] })).toThrow(/empty/);
    expect(() => insertBoilerplate(['A.'], random(1), { count: -1 })).toThrow(/count/);
  });

  it('spans cover exactly whole lines, of the requested families, and removing them gives back the paragraphs', () => {
    fc.assert(
      fc.property(paragraphs, fc.integer(), fc.integer({ min: 0, max: 6 }), families, (ps, seed, count, fams) => {
        const { text, spans } = insertBoilerplate(ps, random(seed), { count, families: fams });
        const textLines = new Set(lines(text).map((l) => `${l.start}:${l.end}`));
        for (const s of spans) {
          expect(textLines.has(`${s.start}:${s.end}`)).toBe(true);
          expect(fams).toContain(s.type);
        }
        if (count > 0) expect(spans.length).toBeGreaterThanOrEqual(count);
        else expect(spans).toEqual([]);
        expect(withoutSpans(text, spans)).toEqual(ps);
        expect(text).not.toMatch(/^\n|\n$|\n\n\n/);
      }),
    );
  });

  it('is deterministic for a seed and varies across seeds', () => {
    const ps = ['First paragraph.', 'Second paragraph.', 'Third paragraph.'];
    expect(insertBoilerplate(ps, random(7))).toEqual(insertBoilerplate(ps, random(7)));
    const texts = new Set([1, 2, 3, 4, 5].map((s) => insertBoilerplate(ps, random(s)).text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('uses top, between and bottom positions and both kinds of separator', () => {
    const ps = ['First paragraph.', 'Second paragraph.', 'Third paragraph.'];
    const seen = new Set<string>();
    const r = random(2026);
    for (let k = 0; k < 200; k++) {
      const { text, spans } = insertBoilerplate(ps, r, { count: 1, families: ['byline'] });
      const s = spans[0] as { start: number };
      if (s.start < text.indexOf(ps[0] as string)) seen.add('top');
      else if (s.start > text.indexOf(ps[2] as string)) seen.add('bottom');
      else seen.add('between');
      seen.add(text.slice(s.start - 2, s.start) === '\n\n' ? 'blank line' : 'newline');
    }
    expect(seen).toEqual(new Set(['top', 'between', 'bottom', 'blank line', 'newline']));
  });
});
