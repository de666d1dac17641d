import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit, isFree } from '../../../../src/corpus/generate/mt/injection.ts';

describe('applyEdits', () => {
  it('applies edits and shifts the spans already there', () => {
    const first = applyEdits({ text: 'The mayor of Kyiv said.', spans: [] }, [
      { start: 13, end: 17, insert: 'kyiv', marks: [{ from: 0, to: 4, type: 'casing' }] },
    ]);
    const second = applyEdits(first, [
      { start: 0, end: 0, insert: 'Well. ', marks: [{ from: 0, to: 5, type: 'mistranslation' }] },
      { start: 23, end: 23, insert: ' Anyway.', marks: [{ from: 1, to: 8, type: 'mistranslation' }] },
    ]);
    expect(second.text).toBe('Well. The mayor of kyiv said. Anyway.');
    expect(second.spans.map((s) => [s.type, s.quote])).toEqual([
      ['mistranslation', 'Well.'],
      ['casing', 'kyiv'],
      ['mistranslation', 'Anyway.'],
    ]);
  });

  it('refuses overlapping edits and edits over an injected span', () => {
    const doc = { text: 'abcdef', spans: [{ start: 2, end: 4, type: 'casing' as const }] };
    expect(isFree(doc, 0, 2)).toBe(true);
    expect(isFree(doc, 3, 5)).toBe(false);
    expect(() => applyEdits(doc, [{ start: 3, end: 5, insert: 'x', marks: [] }])).toThrow();
    expect(() =>
      applyEdits({ text: 'abcdef', spans: [] }, [
        { start: 0, end: 3, insert: 'x', marks: [] },
        { start: 2, end: 4, insert: 'y', marks: [] },
      ]),
    ).toThrow();
  });

  it('keeps every span equal to the text it marks (property)', () => {
    const text = 'The residents of Kharkiv expressed their concerns about heating on Friday.';
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: text.length }), fc.stringMatching(/^[a-z«» ]{1,6}$/)), { maxLength: 6 }), (raw) => {
        let doc = { text, spans: [] as ReturnType<typeof applyEdits>['spans'] };
        const expected: string[] = [];
        for (const [at, insert] of raw) {
          const pos = Math.min(at, doc.text.length);
          if (!isFree(doc, pos, pos)) continue;
          const edit: Edit = { start: pos, end: pos, insert, marks: [{ from: 0, to: insert.length, type: 'other' }] };
          doc = applyEdits(doc, [edit]);
          expected.push(insert);
        }
        for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.quote);
        expect(doc.spans.map((s) => s.quote).sort()).toEqual(expected.sort());
        expect(doc.text.length).toBe(text.length + expected.join('').length);
      }),
    );
  });
});
