import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflect, lemmaCandidates, spells } from '../../../../src/corpus/generate/reuse/inflection.ts';

describe('inflect', () => {
  it.each([
    ['city', 'plural', 'n', 'cities'],
    ['bus', 'plural', 'n', 'buses'],
    ['photo', 'plural', 'n', 'photos'],
    ['newsman', 'plural', 'n', 'newsmen'],
    ['child', 'plural', 'n', 'children'],
    ['raise', 'pastOrParticiple', 'v', 'raised'],
    ['carry', 'pastOrParticiple', 'v', 'carried'],
    ['take', 'past', 'v', 'took'],
    ['take', 'participle', 'v', 'taken'],
    ['hold', 'pastOrParticiple', 'v', 'held'],
    ['make', 'ing', 'v', 'making'],
    ['die', 'ing', 'v', 'dying'],
    ['rise', 'third', 'v', 'rises'],
  ] as const)('%s + %s = %s', (lemma, form, pos, expected) => {
    expect(inflect(lemma, form, pos)).toBe(expected);
  });

  it('refuses spellings it cannot decide', () => {
    expect(inflect('stop', 'pastOrParticiple', 'v')).toBeUndefined(); // stopped or stoped?
    expect(inflect('begin', 'pastOrParticiple', 'v')).toBeUndefined(); // began ≠ begun
    expect(inflect('quick', 'past', 'a')).toBeUndefined();
  });

  it('finds the lemma of regular and irregular forms', () => {
    expect(lemmaCandidates('cities')).toContainEqual({ lemma: 'city', form: 'plural' });
    expect(lemmaCandidates('stopped')).toContainEqual({ lemma: 'stop', form: 'pastOrParticiple' });
    expect(lemmaCandidates('won')).toContainEqual({ lemma: 'win', form: 'pastOrParticiple' });
    expect(lemmaCandidates('taken')).toContainEqual({ lemma: 'take', form: 'participle' });
    expect(lemmaCandidates('newsmen')).toContainEqual({ lemma: 'newsman', form: 'plural' });
  });

  it('property: an inflected form leads back to its lemma', () => {
    const lemma = fc.stringMatching(/^[bcdfghklmnprstvw][aeiou][bcdfgklmnprstvz][aeiou]?[a-z]{0,4}$/);
    const form = fc.constantFrom('plural', 'third', 'pastOrParticiple', 'ing' as const);
    fc.assert(
      fc.property(lemma, form, (l, f) => {
        const pos = f === 'plural' ? 'n' : 'v';
        const w = inflect(l, f, pos);
        if (w === undefined) return;
        const back = lemmaCandidates(w).filter((c) => c.lemma === l);
        expect(back.length, `${l} → ${w}`).toBeGreaterThan(0);
        expect(back.some((c) => spells(c.lemma, c.form, pos, w))).toBe(true);
      }),
    );
  });
});
