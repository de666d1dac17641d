/**
 * Metamorphic properties of the MT detector (fast-check, fixed seeds): valid and deterministic
 * output for any text; clean English added to a text never gets a span; the spans of a line do
 * not depend on unrelated lines; capitalising a lowercased name removes its casing span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PredictedSpan } from '../../../src/contracts/detection.ts';
import { Detection } from '../../../src/contracts/detection.ts';
import { mtReference } from '../../../src/detectors/mt/mt.ts';

const detect = (text: string) => Detection.parse(mtReference.detect({ text }));

/** Fluent English sentences with names, figures and quotes, none of which is an artifact. */
const CLEAN = [
  'The council approved the budget on Tuesday after a long debate.',
  'Officials in Kyiv said the repairs would take three weeks.',
  'Prices rose 2.4 per cent in March, the statistics office said.',
  '"We are not stopping," said Maria Kovalenko, who leads the union.',
  'The European Commission will publish its report in the autumn.',
  'About 1,150 jobs will go, according to a joint statement.',
  'Shares in the company fell sharply in early trading in London.',
  'The minister told reporters that the plan had broad support.',
];
/** Lines with artifacts whose detection needs nothing outside the line. */
const ARTIFACTS = [
  'The residents expressed [leurs] concerns about the heating.',
  'Three drones #paste the substation near **Kharkiv overnight.',
  'The park covers 12,5 km2 and the director declared\u00a0: « we are satisfied ».',
  'The viticulteurs say the plan has been fustigé by the unions.',
  'A huelgade48 hours hit the basadoenOsaka carrier this week.',
  'Turnout reached 40\u00a0% and 5\u00a0300 people voted by 10h30.',
  'The talks resumed after lunch. Anyway. The ministers left at dusk.',
  'He visited the University of Bern, Bern, Bern, Bern, Bern, and left.',
];

const spansIn = (spans: readonly PredictedSpan[], from: number, to: number) => spans.filter((s) => s.start < to && from < s.end);

describe('mt detector properties', () => {
  it('returns a valid, deterministic detection with sorted, disjoint spans inside the text, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const d = detect(text);
        expect(detect(text)).toEqual(d);
        expect(d.score).toBeGreaterThanOrEqual(0);
        expect(d.score).toBeLessThanOrEqual(1);
        let end = 0;
        for (const s of d.spans ?? []) {
          expect(s.start).toBeGreaterThanOrEqual(end);
          expect(s.end).toBeLessThanOrEqual(text.length);
          end = s.end;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('adding a clean English sentence adds no span inside it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLEAN, ...ARTIFACTS), { minLength: 1, maxLength: 6 }), fc.constantFrom(...CLEAN), fc.nat(), (lines, added, at) => {
        const k = at % (lines.length + 1);
        const before = lines.slice(0, k).join('\n\n');
        const text = [...lines.slice(0, k), added, ...lines.slice(k)].join('\n\n');
        const start = before.length === 0 ? 0 : before.length + 2;
        expect(spansIn(detect(text).spans ?? [], start, start + added.length)).toEqual([]);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('the spans of a line do not depend on unrelated lines around it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARTIFACTS), fc.array(fc.constantFrom(...CLEAN), { maxLength: 4 }), fc.array(fc.constantFrom(...CLEAN), { maxLength: 4 }), (line, above, below) => {
        const alone = (detect(line).spans ?? []).map(({ start, end, type }) => ({ start, end, type }));
        const head = above.map((l) => `${l}\n\n`).join('');
        const text = head + line + below.map((l) => `\n\n${l}`).join('');
        const inContext = spansIn(detect(text).spans ?? [], head.length, head.length + line.length).map(({ start, end, type }) => ({ start: start - head.length, end: end - head.length, type }));
        expect(inContext).toEqual(alone);
        expect(alone.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 13 },
    );
  });

  it('capitalising a lowercased proper noun removes its casing span', () => {
    const NAMES = ['Kyiv', 'Rotterdam', 'Monday', 'Europe', 'Lisbon', 'Portugal', 'October'];
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...CLEAN), { maxLength: 3 }), (name, context) => {
        const lead = context.join(' ');
        const sentence = `The delegation travelled to ${name.toLowerCase()} for the talks.`;
        const text = lead ? `${lead} ${sentence}` : sentence;
        const at = text.indexOf(` ${name.toLowerCase()} `) + 1;
        const casing = (t: string) => (detect(t).spans ?? []).filter((s) => s.type === 'casing' && s.start === at);
        expect(casing(text)).toHaveLength(1);
        const fixed = text.slice(0, at) + name + text.slice(at + name.length);
        expect(casing(fixed)).toHaveLength(0);
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
