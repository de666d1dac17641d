import { describe, expect, it } from 'vitest';
import { Detection } from '../../../src/contracts/detection.ts';
import { mtReference } from '../../../src/detectors/mt/mt.ts';

/** The detection with its spans as `type:quoted text`. */
function run(text: string) {
  const d = Detection.parse(mtReference.detect({ text }));
  return { d, found: (d.spans ?? []).map((s) => `${s.type}:${text.slice(s.start, s.end)}`) };
}

describe('mt detector: artifacts it must find', () => {
  it('finds rule-based MT marks, typed by mark', () => {
    const { found } = run('Three drones #paste the substation near **Kharkiv, officials said.');
    expect(found).toEqual(['grammar:#paste', 'untranslated:**Kharkiv']);
  });

  it('finds French typography', () => {
    const text = 'The surface reaches 12,5 km2 according to the prefecture. The director declared\u00a0: « we are satisfied », with 5\u00a0300 hectares and 40\u00a0% of the vote at 10h30.';
    const { found } = run(text);
    expect(found).toEqual(['typography:12,5', 'typography:km2', 'typography:\u00a0:', 'typography:«', 'typography:»', 'typography:5\u00a0300', 'typography:\u00a0%', 'typography:10h30']);
  });

  it('finds Chinese and Japanese full-width punctuation left in English', () => {
    const text = 'The exhibition shows the experience of everyday creation 。 Editor: Li Xufeng Font:【Large Medium Small】';
    expect(run(text).found).toEqual(['typography:。', 'typography:【', 'typography:】']);
  });

  it('finds untranslated French and Spanish words, bare and bracketed, and glued multiword units', () => {
    const text = 'The viticulteurs say the plan is insufficient, and the minister has fustigé the deal. Residents expressed [leurs] concerns about a huelgade48 hours in the basadoenOsaka carrier.';
    const { found, d } = run(text);
    expect(found).toEqual(['untranslated:viticulteurs', 'untranslated:fustigé', 'untranslated:[leurs]', 'untranslated:huelgade48', 'untranslated:basadoenOsaka']);
    expect(d.label).toBe(true);
  });

  it('finds lowercased names: gazetteer, the document’s own names, names next to names', () => {
    const text = 'Officials in kyiv met on monday. Covoya said the breach was contained. Later covoya confirmed it, said Amina wekesa, who led the talks.';
    expect(run(text).found).toEqual(['casing:kyiv', 'casing:monday', 'casing:covoya', 'casing:wekesa']);
  });

  it('finds literal one-word sentences, non-Latin script and repetition loops', () => {
    const text = 'The council approved the budget. Anyway. The film "Овсянки" was withdrawn. He visited the University of Bern, Bern, Bern, Bern, Bern, and left.';
    expect(run(text).found).toEqual(['mistranslation:Anyway.', 'untranslated:Овсянки', 'other:Bern, Bern, Bern, Bern, Bern']);
  });

  it('finds a loop of a whole clause (ten words, five copies)', () => {
    const clause = 'the history of the people who lived in the country';
    const text = `The video is a great way to learn about the history of the town, ${Array(5).fill(clause).join(', ')}.`;
    expect(run(text).found).toEqual([`other:${Array(5).fill(clause).join(', ')}`]);
  });

  it('leaves a clause said three times alone (rhetoric, a refrain)', () => {
    const clause = 'we will not give up on the people of this city';
    expect(run(`The mayor told the crowd: ${Array(3).fill(clause).join(', ')}.`).found).toEqual([]);
  });

  it('scores literal round-trip English high even without any span', () => {
    const text =
      'Owners of Kustland the stock is being offered 0.84 of an again issued Maasbank action for each action hold. Kustland Went up 22.6 by cent, the pair announced the Wednesday, in a value of exchange of the action of 2.3 billions euros.';
    const { d } = run(text);
    expect(d.spans).toEqual([]);
    expect(d.label).toBe(true);
    const names = (d.signals ?? []).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['capitalisedFunctionWord', 'dateCalque', 'pluralMultiplier']));
  });
});

describe('mt detector: fluent human English it must leave alone', () => {
  const clean = [
    // names, quotes, a French loanword, British spelling, "per cent"
    'Maasbank chief executive Pieter van Halsema told reporters at the café on the Wilhelminakade that "scale is no longer optional". The organisation expects a 12 per cent rise in favourable reviews of its colour scheme.',
    // "Union" and "union": a name and a common word
    'The European Union said on Monday that the union of the two banks would be reviewed. Union officials and trade union leaders met in Brussels.',
    // a title-case headline, a Chinese name, vice versa, a double entendre
    'India’s PM To Attend Temple Groundbreaking At Disputed Site\nXi Jinping met Li Qiang in Beijing, and vice versa the delegation met him; the pun was a double entendre.',
    // links, handles, hashtags, a table of figures
    'Read more at https://example.com/news?id=5 or www.bbc.co.uk, follow @newsdesk and #Election2024.\nPlays 74 100% 7 tackles\nTotal 1,250 9.5',
    // Ukrainian style: "russia" written in lowercase on purpose, throughout
    'The shelling by russia continued overnight. Officials said russia had fired 40 missiles, and russia denied it.',
    // weekdays and dates used correctly
    'The Wednesday meeting was cancelled. On the Friday before the vote, ministers met on 6 August and again on the 7th of August.',
    // rhetoric, dialogue and Latin set phrases
    'It was a very, very long night. "Well," she said, "we will see." Then the talks resumed.',
    'He waved them in: "Come in, come in, come in," he said. The deal covers, inter alia, prices. Does it have a future?',
  ];
  for (const text of clean)
    it(`no span and a low score: ${text.slice(0, 50)}…`, () => {
      const { d, found } = run(text);
      expect(found).toEqual([]);
      expect(d.label).toBe(false);
      expect(d.score).toBeLessThan(0.3);
    });

  it('explains every prediction with named signals and a document score', () => {
    const { d } = run('Officials in kyiv met [leurs] partners.');
    const names = (d.signals ?? []).map((s) => s.name);
    expect(names).toContain('documentScore');
    expect(names).toContain('bracketedWord');
    expect(names.some((n) => n.startsWith('untranslated@'))).toBe(true);
  });
});
