/**
 * `reuse/drift` (positive): a copy of an article — whole or a window of 4–7 body paragraphs,
 * verbatim or lightly spun — in which one to three figures, dates or surnames were quietly
 * changed (drift.ts). The changed tokens are protected while spinning (protect.ts), so their
 * positions are exact. Two cases per English article. Gold: one `drift` item per change
 * (source and candidate range of the token, kind), and one alignment per copied paragraph.
 * Cost: O(total text) plus light spinning.
 */
import type { Drift, ReuseCase } from '../../../../contracts/case.ts';
import { lowercaseVocabulary } from '../casing.ts';
import { articleParagraphs, layout, type Range, type Window, wholeWindow } from '../articleLayout.ts';
import { chooseTargets, type DriftTarget, driftValue, figureAndDateTargets, nameTargets, surnames } from '../drift.ts';
import { protect, restore } from '../protect.ts';
import { reuseCase } from '../reuseCase.ts';
import { spinParagraphs } from '../spin.ts';
import { bodyWindow, type SliceContext } from './sliceContext.ts';

/** Body paragraphs in a windowed copy. */
const WINDOW = [4, 7] as const;
/** Changes per copy. */
const CHANGES = [1, 3] as const;
/** Share of copies that are lightly spun rather than verbatim. */
const SPUN_SHARE = 0.5;

/** Surnames of every article, by article id (a word counts as common if any text has it lowercase). */
function surnamesByArticle(s: SliceContext): Map<string, string[]> {
  const common = lowercaseVocabulary('');
  return new Map(s.articles.map((a) => [a.id, surnames(articleParagraphs(a).join('\n\n'), (w) => common.has(w))]));
}

export function driftCases(s: SliceContext): ReuseCase[] {
  const names = surnamesByArticle(s);
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const own = names.get(a.id) ?? [];
    const others = [...new Set(s.articles.filter((b) => b.event !== a.event).flatMap((b) => names.get(b.id) ?? []))]
      .filter((n) => !own.includes(n))
      .sort();
    const paragraphs = articleParagraphs(a);
    const source = layout(paragraphs);
    for (const variant of ['whole', 'window'] as const) {
      const r = s.random.fork(`drift:${a.id}:${variant}`);
      const w: Window = variant === 'whole' ? wholeWindow(paragraphs.length) : bodyWindow(paragraphs.length, r, ...WINDOW);
      const copied = paragraphs.slice(w.from, w.to);
      const targets = copied.flatMap((p, j) =>
        [...figureAndDateTargets(p), ...nameTargets(p, own)].map((t) => ({ ...t, paragraph: j, key: j * 1e6 + t.start })),
      );
      const chosen = chooseTargets(
        targets.map((t) => ({ ...t, start: t.key, end: t.key + (t.end - t.start) })),
        r.int(...CHANGES),
        r,
      ).map((c) => targets.find((t) => t.key === c.start) as DriftTarget & { paragraph: number });
      const values = chosen.map((t) => driftValue(t, r, others));
      const spun = r.chance(SPUN_SHARE);
      const masked = copied.map((p, j) => protect(p, chosen.filter((t) => t.paragraph === j)));
      const rewritten = spun ? spinParagraphs(masked.map((m) => m.masked), r.fork('spin'), 'light').paragraphs : masked.map((m) => m.masked);
      const restored = rewritten.map((text, j) => {
        const mine = chosen.map((t, k) => ({ t, k })).filter(({ t }) => t.paragraph === j);
        return restore(text, (masked[j] as { originals: string[] }).originals, mine.map(({ k }) => values[k]));
      });
      const candidate = layout(restored.map((x) => x.text));
      const drift: Drift[] = chosen.map((t, k) => {
        const local = chosen.filter((u) => u.paragraph === t.paragraph).indexOf(t);
        const at = (restored[t.paragraph] as { ranges: Range[] }).ranges[local] as Range;
        const sp = source.paragraphs[w.from + t.paragraph] as Range;
        const cp = candidate.paragraphs[t.paragraph] as Range;
        if (values[k] === t.text) throw new Error(`drift ${a.id}: value unchanged`);
        return {
          source: { start: sp.start + t.start, end: sp.start + t.end },
          candidate: { start: cp.start + at.start, end: cp.start + at.end },
          kind: t.kind,
        };
      });
      out.push(
        reuseCase({
          generator: s.generator,
          seed: s.seed,
          slice: 'drift',
          key: `${a.id}-${variant}`,
          split: s.split(a),
          label: true,
          source: source.text,
          candidate: candidate.text,
          alignments: copied.map((_, j) => ({ source: source.paragraphs[w.from + j] as Range, candidate: candidate.paragraphs[j] as Range })),
          drift,
          provenance: {
            sources: [a.id],
            event: a.event,
            paragraphs: [w.from, w.to],
            copy: spun ? 'light' : 'verbatim',
            changes: chosen.map((t, k) => ({ kind: t.kind, from: t.text, to: values[k] })),
          },
        }),
      );
    }
  }
  return out;
}
