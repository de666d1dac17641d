import { describe, expect, it } from 'vitest';
import { random } from '../../../../src/corpus/generate/random.ts';
import { capitalize, decapitalize, lowercaseVocabulary } from '../../../../src/corpus/generate/reuse/casing.ts';
import { addFiller } from '../../../../src/corpus/generate/reuse/fillerInsert.ts';
import { curlyQuotes, normaliseParagraph } from '../../../../src/corpus/generate/reuse/normalise.ts';
import { swapPhrases } from '../../../../src/corpus/generate/reuse/phraseSwap.ts';
import { swapPossessives } from '../../../../src/corpus/generate/reuse/possessiveSwap.ts';

const ALWAYS = { ampersand: 1, paraphrase: 1, quotes: false };

describe('phrase swaps', () => {
  it('rewrites "and", stock phrases and contractions outside quotes only', () => {
    const text = 'The mayor and the council said on Monday that more than 4,000 homes did not have power. "Water and power are back," she said.';
    const r = swapPhrases(text, random(1), ALWAYS);
    expect(r.text).toContain('mayor & the council');
    expect(r.text).toMatch(/didn't have power/);
    expect(r.text).not.toContain('more than 4,000');
    expect(r.text).toContain('"Water and power are back,"');
    expect(r.ampersands).toBe(1);
  });

  it('keeps figures: only the thousands separator may go', () => {
    const r = swapPhrases('It cost 1,150 euros, 12 per cent more.', random(2), ALWAYS);
    expect(r.text).toMatch(/1150 euros/);
    expect(r.text).toMatch(/12%/);
  });

  it('can reach into quotes when asked', () => {
    expect(swapPhrases('"Water and power are back," she said.', random(1), { ...ALWAYS, quotes: true }).text).toContain('Water & power');
  });
});

describe('possessive swaps', () => {
  it('turns "X\'s Y" into "the Y of X" for whole noun phrases only', () => {
    expect(swapPossessives("Ecuador's local elections have no runoff.", random(1), 1).text).toBe('The local elections of Ecuador have no runoff.');
    expect(swapPossessives("He praised the city's water company.", random(1), 1).text).toBe('He praised the water company of the city.');
    expect(swapPossessives("Traders said the Baltic's busiest ports were shut.", random(1), 1).text).toBe(
      'Traders said the busiest ports of the Baltic were shut.',
    );
    expect(swapPossessives("Endara's margin grew steadily.", random(1), 1).text).toBe("Endara's margin grew steadily."); // may run on
    expect(swapPossessives('"Ecuador\'s voters have spoken," she said.', random(1), 1).count).toBe(0);
  });
});

describe('casing and fillers', () => {
  const vocabulary = lowercaseVocabulary('The shipping lines said. Endara won. Mark Lopez spoke, and Mark agreed.');
  it('lowercases common words, not names', () => {
    expect(decapitalize('Shipping lines stopped', vocabulary)).toBe('shipping lines stopped');
    expect(decapitalize('Economists warned', vocabulary)).toBe('economists warned'); // a dictionary word
    expect(decapitalize('Endara won', vocabulary)).toBe('Endara won');
    expect(decapitalize('Mark agreed', vocabulary)).toBe('Mark agreed'); // capitalised mid-sentence in the text
    expect(capitalize('212 deaths were recorded')).toBe('212 deaths were recorded');
    expect(capitalize('"the count"')).toBe('"The count"');
  });

  it('adds fillers only where a sentence may change its opening', () => {
    expect(addFiller('The council met.', random(1), vocabulary)).toMatch(/^[A-Z][a-zA-Z ]+, the council met\.$/);
    expect(addFiller('"We won," she said.', random(1), vocabulary)).toBeUndefined();
    expect(addFiller('QUITO, Feb 24 (Wire) - Voters chose.', random(1), vocabulary)).toBeUndefined();
  });
});

describe('normalisation', () => {
  it('changes only quote marks and spacing', () => {
    expect(curlyQuotes(`"It's late," he said.`)).toBe('\u201CIt\u2019s late,\u201D he said.');
    expect(normaliseParagraph('One. Two.', 'double-spaced')).toBe('One.  Two.');
  });
});
