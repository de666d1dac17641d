import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../../src/corpus/generate/mt/englishLexicon.ts';
import { foreignTypography } from '../../../../src/corpus/generate/mt/foreignTypography.ts';
import { foreignWords } from '../../../../src/corpus/generate/mt/foreignLexicon.ts';
import { injectArtifacts } from '../../../../src/corpus/generate/mt/injectArtifacts.ts';
import { casingSites, injectCasing } from '../../../../src/corpus/generate/mt/injectCasing.ts';
import { injectMistranslation, ONE_WORD_SENTENCES, sentenceEnds } from '../../../../src/corpus/generate/mt/injectMistranslation.ts';
import { applyEdits } from '../../../../src/corpus/generate/mt/injection.ts';
import { injectTypography } from '../../../../src/corpus/generate/mt/injectTypography.ts';
import { injectUntranslated } from '../../../../src/corpus/generate/mt/injectUntranslated.ts';
import { UNTRANSLATED_WORDS } from '../../../../src/corpus/generate/mt/untranslatedWords.ts';
import { random } from '../../../../src/corpus/generate/random.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';

const fresh = (text: string) => ({ text, spans: [] });
const run = (injector: typeof injectCasing, text: string, seed = 1, lang: 'fr' | 'es' = 'fr') => {
  const r = injector(fresh(text), random(seed), { lang });
  return r === undefined ? undefined : applyEdits(fresh(text), r.edits);
};

describe('injectors', () => {
  it('lowercases a name or day in mid-sentence, never a sentence start or English word', () => {
    expect(casingSites('Kharkiv was hit, and Sydorchuk spoke on Friday. Power returned.').map((s) => s.word)).toEqual(['Sydorchuk', 'Friday']);
    expect(run(injectCasing, 'Power was cut in Kharkiv overnight.')?.text).toBe('Power was cut in kharkiv overnight.');
    expect(run(injectCasing, 'The Bank said so. Kharkiv was hit.')).toBeUndefined();
  });

  it('leaves a French or Spanish word in place of its English one', () => {
    for (let seed = 0; seed < 20; seed++) {
      const out = run(injectUntranslated, 'Farmers voiced their concerns.', seed, 'fr');
      expect(['Farmers voiced [leurs] concerns.', 'Farmers voiced leurs concerns.']).toContain(out?.text);
      expect(out?.spans[0]?.type).toBe('untranslated');
    }
    expect(run(injectUntranslated, 'Their homes.', 3, 'es')?.text).toBe('[Sus] homes.'); // "sus" is English too: never bare
    expect(run(injectUntranslated, 'Xyz qqq.')).toBeUndefined();
  });

  it('writes French typography that the typography finder recognises', () => {
    const text = 'He said: "We will rebuild." Output rose 3.5 percent to 140,000 tonnes, 12% more, over 30 square kilometres.';
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const r = injectTypography(fresh(text), random(seed), { lang: 'fr' });
      if (r === undefined) throw new Error('no typography site');
      seen.add(r.detail.variant as string);
      const out = applyEdits(fresh(text), r.edits);
      const found = foreignTypography(out.text);
      for (const s of out.spans) expect(found.some((f) => f.start <= s.start && f.end >= s.end), `${s.quote} in ${out.text}`).toBe(true);
    }
    expect([...seen].sort()).toEqual(['decimal-comma', 'guillemets', 'km2', 'space-before-percent', 'space-before-punctuation', 'space-grouped-thousands']);
  });

  it('inserts a one-word sentence after a sentence end', () => {
    expect(sentenceEnds('Mr. Li came. "It works," he said. Then at 2 p.m. on Friday it ended.')).toEqual([12, 33, 68]);
    const out = run(injectMistranslation, 'It rained.', 2);
    expect(out?.text).toMatch(/^It rained\. \p{Lu}\p{Ll}+\.$/u);
    expect(ONE_WORD_SENTENCES).toContain(out?.spans[0]?.quote);
  });
});

describe('untranslated word table', () => {
  it('holds English words and real French and Spanish words from the word-list packages', () => {
    for (const [english, t] of Object.entries(UNTRANSLATED_WORDS)) {
      expect(isEnglishWord(english), english).toBe(true);
      if (t.fr !== undefined) expect(foreignWords('fr').has(t.fr), t.fr).toBe(true);
      if (t.es !== undefined) expect(foreignWords('es').has(t.es), t.es).toBe(true);
    }
  });
});

describe('injectArtifacts', () => {
  const SOURCES = fileURLToPath(new URL('../../../../corpora/sources/', import.meta.url));
  // Paragraphs with at least one full sentence (subheads like "Repairs under way" have no site).
  const paragraphs = loadArticles(SOURCES, 'en')
    .flatMap((a) => a.paragraphs)
    .filter((p) => /\. /.test(p));

  it('injects one to four exact, non-overlapping artifacts into real paragraphs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paragraphs.length - 1 }), fc.integer(), fc.constantFrom('fr' as const, 'es' as const), (i, seed, lang) => {
        const text = paragraphs[i] as string;
        const out = injectArtifacts(text, random(seed), { lang });
        expect(out.spans.length).toBeGreaterThanOrEqual(1);
        expect(out.artifacts.length).toBeLessThanOrEqual(4);
        for (const [k, s] of out.spans.entries()) {
          expect(out.text.slice(s.start, s.end)).toBe(s.quote);
          if (k > 0) expect(s.start).toBeGreaterThanOrEqual((out.spans[k - 1] as { end: number }).end);
          if (s.type === 'casing') expect(s.quote).toBe(s.quote?.toLowerCase());
          if (s.type === 'mistranslation') expect(ONE_WORD_SENTENCES).toContain(s.quote);
          if (s.type === 'untranslated') expect(s.quote).toMatch(/^\[?\p{L}+\]?$/u);
        }
        // Removing the injected text leaves the untouched parts of the original in order.
        if (out.spans.every((s) => s.type === 'mistranslation')) expect(out.spans.reduceRight((t, s) => t.slice(0, s.start - 1) + t.slice(s.end), out.text)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic for a seed', () => {
    const text = paragraphs[3] as string;
    expect(injectArtifacts(text, random(7), { lang: 'es' })).toEqual(injectArtifacts(text, random(7), { lang: 'es' }));
  });
});
