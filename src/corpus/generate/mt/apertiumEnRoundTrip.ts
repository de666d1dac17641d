/**
 * Slice `mt/apertium-en-roundtrip` (positive): every English source article translated
 * English → Spanish → English by Apertium, cleaned of its marks, cut into the passages of the
 * English window plan (whole body + random windows, the same passages `mt/human` keeps).
 * Gold: `untranslated` for marked words that are not English (mostly Spanish left glued:
 * "huelgade48"), `typography` for French/Spanish typography the trip created.
 * Cost: ~1 s of Apertium per article (two calls), shared with `mt/apertium-marked`.
 */
import type { Case } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import { splitOf } from '../splits.ts';
import { labelCleanOutput } from './apertiumLabels.ts';
import { apertiumCases } from './apertiumSlice.ts';
import { EN_ROUND_TRIP, readyApertium, translateArticles } from './apertiumTranslations.ts';
import { englishWindowPlan } from './englishWindowPlan.ts';
import { sourceWords } from './untranslatedJudge.ts';

export const APERTIUM_EN_ROUNDTRIP_SLICE = 'mt/apertium-en-roundtrip';

export const apertiumEnRoundTrip: Generator = {
  name: 'mt-apertium-en-roundtrip',
  version: '1.0.0',
  async generate({ english, seed }) {
    const versions = readyApertium();
    const raws = await translateArticles(english, EN_ROUND_TRIP);
    return english.flatMap((article, i): Case[] =>
      apertiumCases({
        generator: this,
        seed,
        slice: APERTIUM_EN_ROUNDTRIP_SLICE,
        article,
        split: splitOf(article.event, seed),
        doc: labelCleanOutput(raws[i] as string, { sourceLang: 'en', source: sourceWords(article.body) }),
        windows: englishWindowPlan(article, seed),
        pipeline: EN_ROUND_TRIP.join(' → '),
        versions,
      }),
    );
  },
};
