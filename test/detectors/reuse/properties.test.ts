import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/contracts/detection.ts';
import { conceptMatch, conceptOf } from '../../../src/detectors/reuse/concepts.ts';
import { reuseDetector } from '../../../src/detectors/reuse/reuseDetector.ts';
import { BOILERPLATE_LINES, HEAVY_SPIN, HOST, INDEPENDENT, LIGHT_SPIN, SOURCE, UNRELATED_SENTENCES } from './texts.ts';

const detect = async (source: string, candidate: string) => Detection.parse(await reuseDetector.detect({ source, candidate }));
const paragraphs = (t: string) => t.split('\n\n');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const SENTENCES = [...SOURCE, ...HOST, ...INDEPENDENT].join('').split(/(?<=[.!?"])\s+/);
const SPACE = /\s/u;

/** Word → synonym pairs WordNet knows (checked below), as a spinner would swap them. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['residents', 'occupants'],
  ['homes', 'dwellings'],
  ['town', 'township'],
  ['reach', 'attain'],
  ['used', 'employed'],
  ['elderly', 'aged'],
  ['treated', 'handled'],
  ['hospital', 'infirmary'],
  ['expect', 'anticipate'],
  ['section', 'segment'],
  ['government', 'authorities'],
  ['repair', 'mend'],
  ['shut', 'closed'],
  ['funds', 'finances'],
  ['said', 'stated'],
  ['district', 'territory'],
]

describe('reuse properties', () => {
  it('uses WordNet synonyms in the synonym table', () => {
    for (const [a, b] of SYNONYMS) expect(conceptMatch(conceptOf(a), conceptOf(b)), `${a} ~ ${b}`).toBeGreaterThan(0);
  });

  it('returns valid, deterministic detections: ranges inside the texts, trimmed, drift inside alignments', async () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...SENTENCES), { maxLength: 14 }).chain((s) => fc.constantFrom(s.join(' '), s.join('\n\n'), s.join('\n'))),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(text, text, async (source, candidate) => {
        const d = await detect(source, candidate);
        expect(await detect(source, candidate)).toEqual(d);
        for (const a of d.alignments ?? []) {
          expect(a.source.end).toBeLessThanOrEqual(source.length);
          expect(a.candidate.end).toBeLessThanOrEqual(candidate.length);
          for (const [t, r] of [[source, a.source], [candidate, a.candidate]] as const) {
            expect(SPACE.test(t[r.start] as string)).toBe(false);
            expect(SPACE.test(t[r.end - 1] as string)).toBe(false);
          }
        }
        for (const x of d.drift ?? []) {
          expect(x.source.end).toBeLessThanOrEqual(source.length);
          expect(d.alignments?.some((a) => a.candidate.start <= x.candidate.start && x.candidate.end <= a.candidate.end)).toBe(true);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('adding clean content to a copy never adds an alignment or a drift item inside it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(SOURCE, LIGHT_SPIN, HEAVY_SPIN),
        fc.array(fc.constantFrom(...UNRELATED_SENTENCES), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        async (copy, added, at) => {
          const parts = paragraphs(copy);
          const k = 1 + (at % parts.length);
          const before = parts.slice(0, k).join('\n\n');
          const clean = added.join(' ');
          const candidate = `${before}\n\n${clean}${k < parts.length ? `\n\n${parts.slice(k).join('\n\n')}` : ''}`;
          const region = { start: before.length + 2, end: before.length + 2 + clean.length };
          const d = await detect(SOURCE, candidate);
          expect(d.label).toBe(true);
          for (const a of d.alignments ?? []) expect(overlaps(a.candidate, region)).toBe(false);
          for (const x of d.drift ?? []) expect(overlaps(x.candidate, region)).toBe(false);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });

  it('inserting boilerplate lines into a copy does not hide the reuse', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(SOURCE, LIGHT_SPIN, HEAVY_SPIN),
        fc.array(fc.tuple(fc.constantFrom(...BOILERPLATE_LINES), fc.nat()), { minLength: 1, maxLength: 4 }),
        async (copy, inserts) => {
          const lines = copy.split('\n');
          for (const [line, at] of inserts) lines.splice(at % (lines.length + 1), 0, line);
          const d = await detect(SOURCE, lines.join('\n'));
          expect(d.label).toBe(true);
          expect(d.score).toBeGreaterThan(0.9);
        },
      ),
      { numRuns: 25, seed: 13 },
    );
  });

  it('swapping synonyms keeps reuse', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([...SYNONYMS], { minLength: 1 }), async (swaps) => {
        let spun = SOURCE;
        for (const [a, b] of swaps) spun = spun.replaceAll(new RegExp(`\\b${a}\\b`, 'g'), b);
        const d = await detect(SOURCE, spun);
        expect(d.label).toBe(true);
        expect(d.score).toBeGreaterThan(0.99);
        expect(d.drift).toEqual([]);
      }),
      { numRuns: 25, seed: 17 },
    );
  });

  it('the alignment of a lifted paragraph does not depend on unrelated text around it', async () => {
    const body = paragraphs(SOURCE).slice(1);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: body.length - 1 }),
        fc.array(fc.constantFrom(...UNRELATED_SENTENCES), { maxLength: 4 }),
        fc.array(fc.constantFrom(...UNRELATED_SENTENCES), { maxLength: 4 }),
        async (k, before, after) => {
          const lifted = body[k] as string;
          const head = before.length ? `${before.join(' ')}\n\n` : '';
          const candidate = `${head}${lifted}${after.length ? `\n\n${after.join(' ')}` : ''}`;
          const d = await detect(SOURCE, candidate);
          const start = SOURCE.indexOf(lifted);
          expect(d.alignments).toContainEqual(
            expect.objectContaining({ source: { start, end: start + lifted.length }, candidate: { start: head.length, end: head.length + lifted.length } }),
          );
          expect(d.alignments).toHaveLength(1);
        },
      ),
      { numRuns: 25, seed: 19 },
    );
  });
});
