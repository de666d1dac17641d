/**
 * `reuse/spun-light` and `reuse/spun-heavy` (positive): an article, whole or a window of 4–7
 * body paragraphs, run through the spinner (spin.ts) at one level. Two cases per English
 * article and level. Alignments: each candidate paragraph ↔ the source paragraph it was spun
 * from (heavy spin may swap neighbouring paragraphs). Meta records the spin statistics.
 * Cost: the spinner's, O(total text) plus WordNet lookups.
 */
import type { ReuseCase } from '../../../../contracts/case.ts';
import { articleParagraphs, layout, type Range, type Window, wholeWindow } from '../articleLayout.ts';
import { reuseCase } from '../reuseCase.ts';
import { type SpinLevel, spinParagraphs } from '../spin.ts';
import { bodyWindow, type SliceContext } from './sliceContext.ts';

/** Body paragraphs in a windowed copy. */
const WINDOW = [4, 7] as const;

export function spunCases(s: SliceContext, level: SpinLevel): ReuseCase[] {
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const paragraphs = articleParagraphs(a);
    const source = layout(paragraphs);
    for (const variant of ['whole', 'window'] as const) {
      const r = s.random.fork(`spun-${level}:${a.id}:${variant}`);
      const w: Window = variant === 'whole' ? wholeWindow(paragraphs.length) : bodyWindow(paragraphs.length, r, ...WINDOW);
      const spun = spinParagraphs(paragraphs.slice(w.from, w.to), r, level);
      const candidate = layout(spun.paragraphs);
      out.push(
        reuseCase({
          generator: s.generator,
          seed: s.seed,
          slice: `spun-${level}`,
          key: `${a.id}-${variant}`,
          split: s.split(a),
          label: true,
          source: source.text,
          candidate: candidate.text,
          alignments: spun.order.map((k, j) => ({
            source: source.paragraphs[w.from + k] as Range,
            candidate: candidate.paragraphs[j] as Range,
          })),
          provenance: {
            sources: [a.id],
            event: a.event,
            paragraphs: [w.from, w.to],
            spin: { ...spun.stats, achievedRate: Math.round((spun.stats.swapped / Math.max(1, spun.stats.contentWords)) * 1e4) / 1e4 },
            paragraphOrder: spun.order.map((k) => w.from + k),
          },
        }),
      );
    }
  }
  return out;
}
