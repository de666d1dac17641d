import { describe, expect, it } from 'vitest';
import { Case } from '../../src/contracts/case.ts';

const mt = (over: Record<string, unknown> = {}) => ({
  id: 'a',
  task: 'mt',
  slice: 'mt/x',
  split: 'test',
  label: true,
  text: 'The mayor of kyiv spoke.',
  spans: [{ start: 13, end: 17, type: 'casing', quote: 'kyiv' }],
  ...over,
});

const problems = (raw: unknown) => {
  const r = Case.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Case contract', () => {
  it('accepts a valid case of each task', () => {
    expect(problems(mt())).toEqual([]);
    expect(
      problems({ id: 'r', task: 'reuse', slice: 'reuse/x', split: 'dev', label: false, source: { text: 'ab' }, candidate: { text: 'cd' }, alignments: [{ source: { start: 0, end: 2 }, candidate: { start: 0, end: 1 } }], drift: [{ source: { start: 0, end: 1 }, candidate: { start: 0, end: 1 }, kind: 'number' }] }),
    ).toEqual([]);
    expect(problems({ id: 'b', task: 'boilerplate', slice: 'b', split: 'test', label: false, text: '', spans: [] })).toEqual([]);
  });

  it('rejects offsets past the end, reversed spans and quotes that do not match', () => {
    expect(problems(mt({ spans: [{ start: 13, end: 99, type: 'casing' }] }))).toEqual(['spans.0.end: 99 is past the end of the text (length 24)']);
    expect(problems(mt({ spans: [{ start: 5, end: 5, type: 'casing' }] }))).toEqual(['spans.0.end: start must be less than end']);
    expect(problems(mt({ spans: [{ start: 13, end: 17, type: 'casing', quote: 'Kyiv' }] }))).toEqual(['spans.0.quote: does not equal the covered text']);
  });

  it('rejects alignments outside either text', () => {
    const bad = problems({ id: 'r', task: 'reuse', slice: 'r', split: 'dev', label: true, source: { text: 'ab' }, candidate: { text: 'cd' }, alignments: [{ source: { start: 0, end: 3 }, candidate: { start: 0, end: 9 } }] });
    expect(bad).toEqual([
      'alignments.0.source.end: 3 is past the end of the source text (length 2)',
      'alignments.0.candidate.end: 9 is past the end of the candidate text (length 2)',
    ]);
  });

  it('rejects unknown span types, unknown fields, bad slices, lone surrogates and NUL', () => {
    expect(problems(mt({ spans: [{ start: 0, end: 1, type: 'ads-txt' }] }))).toHaveLength(1);
    expect(problems(mt({ extra: 1 }))).toHaveLength(1);
    expect(problems(mt({ slice: '/abs' }))).toHaveLength(1);
    expect(problems(mt({ text: 'a\uD800b', spans: [] }))).toEqual(['text: contains a lone surrogate (not well-formed Unicode)']);
    expect(problems(mt({ text: 'a\u0000b', spans: [] }))).toEqual(['text: contains a NUL character']);
  });
});
