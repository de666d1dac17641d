import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { random } from '../../../../src/corpus/generate/random.ts';
import {
  chooseTargets,
  driftDate,
  driftNumber,
  figureAndDateTargets,
  nameTargets,
  surnames,
} from '../../../../src/corpus/generate/reuse/drift.ts';

describe('drift', () => {
  it('finds figures, dates and recurring surnames with their kinds', () => {
    const text = 'QUITO, Feb 24 - Voters chose Endara, 44, with 38.4% on Monday. Turnout favoured Endara in 2023, and KMV-2 trials went on.';
    const found = figureAndDateTargets(text).map((t) => [t.text, t.kind]);
    expect(found).toEqual([
      ['24', 'date'],
      ['44', 'number'],
      ['38.4', 'number'],
      ['Monday', 'date'],
      ['2023', 'date'],
    ]);
    expect(surnames(text, () => false)).toEqual(['Endara']);
    expect(nameTargets(text, ['Endara']).map((t) => text.slice(t.start, t.end))).toEqual(['Endara', 'Endara']);
  });

  it('changes "42" by permuting its digits', () => {
    expect(driftNumber('42', random(1))).toBe('24');
  });

  it('property: a drifted figure differs but keeps its shape', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,2}(?:,\d{3})?(?:\.\d{1,2})?$/), fc.integer(), (value, seed) => {
        const next = driftNumber(value, random(seed));
        expect(next).not.toBe(value);
        expect(next.replace(/\d/g, '9')).toBe(value.replace(/\d/g, '9'));
        expect(next[0]).not.toBe('0');
      }),
    );
  });

  it('property: a drifted date stays a valid date of the same kind', () => {
    fc.assert(
      fc.property(fc.constantFrom('Monday', 'Sunday', 'March', 'Sept', '1', '24', '31', '2024'), fc.integer(), (value, seed) => {
        const next = driftDate(value, random(seed));
        expect(next).not.toBe(value);
        if (/^\d{1,2}$/.test(value)) expect(Number(next)).toBeGreaterThanOrEqual(1);
        if (/^\d{1,2}$/.test(value)) expect(Number(next)).toBeLessThanOrEqual(28);
        if (value.length === 4 && /\d/.test(value)) expect(Math.abs(Number(next) - 2024)).toBeLessThanOrEqual(3);
        if (/day$/.test(value)) expect(next).toMatch(/day$/);
      }),
    );
  });

  it('chooses non-overlapping targets of distinct kinds first', () => {
    const text = 'On Monday 42 people met Endara and Endara met 7 more on Friday.';
    const targets = [...figureAndDateTargets(text), ...nameTargets(text, ['Endara'])];
    const chosen = chooseTargets(targets, 3, random(3));
    expect(new Set(chosen.map((t) => t.kind))).toEqual(new Set(['number', 'date', 'name']));
  });
});
