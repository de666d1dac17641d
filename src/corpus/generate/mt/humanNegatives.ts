/**
 * Slice `mt/human` (negative): the English source articles as written — the whole body and
 * the random windows of the English window plan, i.e. the human originals of every
 * `mt/apertium-en-roundtrip` passage. Label false, no spans. Cost: O(text).
 */
import type { Generator } from '../generator.ts';
import { splitOf } from '../splits.ts';
import { englishWindowPlan } from './englishWindowPlan.ts';
import { mtCase } from './mtCase.ts';
import { windowTag } from './paragraphWindows.ts';

export const HUMAN_SLICE = 'mt/human';

/** Paragraphs `[from, to)` of an article as one text. */
export const passage = (paragraphs: readonly string[], from: number, to: number): string => paragraphs.slice(from, to).join('\n\n');

export const humanNegatives: Generator = {
  name: 'mt-human',
  version: '1.0.0',
  generate({ english, seed }) {
    return english.flatMap((article) =>
      englishWindowPlan(article, seed).map((w) =>
        mtCase({
          generator: this,
          seed,
          slice: HUMAN_SLICE,
          key: `${article.id}:${windowTag(w)}`,
          split: splitOf(article.event, seed),
          label: false,
          text: passage(article.paragraphs, w.from, w.to),
          spans: [],
          provenance: { sources: [article.id], event: article.event, paragraphs: [w.from, w.to], wholeArticle: w.from === 0 && w.to === article.paragraphs.length },
        }),
      ),
    );
  },
};
