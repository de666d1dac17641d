import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanOutput } from '../../../../src/corpus/generate/mt/apertiumOutput.ts';

describe('cleanOutput', () => {
  it('removes marks and finds the marked words in the cleaned text', () => {
    const raw = '**KHARKIV, Jan 17 - A **drone hit the *distritosdeaumento at 1*h15.';
    const { text, units } = cleanOutput(raw);
    expect(text).toBe('KHARKIV, Jan 17 - A drone hit the distritosdeaumento at 1h15.');
    expect(units.map((u) => [text.slice(u.start, u.end), u.word, u.marks])).toEqual([
      ['KHARKIV', 'KHARKIV', '**'],
      ['drone', 'drone', '**'],
      ['distritosdeaumento', 'distritosdeaumento', '*'],
      ['1h15', '1h15', '*'],
    ]);
  });

  it('keeps the marks inside the spans when asked', () => {
    const { text, units } = cleanOutput('drones #paste the **Lamothe-**Puyo site', true);
    expect(text).toBe('drones #paste the **Lamothe-**Puyo site');
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['#paste', '**Lamothe', '**Puyo']);
    expect(units.map((u) => u.marks)).toEqual(['#', '**', '**']);
  });

  it('deletes the stray spaces Apertium leaves where it dropped a word', () => {
    expect(cleanOutput('in a stable condition,  said.\n\n There was  no comment .').text).toBe('in a stable condition, said.\n\nThere was no comment.');
    expect(cleanOutput('3 March # (News of Aquitania)').text).toBe('3 March (News of Aquitania)');
  });

  it('keeps no-break spaces of French typography', () => {
    expect(cleanOutput('« Person does not » ; 40\u00A0% of 5\u00A0300').text).toBe('« Person does not » ; 40\u00A0% of 5\u00A0300');
    expect(cleanOutput('«\u00A0no\u00A0»').text).toBe('«\u00A0no\u00A0»');
  });

  it('leaves a lone mark out of the clean units but keeps it as a unit in marked text', () => {
    expect(cleanOutput('March # (News').units).toEqual([]);
    const marked = cleanOutput('March # (News', true);
    expect(marked.units.map((u) => marked.text.slice(u.start, u.end))).toEqual(['#']);
  });

  const word = fc.stringMatching(/^[a-zA-Zé]{1,8}$/);
  const token = fc.record({ marks: fc.constantFrom('', '', '*', '**', '#', '@', '#*'), word });

  it('every unit covers exactly one marked token, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 20 }), fc.boolean(), (tokens, keep) => {
        const raw = tokens.map((t) => t.marks + t.word).join(' ');
        const { text, units } = cleanOutput(raw, keep);
        const marked = tokens.filter((t) => t.marks !== '');
        expect(units.map((u) => u.word)).toEqual(marked.map((t) => t.word));
        expect(units.map((u) => text.slice(u.start, u.end))).toEqual(marked.map((t) => (keep ? t.marks + t.word : t.word)));
        expect(text).toBe(keep ? raw : tokens.map((t) => t.word).join(' '));
      }),
    );
  });
});
