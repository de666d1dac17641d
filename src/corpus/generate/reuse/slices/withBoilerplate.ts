/**
 * `reuse/with-boilerplate` (positive): a lightly spun copy of an article (whole, or a window
 * of 4–7 body paragraphs) with one to three boilerplate lines inserted by the boilerplate
 * corpus's `insertBoilerplate` (donation appeals, bylines, cookie notices …). Two cases per
 * English article. Alignments: each spun paragraph ↔ its source paragraph, located in the
 * final text; the inserted lines are recorded in meta (not labels of this task).
 * Cost: light spinning plus the insertion, O(total text).
 */
import type { Alignment, ReuseCase } from '../../../../contracts/case.ts';
import { insertBoilerplate } from '../../boilerplate/insert.ts';
import { articleParagraphs, layout, type Range, type Window, wholeWindow } from '../articleLayout.ts';
import { reuseCase } from '../reuseCase.ts';
import { spinParagraphs } from '../spin.ts';
import { bodyWindow, type SliceContext } from './sliceContext.ts';

/** Body paragraphs in a windowed copy. */
const WINDOW = [4, 7] as const;
/** Boilerplate lines inserted per copy. */
const LINES = [1, 3] as const;

export function withBoilerplateCases(s: SliceContext): ReuseCase[] {
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const paragraphs = articleParagraphs(a);
    const source = layout(paragraphs);
    for (const variant of ['whole', 'window'] as const) {
      const r = s.random.fork(`with-boilerplate:${a.id}:${variant}`);
      const w: Window = variant === 'whole' ? wholeWindow(paragraphs.length) : bodyWindow(paragraphs.length, r, ...WINDOW);
      const spun = spinParagraphs(paragraphs.slice(w.from, w.to), r.fork('spin'), 'light');
      const inserted = insertBoilerplate(spun.paragraphs, r.fork('boilerplate'), { count: r.int(...LINES) });
      const alignments: Alignment[] = [];
      let cursor = 0;
      spun.paragraphs.forEach((p, j) => {
        const at = inserted.text.indexOf(p, cursor);
        if (at === -1) throw new Error(`with-boilerplate ${a.id}: spun paragraph ${j} not found after insertion`);
        alignments.push({ source: source.paragraphs[w.from + j] as Range, candidate: { start: at, end: at + p.length } });
        cursor = at + p.length;
      });
      out.push(
        reuseCase({
          generator: s.generator,
          seed: s.seed,
          slice: 'with-boilerplate',
          key: `${a.id}-${variant}`,
          split: s.split(a),
          label: true,
          source: source.text,
          candidate: inserted.text,
          alignments,
          provenance: {
            sources: [a.id],
            event: a.event,
            paragraphs: [w.from, w.to],
            spin: spun.stats,
            boilerplate: inserted.spans.map((b) => ({ ...b, quote: inserted.text.slice(b.start, b.end) })),
          },
        }),
      );
    }
  }
  return out;
}
