import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphRanges, paragraphWindow } from '../../../../src/corpus/generate/mt/labeledDocument.ts';
import { randomWindows, slidingWindows, windowTag } from '../../../../src/corpus/generate/mt/paragraphWindows.ts';
import { random } from '../../../../src/corpus/generate/random.ts';

describe('paragraph windows', () => {
  it('slides over every run of consecutive paragraphs', () => {
    expect(slidingWindows(4, 2).map(windowTag)).toEqual(['p0-2', 'p1-3', 'p2-4']);
    expect(slidingWindows(1, 2)).toEqual([]);
  });

  it('draws distinct windows of the asked sizes, never the whole article (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 4 }), fc.integer(), (n, count, seed) => {
        const ws = randomWindows(n, count, random(seed), { min: 2, max: 4 });
        expect(ws.length).toBeLessThanOrEqual(count);
        expect(new Set(ws.map(windowTag)).size).toBe(ws.length);
        for (const w of ws) {
          expect(w.to - w.from).toBeGreaterThanOrEqual(2);
          expect(w.to - w.from).toBeLessThanOrEqual(4);
          expect(w.from).toBeGreaterThanOrEqual(0);
          expect(w.to).toBeLessThanOrEqual(n);
          expect(w.to - w.from).toBeLessThan(n);
        }
      }),
    );
  });

  it('cuts a window with its spans shifted', () => {
    const text = 'One kyiv.\n\nTwo [leurs] here.\n\nThree « x ».';
    const doc = {
      text,
      spans: [
        { start: 4, end: 8, type: 'casing' as const },
        { start: 15, end: 22, type: 'untranslated' as const },
        { start: 36, end: 37, type: 'typography' as const },
      ],
    };
    expect(paragraphRanges(text)).toEqual([
      { start: 0, end: 9 },
      { start: 11, end: 28 },
      { start: 30, end: 42 },
    ]);
    const w = paragraphWindow(doc, 1, 3);
    expect(w.text).toBe('Two [leurs] here.\n\nThree « x ».');
    expect(w.spans.map((s) => w.text.slice(s.start, s.end))).toEqual(['[leurs]', '«']);
    expect(() => paragraphWindow(doc, 2, 4)).toThrow();
  });
});
