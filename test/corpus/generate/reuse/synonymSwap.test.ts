import { describe, expect, it } from 'vitest';
import { random } from '../../../../src/corpus/generate/random.ts';
import { matchCase, swapSynonyms, synonymsFor } from '../../../../src/corpus/generate/reuse/synonymSwap.ts';
import { wordTokens } from '../../../../src/corpus/generate/reuse/tokens.ts';
import { loadWordNet } from '../../../../src/corpus/generate/reuse/wordnet.ts';

const LIGHT = { minTags: [1], strictPos: true, multiword: false, quotes: false };
const text =
  'Valeria Endara, an urban planner who campaigned on fixing the ageing water network, has won the race with 38.4% of valid votes, ' +
  'provisional results showed. "We have no more excuses," she told supporters in the Plaza Grande.';

describe('synonymsFor', () => {
  const wn = loadWordNet();
  const token = (w: string) => wordTokens(text).find((t) => t.text === w);

  it('offers same-synset, inflected, single-word synonyms of content words', () => {
    const s = synonymsFor(token('results') as never, wn, LIGHT);
    expect(s.length).toBeGreaterThan(0);
    for (const w of s) expect(w).toMatch(/^[a-z]+s$/); // plural like "results"
  });

  it('offers nothing for names, figures, quoted speech and function words', () => {
    for (const w of ['Endara', 'Plaza', 'Grande', 'excuses', 'the', 'has', 'with']) expect(synonymsFor(token(w) as never, wn, LIGHT), w).toEqual([]);
  });
});

describe('swapSynonyms', () => {
  it('swaps about the asked share of content words and leaves names, figures and quotes alone', () => {
    const r = swapSynonyms(text, random(4), { rate: 0.25, ...LIGHT });
    expect(r.swapped).toBe(Math.min(r.eligible, Math.round(0.25 * r.contentWords)));
    expect(r.swapped).toBeGreaterThan(0);
    expect(r.text).not.toBe(text);
    for (const keep of ['Valeria Endara', '38.4%', '"We have no more excuses,"', 'Plaza Grande']) expect(r.text).toContain(keep);
  });

  it('is deterministic for a seed', () => {
    expect(swapSynonyms(text, random(9), { rate: 0.5, ...LIGHT }).text).toBe(swapSynonyms(text, random(9), { rate: 0.5, ...LIGHT }).text);
  });

  it('copies capitalisation', () => {
    expect(matchCase('result', 'Outcome')).toBe('Result');
    expect(matchCase('result', 'OUTCOME')).toBe('RESULT');
    expect(matchCase('result', 'outcome')).toBe('result');
  });
});
