import { describe, expect, it } from 'vitest';
import { assemble, positionOf, render } from '../../../../src/corpus/generate/boilerplate/document.ts';

describe('assemble and render', () => {
  it('lays out paragraphs and insertions with their own separators and one span per labeled line', () => {
    const blocks = assemble(
      ['P one.', 'P two.'],
      [
        { gap: 0, block: { lines: ['By Ann Lee'], family: 'byline', after: '\n' } },
        { gap: 1, block: { lines: ['Related', '• A story'], family: 'related-articles', before: '\n\n', after: '\n' } },
        { gap: 1, block: { lines: ['What happens next'], before: '\n' } },
        { gap: 2, block: { lines: ['© 2024 Post'], family: 'legal-footer', before: '\n' } },
      ],
    );
    const { text, spans } = render(blocks);
    expect(text).toBe('By Ann Lee\nP one.\n\nRelated\n• A story\nWhat happens next\n\nP two.\n© 2024 Post');
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual([
      ['By Ann Lee', 'byline'],
      ['Related', 'related-articles'],
      ['• A story', 'related-articles'],
      ['© 2024 Post', 'legal-footer'],
    ]);
  });

  it('joins plain paragraphs with a blank line and honours a block joiner', () => {
    expect(render(assemble(['A', 'B'], [])).text).toBe('A\n\nB');
    expect(render(assemble(['A'], [{ gap: 1, block: { lines: ['x', 'y'], joiner: '\n\n', family: 'other' } }])).text).toBe('A\n\nx\n\ny');
  });

  it('rejects gaps out of range, empty blocks and labeled lines that are not one trimmed line', () => {
    expect(() => assemble(['A'], [{ gap: 2, block: { lines: ['x'] } }])).toThrow(/gap 2/);
    expect(() => render([{ lines: [] }])).toThrow(/no lines/);
    expect(() => render([{ lines: ['a\nb'], family: 'byline' }])).toThrow(/one trimmed/);
    expect(() => render([{ lines: [' a'], family: 'byline' }])).toThrow(/one trimmed/);
  });

  it('names positions', () => {
    expect([0, 1, 3].map((g) => positionOf(g, 3))).toEqual(['top', 'between', 'bottom']);
  });
});
