import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protect, restore } from '../../../../src/corpus/generate/reuse/protect.ts';

describe('protect / restore', () => {
  it('masks ranges and puts them back, with replacements, reporting where they landed', () => {
    const text = 'Turnout was 81.6% of 2.1 million voters.';
    const p = protect(text, [
      { start: 12, end: 16 },
      { start: 21, end: 24 },
    ]);
    expect(p.masked).toBe('Turnout was \uE000% of \uE001 million voters.');
    const rewritten = p.masked.replace('Turnout was', 'Participation reached');
    const r = restore(rewritten, p.originals, [undefined, '12.1']);
    expect(r.text).toBe('Participation reached 81.6% of 12.1 million voters.');
    expect(r.text.slice(r.ranges[0]?.start, r.ranges[0]?.end)).toBe('81.6');
    expect(r.text.slice(r.ranges[1]?.start, r.ranges[1]?.end)).toBe('12.1');
  });

  it('fails loudly when a placeholder is lost', () => {
    const p = protect('a b c', [{ start: 2, end: 3 }]);
    expect(() => restore('a c', p.originals)).toThrow(/lost/);
  });

  it('property: restore(protect(x)) is x, and every range covers its original', () => {
    const gen = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
      fc
        .uniqueArray(fc.nat({ max: text.length }), { maxLength: 8 })
        .map((cuts) => [...cuts].sort((a, b) => a - b))
        .map((cuts) => {
          const ranges: { start: number; end: number }[] = [];
          for (let i = 0; i + 1 < cuts.length; i += 2) if ((cuts[i] as number) < (cuts[i + 1] as number)) ranges.push({ start: cuts[i] as number, end: cuts[i + 1] as number });
          return { text: text.replace(/[\uE000-\uF8FF]/g, 'x'), ranges };
        }),
    );
    fc.assert(
      fc.property(gen, ({ text, ranges }) => {
        const p = protect(text, ranges);
        const r = restore(p.masked, p.originals);
        expect(r.text).toBe(text);
        r.ranges.forEach((range, i) => {
          expect(r.text.slice(range.start, range.end)).toBe(p.originals[i]);
        });
      }),
    );
  });
});
