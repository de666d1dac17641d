import { describe, expect, it } from 'vitest';
import { boilerplateLinePatterns } from '../../src/detectors/boilerplate/linePatterns.ts';
import { boilerplateUrlBaseline } from '../../src/detectors/boilerplate/urlBaseline.ts';
import { mtArtifactRules } from '../../src/detectors/mt/artifactRules.ts';
import { reuseDiceBaseline } from '../../src/detectors/reuse/diceBaseline.ts';
import { reuseWordShingles } from '../../src/detectors/reuse/wordShingles.ts';

const source = 'Russian drone strikes damaged two power substations near Odesa overnight, leaving 42,000 homes without electricity, the governor said.';

describe('first detectors', () => {
  it('reuse: a copy scores high, an unrelated text low', async () => {
    for (const d of [reuseWordShingles, reuseDiceBaseline]) {
      const copy = await d.detect({ source, candidate: source });
      const other = await d.detect({ source, candidate: 'Wheat prices fell for a third day in Chicago on weak export demand.' });
      expect(copy.label, d.id).toBe(true);
      expect(other.label, d.id).toBe(false);
      expect(copy.score).toBeGreaterThan(other.score);
    }
  });

  it('mt: flags a lowercased proper noun, a bracketed word and foreign typography', async () => {
    const text = 'Officials in Kyiv met on Monday. Later kyiv said the [leurs] plan covers 12,5 km2 : « soon ».';
    const d = await mtArtifactRules.detect({ text });
    const found = (d.spans ?? []).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
    expect(found).toEqual(expect.arrayContaining(['casing:kyiv', 'untranslated:[leurs]', 'typography:12,5', 'typography:km2', 'typography:«', 'typography:»']));
    expect(d.label).toBe(true);
    expect((await mtArtifactRules.detect({ text: 'Officials in Kyiv met on Monday and agreed a plan.' })).label).toBe(false);
  });

  it('boilerplate: flags an ads.txt record and a credit line, keeps the headline', async () => {
    const text = 'Council approves tram line\nadnexa.com, pub-4830129947561203, DIRECT, f08c47fec0942fa0\nThe council voted on Thursday.\nPhoto: Marie Dubois/Northgate Images';
    const d = await boilerplateLinePatterns.detect({ text });
    expect((d.spans ?? []).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['ads-txt', 'adnexa.com, pub-4830129947561203, DIRECT, f08c47fec0942fa0'],
      ['image-credit', 'Photo: Marie Dubois/Northgate Images'],
    ]);
    const base = await boilerplateUrlBaseline.detect({ text: 'Read it at https://x.example\nPlain line' });
    expect(base.spans).toEqual([{ start: 0, end: 28, type: 'other' }]);
  });
});
