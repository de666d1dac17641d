import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../../src/corpus/generate/reuse/sentences.ts';

describe('splitSentences', () => {
  it('splits wire copy at sentence ends only', () => {
    const text =
      'Turnout was 81.6% on Oct. 12, Dr. Ruiz said. "We won," she said. The U.S. Treasury declined to comment. J. Smith agreed!';
    expect(sentenceTexts(text)).toEqual([
      'Turnout was 81.6% on Oct. 12, Dr. Ruiz said.',
      '"We won," she said.',
      'The U.S. Treasury declined to comment.',
      'J. Smith agreed!',
    ]);
  });

  it('property: sentences are ordered, disjoint and cover every non-space character', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom('.', '!', '?')).map(([ws, p]) => {
      const [first, ...rest] = ws;
      return `${(first as string)[0]?.toUpperCase()}${(first as string).slice(1)} ${rest.join(' ')}`.trim() + p;
    });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (ss) => {
        const text = ss.join(' ');
        const ranges = splitSentences(text);
        let covered = '';
        let last = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          covered += text.slice(r.start, r.end);
          last = r.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
