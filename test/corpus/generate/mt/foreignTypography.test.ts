import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foreignTypography, typographyCounts } from '../../../../src/corpus/generate/mt/foreignTypography.ts';
import { loadArticles } from '../../../../src/corpus/generate/sources.ts';

const SOURCES = fileURLToPath(new URL('../../../../corpora/sources/', import.meta.url));
const quotes = (text: string) => foreignTypography(text).map((s) => text.slice(s.start, s.end));

describe('foreignTypography', () => {
  it('finds each kind of French typography', () => {
    const text = 'The director declared : « we are satisfied » ; the park covers 12,5 km2, 40\u00A0% of 5\u00A0300 hectares, from 10h30 ?';
    expect(quotes(text)).toEqual([' :', '«', '»', ' ;', '12,5', 'km2', '\u00A0%', '5\u00A0300', '10h30', ' ?']);
    expect(typographyCounts(text)).toMatchObject({ guillemet: 2, 'decimal-comma': 1, km2: 1 });
  });

  it('finds nothing in ordinary English figures and times', () => {
    expect(quotes('At 2:15 a.m. about 140,000 households, or 3.5 percent, lost power: 30 km from the border; why? 5% said 1,350.')).toEqual([]);
  });

  it('finds nothing in any English source article, so every match in round-trip output is an artifact', () => {
    for (const a of loadArticles(SOURCES, 'en')) expect(quotes(a.body), a.id).toEqual([]);
  });

  it('finds the typography of the French sources', () => {
    const french = loadArticles(SOURCES, 'fr');
    expect(french.every((a) => foreignTypography(a.body).length > 0)).toBe(true);
  });
});
