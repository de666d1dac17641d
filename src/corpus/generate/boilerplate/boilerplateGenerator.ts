/**
 * The boilerplate corpus generator: slices `boilerplate/<family>` (one per family),
 * `boilerplate/mixed`, `boilerplate/clean`, `boilerplate/hard-content` and
 * `boilerplate/hard-mixed`, built from the English source articles (whole bodies and shorter
 * paragraph windows) and the hand-written material under `corpora/sources/boilerplate/`.
 * Splits follow the article's event. Every inserted line is one span typed with its family;
 * the meta keeps the source article, the window and each block's template or content line.
 * Cost: O(slices × articles × variants × article length), well under a second.
 */
import type { BoilerplateCase } from '../../../contracts/case.ts';
import { type Generator, generatedMeta } from '../generator.ts';
import type { Random } from '../random.ts';
import type { Article } from '../sources.ts';
import { splitOf } from '../splits.ts';
import { assemble, render } from './document.ts';
import { type Kit, kit } from './kit.ts';
import { FAMILIES, loadMaterial } from './material.ts';
import { clean, hardContent, hardMixed, mixedFamilies, oneFamily, type Recipe } from './recipes.ts';
import { windowsOf } from './windows.ts';

/** Base texts per article (the whole body, then shorter windows): two keep every slice above 50 test cases. */
export const VARIANTS = 2;

export interface SliceSpec {
  slice: string;
  recipe: Recipe;
}

/** Every slice this generator writes, in build order. */
export const SLICES: readonly SliceSpec[] = [
  ...FAMILIES.map((family) => ({ slice: `boilerplate/${family}`, recipe: oneFamily(family) })),
  { slice: 'boilerplate/mixed', recipe: mixedFamilies },
  { slice: 'boilerplate/clean', recipe: clean },
  { slice: 'boilerplate/hard-content', recipe: hardContent },
  { slice: 'boilerplate/hard-mixed', recipe: hardMixed },
];

/** One case of `spec` from paragraphs [from, to) of `article`. */
export function buildCase(
  g: Pick<Generator, 'name' | 'version'>,
  seed: number,
  spec: SliceSpec,
  article: Article,
  window: { from: number; to: number },
  variant: number,
  random: Random,
  deal: Kit,
): BoilerplateCase {
  const paragraphs = article.paragraphs.slice(window.from, window.to);
  const plan = spec.recipe(paragraphs.length, random, deal);
  const doc = render(assemble(paragraphs, [...plan.content.map((c) => c.insertion), ...plan.insertions.map((i) => i.insertion)]));
  return {
    id: `${spec.slice}/${article.id}/v${variant}`,
    task: 'boilerplate',
    slice: spec.slice,
    split: splitOf(article.event, seed),
    label: plan.insertions.length > 0,
    meta: generatedMeta(g, seed, {
      sources: [article.id],
      event: article.event,
      variant,
      window: { from: window.from, to: window.to, of: article.paragraphs.length },
      insertions: plan.insertions.map((i) => i.record),
      content: plan.content.map((c) => c.record),
    }),
    text: doc.text,
    spans: doc.spans.map((s) => ({ ...s, type: s.type as BoilerplateCase['spans'][number]['type'], quote: doc.text.slice(s.start, s.end) })),
  };
}

export const boilerplate: Generator = {
  name: 'boilerplate',
  version: '1.0.0',
  generate({ sourcesDir, english, seed, random }) {
    const deal = kit(loadMaterial(sourcesDir), random.fork('kit'));
    const articles = [...english].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const windows = new Map(articles.map((a) => [a.id, windowsOf(a.paragraphs.length, VARIANTS, random.fork(a.id).fork('windows'))]));
    const cases: BoilerplateCase[] = [];
    for (const spec of SLICES)
      for (const article of articles)
        (windows.get(article.id) ?? []).forEach((window, variant) => {
          const r = random.fork(article.id).fork(`${spec.slice}:v${variant}`);
          cases.push(buildCase(this, seed, spec, article, window, variant, r, deal));
        });
    return cases;
  },
};
