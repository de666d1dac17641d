/**
 * Slice `mt/apertium-marked` (positive): raw Apertium output with its marks left in
 * (`**stranded`, `#paste`, `*millardos`), as a careless publisher would paste it. English
 * articles (round trip) give one random window each, not one of the plan's passages; French
 * articles (fr → es → en) give their whole body. Gold: every marked unit, typed by its mark
 * (`*` untranslated, `#` grammar, other marks `other`), plus the foreign typography.
 * Cost: none beyond the translations shared with the clean slices.
 */
import type { Case } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import { splitOf } from '../splits.ts';
import { labelMarkedOutput } from './apertiumLabels.ts';
import { apertiumCases } from './apertiumSlice.ts';
import { EN_ROUND_TRIP, FR_TO_EN, readyApertium, translateArticles } from './apertiumTranslations.ts';
import { englishWindowPlan } from './englishWindowPlan.ts';
import { randomWindows, wholeArticle } from './paragraphWindows.ts';

export const APERTIUM_MARKED_SLICE = 'mt/apertium-marked';
/** Window size of the English marked passages: two or three paragraphs. */
export const MARKED_WINDOW_SIZE = { min: 2, max: 3 } as const;

export const apertiumMarked: Generator = {
  name: 'mt-apertium-marked',
  version: '1.0.0',
  async generate({ english, french, seed, random }) {
    const versions = readyApertium();
    const enRaws = await translateArticles(english, EN_ROUND_TRIP);
    const frRaws = await translateArticles(french, FR_TO_EN);
    const en = english.flatMap((article, i): Case[] =>
      apertiumCases({
        generator: this,
        seed,
        slice: APERTIUM_MARKED_SLICE,
        article,
        split: splitOf(article.event, seed),
        doc: labelMarkedOutput(enRaws[i] as string),
        windows: randomWindows(article.paragraphs.length, 1, random.fork(article.id), MARKED_WINDOW_SIZE, englishWindowPlan(article, seed)),
        pipeline: EN_ROUND_TRIP.join(' → '),
        versions,
      }),
    );
    const fr = french.flatMap((article, i): Case[] =>
      apertiumCases({
        generator: this,
        seed,
        slice: APERTIUM_MARKED_SLICE,
        article,
        split: splitOf(article.id, seed),
        doc: labelMarkedOutput(frRaws[i] as string),
        windows: [wholeArticle(article.paragraphs.length)],
        pipeline: FR_TO_EN.join(' → '),
        versions,
      }),
    );
    return [...en, ...fr];
  },
};
