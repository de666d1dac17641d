/**
 * `reuse/partial` (positive): one to three passages (one or two consecutive body paragraphs
 * each, never a bare subheading) lifted from the source article into a different article — the host, another story of
 * the same split and a different event — at paragraph boundaries, verbatim or lightly spun.
 * Two cases per English article. Alignments: one per lifted passage, covering exactly the
 * passage in the source and in the candidate. Cost: O(total text) plus light spinning.
 */
import type { Alignment, ReuseCase } from '../../../../contracts/case.ts';
import type { Article } from '../../sources.ts';
import { articleParagraphs, layout, type Range } from '../articleLayout.ts';
import { reuseCase } from '../reuseCase.ts';
import { spinParagraphs } from '../spin.ts';
import type { SliceContext } from './sliceContext.ts';

/** Passages lifted per case. */
const PASSAGES = [1, 3] as const;
/** Paragraphs per passage. */
const PASSAGE_LENGTH = [1, 2] as const;
/** Chance that a passage is lightly spun rather than copied verbatim. */
const SPUN_SHARE = 0.5;

/** Most words of a subheading ("Growth plans"): such lines are never lifted on their own. */
const SUBHEADING_WORDS = 8;

/** A short line without closing punctuation: a subheading, not a passage. */
export const isSubheading = (p: string): boolean => !/[.!?"\u201D)]$/.test(p) && p.split(/\s+/).length <= SUBHEADING_WORDS;

/** Choose `count` non-overlapping passages of body paragraphs (no subheadings), in source order. */
function choosePassages(paragraphs: readonly string[], count: number, r: SliceContext['random']): [number, number][] {
  const taken = new Set<number>();
  const out: [number, number][] = [];
  for (let attempt = 0; out.length < count && attempt < 50; attempt++) {
    const len = r.int(...PASSAGE_LENGTH);
    const from = r.int(1, paragraphs.length - len);
    const span = Array.from({ length: len }, (_, k) => from + k);
    if (span.some((k) => isSubheading(paragraphs[k] as string))) continue;
    // keep a gap so two passages never touch (they would read as one)
    if (span.some((k) => taken.has(k) || taken.has(k - 1) || taken.has(k + 1))) continue;
    for (const k of span) taken.add(k);
    out.push([from, from + len]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export function partialCases(s: SliceContext): ReuseCase[] {
  const out: ReuseCase[] = [];
  for (const a of s.articles) {
    const paragraphs = articleParagraphs(a);
    const source = layout(paragraphs);
    const hosts = s.articles.filter((h) => h.event !== a.event && h.topic !== a.topic && s.split(h) === s.split(a));
    for (const variant of [1, 2]) {
      const r = s.random.fork(`partial:${a.id}:${variant}`);
      const host: Article = r.pick(hosts);
      const passages = choosePassages(paragraphs, r.int(...PASSAGES), r);
      const hostParagraphs = articleParagraphs(host);
      // insertion points: after the host's headline and lead at the earliest, in order
      const slots = r
        .shuffle(Array.from({ length: hostParagraphs.length - 1 }, (_, k) => k + 2))
        .slice(0, passages.length)
        .sort((x, y) => x - y);
      const spunFlags = passages.map(() => r.chance(SPUN_SHARE));
      const lifted = passages.map(([from, to], k) =>
        spunFlags[k] ? spinParagraphs(paragraphs.slice(from, to), r.fork(`spin:${k}`), 'light').paragraphs : paragraphs.slice(from, to),
      );
      const built: string[] = [];
      const liftedAt: [number, number][] = [];
      hostParagraphs.forEach((p, k) => {
        built.push(p);
        slots.forEach((slot, j) => {
          if (slot === k + 1) {
            liftedAt[j] = [built.length, built.length + (lifted[j] as string[]).length];
            built.push(...(lifted[j] as string[]));
          }
        });
      });
      const candidate = layout(built);
      const span = (l: typeof source, [from, to]: [number, number]): Range => ({
        start: (l.paragraphs[from] as Range).start,
        end: (l.paragraphs[to - 1] as Range).end,
      });
      const alignments: Alignment[] = passages.map((p, j) => ({ source: span(source, p), candidate: span(candidate, liftedAt[j] as [number, number]) }));
      out.push(
        reuseCase({
          generator: s.generator,
          seed: s.seed,
          slice: 'partial',
          key: `${a.id}-${variant}`,
          split: s.split(a),
          label: true,
          source: source.text,
          candidate: candidate.text,
          alignments,
          provenance: {
            sources: [a.id],
            host: host.id,
            event: a.event,
            passages: passages.map(([from, to], j) => ({ paragraphs: [from, to], spun: spunFlags[j] ? 'light' : 'verbatim' })),
          },
        }),
      );
    }
  }
  return out;
}
