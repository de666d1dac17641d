/**
 * Unicode robustness: NFC vs NFD, zero-width characters, non-breaking spaces and right-to-left
 * text. The documented behaviour, as properties:
 * - the normalize kernel maps NFC and NFD forms (and NBSP vs space, zero-width characters) to the
 *   same normalized text, with offsets that map back inside the original;
 * - every detector returns a valid detection with spans inside the text for any such input, the
 *   same detection for the same input, and ranges that start and end on code-point boundaries;
 * - the reference reuse detector finds reuse between a text and its NFD or NBSP-spaced copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../src/contracts/detection.ts';
import { DETECTORS } from '../../src/detectors/registry.ts';
import { normalize, sourceSpan } from '../../src/kernels/index.ts';

const pieces = ['café', 'Kyiv', 'naïve', 'Zürich', 'Ελλάδα', 'עברית', 'العربية', '\u200b', '\u200d', '\u00a0', '\u202f', ' ', '\n', 'e\u0301', 'ﬁ', '😀', '\u200f', 'the', 'mayor', 'said', '.', ','];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(' '));
const isBoundary = (s: string, i: number) => i === 0 || i === s.length || !(/[\uDC00-\uDFFF]/.test(s[i] as string) && /[\uD800-\uDBFF]/.test(s[i - 1] as string));

describe('Unicode robustness', () => {
  it('normalize: NFC and NFD, NBSP and space, zero-width characters give the same text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const base = normalize(s.normalize('NFC')).text;
        expect(normalize(s.normalize('NFD')).text).toBe(base);
        expect(normalize(s.normalize('NFC').replace(/\u00a0|\u202f/g, ' ')).text).toBe(base);
        expect(normalize(s.replace(/[\u200b\u200d]/g, '')).text.replace(/\s+/g, ' ')).toBe(base.replace(/\s+/g, ' '));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('normalize: offsets map back inside the original text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalize(s);
        for (let i = 0; i + 1 <= n.text.length; i += Math.max(1, Math.floor(n.text.length / 7))) {
          const span = sourceSpan(n, i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(s.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 200, seed: 22 },
    );
  });

  it('every detector: valid, deterministic detections with spans on code-point boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (a, b) => {
        for (const d of DETECTORS) {
          const input = d.task === 'reuse' ? { source: a, candidate: b } : { text: a };
          const first = Detection.parse(await d.detect(input as never));
          expect(await d.detect(input as never)).toEqual(first);
          for (const s of first.spans ?? []) {
            expect(s.end).toBeLessThanOrEqual(a.length);
            expect(isBoundary(a, s.start) && isBoundary(a, s.end), `${d.id} span ${s.start}-${s.end}`).toBe(true);
          }
          for (const al of first.alignments ?? []) {
            expect(al.source.end).toBeLessThanOrEqual(a.length);
            expect(al.candidate.end).toBeLessThanOrEqual(b.length);
          }
        }
      }),
      { numRuns: 60, seed: 23 },
    );
  }, 120_000);

  it('reuse: a text and its NFD or NBSP-spaced copy are reuse for the reference detector', async () => {
    const reuse = DETECTORS.find((d) => d.task === 'reuse' && !d.baseline && d.id === 'reuse');
    if (!reuse) return expect(DETECTORS.some((d) => d.task === 'reuse')).toBe(true);
    const source =
      'The mayor of Zürich said on Tuesday that the café on the riverbank would reopen in March after repairs costing 1.2 million francs. Residents welcomed the decision, the council said.';
    for (const candidate of [source.normalize('NFD'), source.replace(/ /g, '\u00a0'), source.replace(/ /g, ' \u200b')]) {
      const d = await reuse.detect({ source, candidate } as never);
      expect(d.label).toBe(true);
    }
  });
});
