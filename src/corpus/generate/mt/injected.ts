/**
 * Slice `mt/injected` (positive): windows of human English articles with 1–4 injected MT
 * artifacts — a lowercased name (`casing`), a French or Spanish word left in (`untranslated`),
 * French typography (`typography`), a literal one-word sentence (`mistranslation`). Each
 * article gives {@link INJECTED_PER_ARTICLE} windows; each case draws its pretend source
 * language. Every span is exact by construction. Cost: O(text) per case.
 */
import type { MtCase } from '../../../contracts/case.ts';
import type { Generator } from '../generator.ts';
import { splitOf } from '../splits.ts';
import { passage } from './humanNegatives.ts';
import { injectArtifacts } from './injectArtifacts.ts';
import { mtCase } from './mtCase.ts';
import { randomWindows, windowTag } from './paragraphWindows.ts';

export const INJECTED_SLICE = 'mt/injected';
/** Windows per article: two give ~120 test cases from 88 articles. */
export const INJECTED_PER_ARTICLE = 2;
/** Window size: one to three paragraphs, so one artifact can sit in a short text. */
export const INJECTED_WINDOW_SIZE = { min: 1, max: 3 } as const;

export const injected: Generator = {
  name: 'mt-injected',
  version: '1.0.0',
  generate({ english, seed, random }) {
    return english.flatMap((article): MtCase[] => {
      const r = random.fork(article.id);
      const windows = randomWindows(article.paragraphs.length, INJECTED_PER_ARTICLE, r.fork('windows'), INJECTED_WINDOW_SIZE);
      return windows.flatMap((w) => {
        const cr = r.fork(windowTag(w));
        const lang = cr.pick(['fr', 'es'] as const);
        const result = injectArtifacts(passage(article.paragraphs, w.from, w.to), cr, { lang });
        if (result.spans.length === 0) return [];
        return [
          mtCase({
            generator: this,
            seed,
            slice: INJECTED_SLICE,
            key: `${article.id}:${windowTag(w)}`,
            split: splitOf(article.event, seed),
            label: true,
            text: result.text,
            spans: result.spans,
            provenance: { sources: [article.id], event: article.event, paragraphs: [w.from, w.to], language: lang, artifacts: result.artifacts },
          }),
        ];
      });
    });
  },
};
