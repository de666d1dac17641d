/**
 * The slice recipes: for a window of `n` paragraphs, which boilerplate and content blocks go
 * where. Each recipe is a small named piece (like a fast-check arbitrary) that tests reuse;
 * rendering is left to the caller. O(insertions) per call.
 */
import type { Random } from '../random.ts';
import { boilerplateInsertion, type PlannedInsertion } from './boilerplateBlock.ts';
import { contentInsertion, type PlannedContent } from './contentBlock.ts';
import type { Kit } from './kit.ts';
import { CONTENT_KINDS, FAMILIES, type Family } from './material.ts';
import { pickGap, pickInnerGap } from './placement.ts';

/** What a recipe puts into a window. */
export interface Plan {
  insertions: PlannedInsertion[];
  content: PlannedContent[];
}

export type Recipe = (paragraphCount: number, random: Random, kit: Kit) => Plan;

/** Insertions per case in a one-family slice. */
export const FAMILY_INSERTIONS = { min: 1, max: 3 } as const;
/** Insertions (each of a different family) per mixed case: enough for top, bottom and between. */
export const MIXED_INSERTIONS = { min: 3, max: 5 } as const;
/** Content blocks (each of a different kind) per hard-content case. */
export const HARD_CONTENT_BLOCKS = { min: 2, max: 4 } as const;
/** Content blocks per hard-mixed case: a little fewer, the boilerplate makes up the rest. */
export const HARD_MIXED_CONTENT_BLOCKS = { min: 2, max: 3 } as const;
/** Boilerplate insertions per hard-mixed case. */
export const HARD_MIXED_INSERTIONS = { min: 1, max: 3 } as const;

const between = (r: Random, range: { min: number; max: number }) => r.int(range.min, range.max);

/** Content blocks of `count` different kinds, headline before lede (both at the top). */
function contentBlocks(count: number, n: number, random: Random, kit: Kit): PlannedContent[] {
  const kinds = random.shuffle(CONTENT_KINDS).slice(0, count);
  kinds.sort((a, b) => CONTENT_KINDS.indexOf(a) - CONTENT_KINDS.indexOf(b));
  return kinds.map((kind) => {
    const { index, line } = kit.content(kind);
    return contentInsertion(kind, index, line, n, random);
  });
}

/** 1–3 insertions of one family, each in a gap of its own drawing. */
export const oneFamily =
  (family: Family): Recipe =>
  (n, random, kit) => ({
    insertions: Array.from({ length: between(random, FAMILY_INSERTIONS) }, () =>
      boilerplateInsertion(kit.template(family), kit.material.params, n, random),
    ),
    content: [],
  });

/** 3–5 families at once: one at the top, one at the bottom, one between paragraphs, the rest anywhere. */
export const mixedFamilies: Recipe = (n, random, kit) => {
  const families = random.shuffle(FAMILIES).slice(0, between(random, MIXED_INSERTIONS));
  const gaps = [0, n, pickInnerGap(n, random)];
  return {
    insertions: families.map((family, i) =>
      boilerplateInsertion(kit.template(family), kit.material.params, n, random, gaps[i] ?? pickGap(n, random)),
    ),
    content: [],
  };
};

/** Nothing inserted: the window as published. */
export const clean: Recipe = () => ({ insertions: [], content: [] });

/** 2–4 kinds of content line that must stay, and no boilerplate. */
export const hardContent: Recipe = (n, random, kit) => ({
  insertions: [],
  content: contentBlocks(between(random, HARD_CONTENT_BLOCKS), n, random, kit),
});

/** 2–3 content blocks plus 1–3 boilerplate insertions of families dealt in turn. */
export const hardMixed: Recipe = (n, random, kit) => ({
  content: contentBlocks(between(random, HARD_MIXED_CONTENT_BLOCKS), n, random, kit),
  insertions: Array.from({ length: between(random, HARD_MIXED_INSERTIONS) }, () =>
    boilerplateInsertion(kit.template(kit.family()), kit.material.params, n, random),
  ),
});
