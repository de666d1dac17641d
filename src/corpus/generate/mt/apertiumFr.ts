/**
 * Slice `mt/apertium-fr` (positive): the French source articles translated French → Spanish
 * → English by Apertium, cleaned of marks; each article gives its whole body and every window
 * of two consecutive paragraphs (24 articles are few). Gold: `untranslated` for marked French
 * or Spanish words ("ukrainienne", "millardos"; names copied from the source are left out) and
 * `typography` for the French typography that survives (« », " %", "5 300", "11,4", " ;").
 * Cost: ~0.5 s of Apertium per article.
 */
import type { Case } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import { splitOf } from '../splits.ts';
import { labelCleanOutput } from './apertiumLabels.ts';
import { apertiumCases } from './apertiumSlice.ts';
import { FR_TO_EN, readyApertium, translateArticles } from './apertiumTranslations.ts';
import { slidingWindows, wholeArticle } from './paragraphWindows.ts';
import { sourceWords } from './untranslatedJudge.ts';

export const APERTIUM_FR_SLICE = 'mt/apertium-fr';
/** Paragraphs per sliding window: two paragraphs are a short excerpt yet carry several artifacts. */
export const FR_WINDOW_SIZE = 2;

export const apertiumFr: Generator = {
  name: 'mt-apertium-fr',
  version: '1.0.0',
  async generate({ french, seed }) {
    const versions = readyApertium();
    const raws = await translateArticles(french, FR_TO_EN);
    return french.flatMap((article, i): Case[] => {
      const n = article.paragraphs.length;
      return apertiumCases({
        generator: this,
        seed,
        slice: APERTIUM_FR_SLICE,
        article,
        split: splitOf(article.id, seed),
        doc: labelCleanOutput(raws[i] as string, { sourceLang: 'fr', source: sourceWords(article.body) }),
        windows: [wholeArticle(n), ...slidingWindows(n, FR_WINDOW_SIZE)],
        pipeline: FR_TO_EN.join(' → '),
        versions,
      });
    });
  },
};
