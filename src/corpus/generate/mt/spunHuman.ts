/**
 * Slice `mt/spun-human` (hard negative): human English passages rewritten by the reuse
 * spinner (`reuse/spin.ts`: synonym swaps, clause reordering, stock paraphrases). Spun text
 * reads oddly — rare synonyms, "&", moved clauses — yet is not machine-translated, so an MT
 * detector that flags awkward English should not flag it. Each English article gives one
 * lightly and one heavily spun window. Label false, no spans. Cost: the spinner's, O(text)
 * plus WordNet lookups (WordNet loads once, ~0.5 s).
 */
import type { Generator } from '../generator.ts';
import { spin } from '../reuse/spin.ts';
import { splitOf } from '../splits.ts';
import { passage } from './humanNegatives.ts';
import { mtCase } from './mtCase.ts';
import { randomWindows, windowTag } from './paragraphWindows.ts';

export const SPUN_HUMAN_SLICE = 'mt/spun-human';
/** Spin levels, one window each: light keeps structure, heavy also merges and moves sentences. */
export const SPIN_LEVELS = ['light', 'heavy'] as const;
/** Window size: two to four paragraphs, like the other English passages of the MT slices. */
export const SPUN_WINDOW_SIZE = { min: 2, max: 4 } as const;

export const spunHuman: Generator = {
  name: 'mt-spun-human',
  version: '1.0.0',
  generate({ english, seed, random }) {
    return english.flatMap((article) => {
      const r = random.fork(article.id);
      const windows = randomWindows(article.paragraphs.length, SPIN_LEVELS.length, r.fork('windows'), SPUN_WINDOW_SIZE);
      return windows.map((w, i) => {
        const level = SPIN_LEVELS[i % SPIN_LEVELS.length] as (typeof SPIN_LEVELS)[number];
        return mtCase({
          generator: this,
          seed,
          slice: SPUN_HUMAN_SLICE,
          key: `${article.id}:${windowTag(w)}:${level}`,
          split: splitOf(article.event, seed),
          label: false,
          text: spin(passage(article.paragraphs, w.from, w.to), r.fork(`spin:${level}`), level),
          spans: [],
          provenance: { sources: [article.id], event: article.event, paragraphs: [w.from, w.to], spin: level, spinner: 'reuse/spin.ts' },
        });
      });
    });
  },
};
