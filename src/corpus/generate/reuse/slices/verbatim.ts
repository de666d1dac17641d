/**
 * `reuse/verbatim` (positive): exact copies of an article — the whole text or a window of
 * 3–6 body paragraphs — half of them with whitespace or quote normalisation (normalise.ts).
 * Two cases per English article. Alignment: the copied range of the source ↔ the whole
 * candidate. O(total text).
 */
import type { ReuseCase } from '../../../../contracts/case.ts';
import { articleParagraphs, layout, type Window, wholeWindow, windowRange } from '../articleLayout.ts';
import { NORMALISATIONS, type Normalisation, normaliseParagraph, separatorOf } from '../normalise.ts';
import { reuseCase } from '../reuseCase.ts';
import { bodyWindow, type SliceContext } from './sliceContext.ts';

/** Body paragraphs in a trimmed copy. */
const WINDOW = [3, 6] as const;
/** Share of copies that are normalised rather than byte-exact. */
const NORMALISED_SHARE = 0.5;

export function verbatimCases(s: SliceContext): ReuseCase[] {
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const paragraphs = articleParagraphs(a);
    const source = layout(paragraphs);
    for (const variant of ['whole', 'window'] as const) {
      const r = s.random.fork(`verbatim:${a.id}:${variant}`);
      const w: Window = variant === 'whole' ? wholeWindow(paragraphs.length) : bodyWindow(paragraphs.length, r, ...WINDOW);
      const normalisation: Normalisation = r.chance(NORMALISED_SHARE) ? r.pick(NORMALISATIONS.filter((n) => n !== 'none')) : 'none';
      const copied = paragraphs.slice(w.from, w.to).map((p) => normaliseParagraph(p, normalisation));
      const candidate = layout(copied, separatorOf(normalisation)).text;
      out.push(
        reuseCase({
          generator: s.generator,
          seed: s.seed,
          slice: 'verbatim',
          key: `${a.id}-${variant}`,
          split: s.split(a),
          label: true,
          source: source.text,
          candidate,
          alignments: [{ source: windowRange(source, w), candidate: { start: 0, end: candidate.length } }],
          provenance: { sources: [a.id], event: a.event, paragraphs: [w.from, w.to], normalisation },
        }),
      );
    }
  }
  return out;
}
