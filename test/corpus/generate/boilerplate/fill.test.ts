import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersOf, splitBlock } from '../../../../src/corpus/generate/boilerplate/fill.ts';
import { random } from '../../../../src/corpus/generate/random.ts';

describe('placeholdersOf', () => {
  it('lists every occurrence in order, repeats kept', () => {
    expect(placeholdersOf('By {person} and {person}, {agency}')).toEqual(['person', 'person', 'agency']);
    expect(placeholdersOf('no placeholders, {not one} either')).toEqual([]);
  });
});

describe('splitBlock', () => {
  it('splits on " || " only, trimming and dropping empty parts', () => {
    expect(splitBlock('A || B ||  C ')).toEqual(['A', 'B', 'C']);
    expect(splitBlock('Print | Email | Share')).toEqual(['Print | Email | Share']);
  });
});

describe('fillTemplate', () => {
  const params = { a: ['x', 'y'], b: ['1'] };

  it('fills every placeholder and splits multi-line templates', () => {
    expect(fillTemplate('{b} || Next {b}', params, random(1))).toEqual(['1', 'Next 1']);
  });

  it('fills each occurrence independently', () => {
    const seen = new Set<string>();
    const r = random(2026);
    for (let k = 0; k < 64; k++) seen.add(fillTemplate('{a} and {a}', params, r).join(''));
    expect(seen).toEqual(new Set(['x and x', 'x and y', 'y and x', 'y and y']));
  });

  it('throws on a placeholder without values', () => {
    expect(() => fillTemplate('Hello {nobody}', params, random(1))).toThrow(/\{nobody\}/);
  });

  it('leaves no placeholder and no block joiner, and is deterministic per seed', () => {
    const part = fc.constantFrom('{a}', '{b}', 'text', ' ', ',', ' || ');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.integer(), (parts, seed) => {
        const template = parts.join('');
        const lines = fillTemplate(template, params, random(seed));
        expect(lines.join('\n')).not.toMatch(/\{[ab]\}| \|\| /);
        for (const l of lines) expect(l).toBe(l.trim());
        expect(fillTemplate(template, params, random(seed))).toEqual(lines);
      }),
    );
  });
});
